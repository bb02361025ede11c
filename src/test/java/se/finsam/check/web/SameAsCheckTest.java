package se.finsam.check.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.finsam.check.cli.Main;

/**
 * The API answers exactly what {@code check --format …} writes for the same files: check is run in a JVM of its own
 * whose working folder holds the files, named as they were uploaded, so that it names them as the API does.
 */
class SameAsCheckTest {

    private static final List<String> FORMATS = List.of("json", "sarif", "junit", "html");

    @TempDir
    Path dir;

    /** Runs check once per format in the working folder, each report into FORMAT.out: one JVM for all four. */
    public static void main(String[] args) throws Exception {
        List<String> files = List.of(args);
        for (String format : FORMATS) {
            StringWriter out = new StringWriter();
            List<String> command = new ArrayList<>(List.of("check", "--format", format));
            command.addAll(files);
            Main.run(command.toArray(String[]::new), new PrintWriter(out), new PrintWriter(new StringWriter()));
            Files.writeString(Path.of(format + ".out"), out.toString(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void everyFormatIsWhatCheckWrites() throws Exception {
        List<Path> inputs = List.of(Path.of("testdata/samples/plan-2017-heby.yaml"),
                Path.of("testdata/forms/report-2017-tierp.txt"), Path.of("testdata/forms/plan-2017-knivsta.txt"));
        List<String> names = new ArrayList<>();
        for (Path p : inputs) {
            Files.copy(p, dir.resolve(p.getFileName()));
            names.add(p.getFileName().toString());
        }
        Files.writeString(dir.resolve("scan.pdf"), "%PDF-1.4");
        Files.writeString(dir.resolve("broken.json"), "{\"kind\": ");
        names.add("scan.pdf");
        names.add("broken.json");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), SameAsCheckTest.class.getName()));
        command.addAll(names);
        Process cli = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("cli.log").toFile()).start();
        if (!cli.waitFor(120, TimeUnit.SECONDS)) {
            cli.destroyForcibly();
            throw new AssertionError("check did not finish in 120 s");
        }
        assertEquals(0, cli.exitValue(), Files.readString(dir.resolve("cli.log")));

        try (WebClient web = new WebClient()) {
            List<WebClient.Part> parts = new ArrayList<>();
            for (String name : names) {
                parts.add(WebClient.Part.of(dir.resolve(name)));
            }
            for (String format : FORMATS) {
                var answer = web.check("?format=" + format, parts);
                assertEquals(200, answer.statusCode(), answer.body());
                assertEquals(Files.readString(dir.resolve(format + ".out")), answer.body(), format);
            }
        }
    }
}
