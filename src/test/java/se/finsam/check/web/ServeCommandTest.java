package se.finsam.check.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve} as a user starts it, in a JVM of its own; and {@code check}, which must load none of it. */
class ServeCommandTest {

    @TempDir
    Path tmp;

    private static List<String> java(Path tmpdir, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + tmpdir, "-cp", System.getProperty("java.class.path")));
        command.addAll(List.of(args));
        return command;
    }

    @Test
    void servePrintsItsAddressFirstAnswersAndDeletesItsFilesWhenStopped() throws Exception {
        Process serve = new ProcessBuilder(java(tmp, "se.finsam.check.cli.Main", "serve", "--port", "0"))
                .redirectError(tmp.resolve("serve.err").toFile()).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
            String first = out.readLine(); // the rule base loads first: a few seconds
            assertTrue(first != null && first.matches("http://127\\.0\\.0\\.1:\\d+/\\?token=[A-Za-z0-9_-]{43}"), first);
            try (Stream<Path> files = Files.list(tmp)) {
                assertTrue(files.anyMatch(p -> p.getFileName().toString().startsWith("finsam-serve-")));
            }
            HttpClient http = HttpClient.newBuilder().connectTimeout(WebClient.TIMEOUT).build();
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(first)).timeout(WebClient.TIMEOUT).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(303, page.statusCode()); // into a cookie and out of the address bar
        } finally {
            serve.destroy(); // SIGTERM, as Ctrl+C: the shutdown hook stops the server and deletes the folder
            assertTrue(serve.waitFor(30, TimeUnit.SECONDS), "serve stops on SIGTERM");
        }
        try (Stream<Path> files = Files.list(tmp)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().startsWith("finsam-serve-")), "temporary folder deleted");
        }
    }

    @Test
    void serveRefusesToListenOnEveryAddressOrAName() throws Exception {
        for (String bind : List.of("0.0.0.0", "::", "example.org", "999.1.1.1")) {
            Process serve = new ProcessBuilder(java(tmp, "se.finsam.check.cli.Main", "serve", "--bind", bind))
                    .redirectErrorStream(true).start();
            String said = new String(serve.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(serve.waitFor(60, TimeUnit.SECONDS));
            assertEquals(2, serve.exitValue(), said);
            assertTrue(said.contains("--bind"), said);
        }
    }

    /** Kansliet's settings that cannot be read stop serve at the start with one line naming the file and the fault. */
    @Test
    void serveRefusesKanslietsSettingsItCannotRead() throws Exception {
        Path settings = tmp.resolve("kansliet.yaml");
        Files.writeString(settings, "contact: Eva Ek\nsignature: Eva\n");
        Process serve = new ProcessBuilder(java(tmp, "se.finsam.check.cli.Main", "serve", "--port", "0", "--office",
                settings.toString())).redirectErrorStream(true).start();
        String said = new String(serve.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(serve.waitFor(60, TimeUnit.SECONDS));
        assertEquals(2, serve.exitValue(), said);
        assertEquals(1, said.lines().count(), said);
        assertTrue(said.startsWith(settings + ":2:"), said);
        assertTrue(said.contains("signature"), said);
    }

    /** The cold path stays cheap: a check loads no class of the web desk and none of Jetty. */
    @Test
    void checkLoadsNoServerClass() throws Exception {
        Process check = new ProcessBuilder(java(tmp, "-Xlog:class+load=info:file=" + tmp.resolve("classes.log"),
                "se.finsam.check.cli.Main", "check", "testdata/samples/plan-2017-heby.yaml"))
                .redirectErrorStream(true).redirectOutput(tmp.resolve("check.out").toFile()).start();
        assertTrue(check.waitFor(120, TimeUnit.SECONDS));
        assertEquals(1, check.exitValue(), Files.readString(tmp.resolve("check.out")));
        List<String> loaded = Files.readAllLines(tmp.resolve("classes.log"));
        assertTrue(loaded.size() > 1000, "the log lists the classes loaded");
        assertTrue(loaded.stream().anyMatch(l -> l.contains("se.finsam.check.cli.ServeCommand ")), "serve is a command");
        List<String> server = loaded.stream()
                .filter(l -> l.contains("org.eclipse.jetty") || l.contains("se.finsam.check.web.")).toList();
        assertEquals(List.of(), server);
    }
}
