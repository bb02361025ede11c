package se.finsam.check.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.net.InetAddress;
import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;

/**
 * Lets a request through only when it names the server by its own address (the Host header: a page of another
 * site that a DNS name was rebound to 127.0.0.1 names its own host) and carries the server's token – as
 * {@code ?token=} (the address serve prints), as the cookie set when that address is first opened, or as
 * {@code Authorization: Bearer …} (API clients). The cookie is SameSite=Strict, so another site's page in the same
 * browser cannot send it along. Other requests are refused: 403 for a foreign host, 401 without the token.
 */
final class AccessGuard extends Handler.Wrapper {

    private final byte[] token;
    private final InetAddress bind;
    private final int port;
    private final String cookie;

    AccessGuard(String token, InetAddress bind, int port, Handler next) {
        super(next);
        this.token = token.getBytes(StandardCharsets.US_ASCII);
        this.bind = bind;
        this.port = port;
        this.cookie = "finsam-token-" + port; // cookies do not tell ports apart; two servers keep their own
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        Responses.secure(response);
        boolean api = Request.getPathInContext(request).startsWith("/api/");
        String host = request.getHeaders().get(HttpHeader.HOST);
        if (!ownHost(host)) {
            refuse(response, callback, api, 403, "Host not allowed / Okänd värd");
            return true;
        }
        Fields query = Request.extractQueryParameters(request);
        String fromQuery = query.getValue("token");
        if (matches(fromQuery)) {
            if (!api && HttpMethod.GET.is(request.getMethod())) {
                // first visit: the token goes into a cookie and out of the address bar and the browser's history
                Response.addCookie(response, HttpCookie.build(cookie, fromQuery).path("/").httpOnly(true)
                        .sameSite(HttpCookie.SameSite.STRICT).build());
                Responses.redirect(request, response, callback, withoutToken(request, query));
                return true;
            }
            return super.handle(request, response, callback);
        }
        if (matches(fromCookie(request)) || matches(bearer(request))) {
            return super.handle(request, response, callback);
        }
        refuse(response, callback, api, 401, "Open the address that finsam-check serve printed / "
                + "Öppna adressen som finsam-check serve skrev ut");
        return true;
    }

    private static void refuse(Response response, Callback callback, boolean api, int status, String message) {
        if (api) {
            Responses.error(response, callback, status, message);
        } else {
            Responses.send(response, callback, status, "text/plain; charset=utf-8", message + "\n");
        }
    }

    /**
     * The Host header names this server: its address and port, or localhost and the port when it listens on the
     * loopback address. Only address literals are compared; no name is looked up.
     */
    boolean ownHost(String header) {
        if (header == null) {
            return false;
        }
        String host = header.toLowerCase(Locale.ROOT);
        int colon = host.lastIndexOf(':');
        if (colon < 0 || colon < host.lastIndexOf(']') || !host.substring(colon + 1).equals(String.valueOf(port))) {
            return false;
        }
        String name = host.substring(0, colon);
        if (name.equals("localhost")) {
            return bind.isLoopbackAddress();
        }
        return bind.equals(Addresses.literal(name)); // a name other than localhost is never looked up
    }

    /** Compared in constant time: how long a refusal takes tells nothing about the token. */
    private boolean matches(String given) {
        return given != null && MessageDigest.isEqual(token, given.getBytes(StandardCharsets.US_ASCII));
    }

    private String fromCookie(Request request) {
        for (HttpCookie c : Request.getCookies(request)) {
            if (c.getName().equals(cookie)) {
                return c.getValue();
            }
        }
        return null;
    }

    private static String bearer(Request request) {
        String value = request.getHeaders().get(HttpHeader.AUTHORIZATION);
        return value != null && value.regionMatches(true, 0, "Bearer ", 0, 7) ? value.substring(7).strip() : null;
    }

    /** The same path and query, the token left out. */
    private static String withoutToken(Request request, Fields query) {
        StringBuilder rest = new StringBuilder();
        for (Fields.Field f : query) {
            if (!f.getName().equals("token")) {
                for (String v : f.getValues()) {
                    rest.append(rest.isEmpty() ? '?' : '&').append(Html.query(f.getName())).append('=').append(Html.query(v));
                }
            }
        }
        return Request.getPathInContext(request) + rest;
    }
}
