package se.finsam.check.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** How the server answers: pages, downloads, JSON errors and redirects, each with headers that keep it to itself. */
final class Responses {

    /** The desk's pages load their script and style from the server itself and nothing from anywhere else. */
    static final String PAGE_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
            + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
    /** A download runs nothing; the HTML report's own inline style may apply if it is opened in place. */
    private static final String DOWNLOAD_POLICY = "default-src 'none'; style-src 'unsafe-inline'; sandbox";

    private static final ObjectMapper JSON = new ObjectMapper();

    private Responses() {
    }

    /** Headers every answer gets, refusals included. */
    static void secure(Response response) {
        var h = response.getHeaders();
        h.put("Content-Security-Policy", PAGE_POLICY);
        h.put("X-Content-Type-Options", "nosniff");
        h.put("X-Frame-Options", "DENY");
        h.put("Referrer-Policy", "no-referrer");
        h.put(HttpHeader.CACHE_CONTROL, "no-store");
    }

    static void send(Response response, Callback callback, int status, String mediaType, String body) {
        response.setStatus(status);
        if (status >= 400) {
            // a refused request may not have been read to its end: the connection closes, and the client knows
            response.getHeaders().put(HttpHeader.CONNECTION, "close");
        }
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, mediaType);
        Content.Sink.write(response, true, body, callback);
    }

    static void html(Response response, Callback callback, int status, String page) {
        send(response, callback, status, "text/html; charset=utf-8", page);
    }

    /** A file to save: named for the user (ASCII, with the exact name in UTF-8 beside it), never shown in place. */
    static void download(Response response, Callback callback, String fileName, String mediaType, String body) {
        attachment(response, fileName);
        send(response, callback, 200, mediaType, body);
    }

    /** A binary file to save (a Word letter). */
    static void download(Response response, Callback callback, String fileName, String mediaType, byte[] body) {
        attachment(response, fileName);
        response.setStatus(200);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, mediaType);
        response.write(true, java.nio.ByteBuffer.wrap(body), callback);
    }

    private static void attachment(Response response, String fileName) {
        String ascii = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        String utf8 = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        response.getHeaders().put("Content-Disposition",
                "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + utf8);
        response.getHeaders().put("Content-Security-Policy", DOWNLOAD_POLICY);
    }

    /** An error as JSON: {"status": 413, "error": "…"}. */
    static void error(Response response, Callback callback, int status, String message) {
        ObjectNode o = JSON.createObjectNode();
        o.put("status", status);
        o.put("error", message);
        send(response, callback, status, "application/json; charset=utf-8", o.toString() + "\n");
    }

    /** See other: after a form is sent, the browser loads the page anew (reloading it sends nothing twice). */
    static void redirect(Request request, Response response, Callback callback, String location) {
        Response.sendRedirect(request, response, callback, 303, location, true);
    }
}
