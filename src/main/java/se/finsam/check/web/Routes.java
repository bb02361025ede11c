package se.finsam.check.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** Which part of the server answers a path: the API, the desk's script and style, or the desk. */
final class Routes extends Handler.Abstract {

    private static final String SCRIPT = resource("desk.js");
    private static final String STYLE = resource("desk.css");

    private final ApiHandler api;
    private final DeskHandler desk;
    private final RunHandler run;

    Routes(ApiHandler api, DeskHandler desk, RunHandler run) {
        this.api = api;
        this.desk = desk;
        this.run = run;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String path = Request.getPathInContext(request);
        switch (path) {
            case "/api/check" -> api.check(request, response, callback);
            case RunWire.PATH -> run.run(request, response, callback);
            case "/desk.js" -> Responses.send(response, callback, 200, "text/javascript; charset=utf-8", SCRIPT);
            case "/desk.css" -> Responses.send(response, callback, 200, "text/css; charset=utf-8", STYLE);
            case "/", "/upload", "/clear", "/document" -> desk.handle(path, request, response, callback);
            default -> {
                if (path.startsWith("/download/")) {
                    desk.handle(path, request, response, callback);
                } else {
                    Responses.send(response, callback, 404, "text/plain; charset=utf-8", "404\n");
                }
            }
        }
        return true;
    }

    private static String resource(String name) {
        try (InputStream in = Routes.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
