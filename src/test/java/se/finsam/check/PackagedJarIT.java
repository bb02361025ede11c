package se.finsam.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.finsam.check.CliTest.Run;

/**
 * The self-contained jar that `mvn package` makes (target/finsam-check.jar, dependencies shaded in), copied alone
 * into an empty folder and run with `java -jar`, answers exactly as the program does on the build's class path: the
 * same stdout, stderr and exit status for every input of testdata/ in several formats, a custom rule compiled at
 * run time, a Word form imported and the rule list – so the merged service files, the executable model and the
 * resources all made it into the jar. Run by Maven in the integration-test phase, after the package phase (alone:
 * {@code mvn verify -Dtest=PackagedJarIT -Dsurefire.failIfNoSpecifiedTests=false}).
 */
class PackagedJarIT {

    @TempDir
    static Path dir;

    static Path jar;

    @BeforeAll
    static void copyTheJarAlone() throws IOException {
        Path built = Path.of("target", "finsam-check.jar");
        assertTrue(Files.isRegularFile(built), "run after mvn package: " + built);
        jar = Files.copy(built, Files.createDirectories(dir.resolve("alone")).resolve("finsam-check.jar"));
    }

    /** The packaged jar in a JVM of its own, started in the project folder like the in-process run. */
    private static Run java(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:disable", "-Xlog:all=warning:stderr", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", jar.toString()));
        command.addAll(List.of(args));
        Path out = dir.resolve("out");
        Path err = dir.resolve("err");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "finished: " + String.join(" ", args));
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    private static void sameAsInProcess(String... args) throws Exception {
        Run expected = CliTest.run(args);
        Run actual = java(args);
        String what = String.join(" ", args);
        assertEquals(expected.out(), actual.out(), what + ": stdout");
        assertEquals(expected.err(), actual.err(), what + ": stderr");
        assertEquals(expected.status(), actual.status(), what + ": exit status");
    }

    @Test
    void checksEveryInputOfTestdataAlike() throws Exception {
        sameAsInProcess("check", "--format", "json", "testdata");
        sameAsInProcess("check", "testdata/forms", "testdata/samples");
    }

    @Test
    void writesTheOtherFormatsAlike() throws Exception {
        sameAsInProcess("check", "--format", "sarif", "--lang", "en", "testdata/samples");
        sameAsInProcess("check", "--format", "html", "testdata/forms");
    }

    @Test
    void compilesACustomRuleAtRunTime() throws Exception {
        Path rules = Files.createDirectories(dir.resolve("rules"));
        Files.writeString(rules.resolve("area.drl"), """
                package custom;
                import se.finsam.check.model.*;
                import se.finsam.check.findings.Finding;

                rule "area-named: a plan names its area"
                    @id("area-named") @severity("warning") @kinds("plan")
                    @message("Planen anger inget LOKUS-område.")
                when
                    $d : Document(area == null || area == "Heby")
                then
                    insert(new Finding(drools.getRule(), $d.at("area")));
                end
                """);
        sameAsInProcess("check", "--rules", rules.toString(), "testdata/samples/plan-2017-heby.yaml");
        assertTrue(java("check", "--rules", rules.toString(), "testdata/samples/plan-2017-heby.yaml").out()
                .contains("area-named"));
    }

    @Test
    void importsAWordFormAndListsTheRulesAlike() throws Exception {
        sameAsInProcess("import", "src/test/resources/se/finsam/check/fuzz/ReadersFuzzTestInputs/wordForms/plan-seed.docx");
        sameAsInProcess("rules", "--lang", "en");
    }

    @Test
    void answersVersionAndCompletion() throws Exception {
        Run version = java("--version");
        assertEquals(0, version.status(), version.err());
        assertEquals("finsam-check " + Project.version() + System.lineSeparator(), version.out());
        sameAsInProcess("completion", "bash");
    }
}
