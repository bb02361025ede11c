package se.finsam.check.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import se.finsam.check.TestEngine;
import se.finsam.check.edition.Editions;

/**
 * A desk server for tests, on 127.0.0.1 and a free port, and the requests the tests send it: API calls with
 * multipart bodies (java.net.http) and raw requests for what HttpClient will not send (a foreign Host header).
 * Every request goes to 127.0.0.1 only, with a timeout.
 */
final class WebClient implements AutoCloseable {

    /** One file of a multipart body: the name the client gives it and its bytes. */
    record Part(String fileName, byte[] bytes) {
        static Part of(Path file) {
            try {
                return new Part(file.getFileName().toString(), Files.readAllBytes(file));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        static Part text(String fileName, String text) {
            return new Part(fileName, text.getBytes(StandardCharsets.UTF_8));
        }
    }

    static final Duration TIMEOUT = Duration.ofSeconds(30);

    final DeskServer server;
    final String token;
    final URI base;
    final HttpClient http = client();

    WebClient(Limits limits) throws IOException {
        this(limits, se.finsam.check.output.Office.DEFAULT);
    }

    /** A server whose letters carry these details of kansliet's. */
    WebClient(Limits limits, se.finsam.check.output.Office office) throws IOException {
        server = DeskServer.start(TestEngine.rules(), Editions.builtIn(), InetAddress.getLoopbackAddress(), 0, limits,
                office, null);
        token = server.url().substring(server.url().indexOf("?token=") + 7);
        base = URI.create("http://127.0.0.1:" + server.port());
    }

    /** HTTP/1.1 to 127.0.0.1, as a script would send it (no attempt to upgrade to HTTP/2). */
    static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(TIMEOUT).build();
    }

    WebClient() throws IOException {
        this(Limits.defaults(20 * Limits.MB));
    }

    /** POST /api/check with the files as field "files"; query such as "?format=sarif" or "". */
    HttpResponse<String> check(String query, List<Part> files) {
        return check(http, query, files);
    }

    /** The same through a client of the caller's (one per simulated user). */
    HttpResponse<String> check(HttpClient client, String query, List<Part> files) {
        String boundary = "finsam-test-boundary-7f3a";
        return send(client, HttpRequest.newBuilder(base.resolve("/api/check" + query)).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(boundary, files))).build());
    }

    HttpResponse<String> send(HttpRequest request) {
        return send(http, request);
    }

    static HttpResponse<String> send(HttpClient client, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static byte[] multipart(String boundary, List<Part> files) {
        var body = new java.io.ByteArrayOutputStream();
        for (Part p : files) {
            String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\""
                    + p.fileName().replace("\"", "%22") + "\"\r\nContent-Type: application/octet-stream\r\n\r\n";
            body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
            body.writeBytes(p.bytes());
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    /**
     * A request written by hand, for what HttpClient will not send (it sets Host itself): head holds the request
     * line and headers, each ending in CRLF; the connection is closed after the answer, which is returned (up to
     * 64 KiB).
     */
    String raw(String head) {
        String request = head + "Connection: close\r\n\r\n";
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            socket.setSoTimeout((int) TIMEOUT.toMillis());
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] answer = in.readNBytes(65536);
            return new String(answer, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Part> parts(Path... files) {
        List<Part> parts = new ArrayList<>();
        for (Path f : files) {
            parts.add(Part.of(f));
        }
        return parts;
    }

    @Override
    public void close() {
        server.close();
    }
}
