package se.finsam.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xml.sax.InputSource;
import se.finsam.check.cli.Main;

/**
 * Issue 13 on the command line: every input is checked or named with why not, in every format; a fault is its
 * document's; no input is ever written; outputs are complete or absent; names cannot inject anything.
 */
class AccountedForTest {

    private static final List<String> FORMATS = List.of("text", "json", "sarif", "junit", "github", "html", "letter");

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    /** A rule that fails on a plan for "Boom", and one whose message cannot be formatted for "Trasig". */
    private Path faultyRules() throws IOException {
        Path rules = Files.createDirectories(dir.resolve("faulty-rules"));
        Files.writeString(rules.resolve("faulty.drl"), """
                package custom;
                import se.finsam.check.model.*;
                import se.finsam.check.findings.Finding;

                rule "boom: fails on purpose"
                    @id("boom") @severity("warning") @kinds("plan")
                    @message("never shown")
                when
                    $d : Document(area == "Boom")
                then
                    throw new IllegalStateException("a fault of the rule");
                end

                rule "broken-message: a pattern that cannot be filled in"
                    @id("broken-message") @severity("warning") @kinds("plan")
                    @message("Området {0 är")
                when
                    $d : Document(area == "Trasig")
                then
                    insert(new Finding(drools.getRule(), $d.at("area"), "x"));
                end
                """);
        return rules;
    }

    @ParameterizedTest
    @ValueSource(strings = {"text", "json", "sarif", "junit", "github", "html", "letter"})
    void aFaultInARuleOrAFormatIsThatDocumentsResultAndTheOthersAreChecked(String format) throws Exception {
        Path boom = write("boom.yaml", CliTest.CLEAN_PLAN.replace("area: Testby", "area: Boom"));
        Path broken = write("trasig.yaml", CliTest.CLEAN_PLAN.replace("area: Testby", "area: Trasig"));
        Path late = write("late.yaml", CliTest.CLEAN_PLAN.replace("received: 2016-09-01", "received: 2016-10-01"));
        CliTest.Run r = CliTest.run("check", "--format", format, "--rules", faultyRules().toString(),
                boom.toString(), broken.toString(), late.toString());
        assertEquals(3, r.status(), r.err());
        assertFalse(r.err().contains("internal error") || r.err().contains("Exception executing"), r.err());
        String out = r.out();
        if (!format.equals("letter")) {
            assertTrue(out.contains("deadline"), "the late plan beside them is checked: " + out);
        }
        for (String source : List.of(boom.toString(), broken.toString())) {
            assertTrue(out.contains(source) || out.contains(source.replace(dir.toString(), "")), source + " in " + out);
        }
        assertTrue(out.contains("boom: fails on purpose") || format.equals("letter") && out.contains("inte granskad"), out);
        assertTrue(r.err().contains("boom.yaml: kunde inte granskas: ett fel i regeln ”boom: fails on purpose”"), r.err());
        assertTrue(out.contains("kunde inte granskas") || format.equals("letter"), out);
    }

    @Test
    void everyFileOfAFolderIsCheckedOrNamedInEveryFormat() throws Exception {
        write("plans/plan.yaml", CliTest.CLEAN_PLAN);
        write("plans/scan.pdf", "%PDF-1.4\n");
        write("plans/old.doc", "x");
        write("plans/form.odt", "x");
        write("plans/letter.rtf", "{\\rtf1}");
        write("plans/notes.md", "# Anteckningar\n\nInget formulär.\n");
        write("plans/photo.png", "x");
        write("plans/renamed.docx", "%PDF-1.7\n");
        write("plans/.hidden/ignored.yaml", "not: read");
        Files.createDirectories(dir.resolve("plans/empty"));
        Path plans = dir.resolve("plans");
        List<String> named = List.of("scan.pdf", "old.doc", "form.odt", "letter.rtf", "notes.md", "photo.png", "renamed.docx", "empty");
        for (String format : FORMATS) {
            CliTest.Run r = CliTest.run("check", "--format", format, plans.toString());
            assertEquals(2, r.status(), format + ": " + r.err());
            for (String name : named) {
                assertTrue(r.out().contains(name), format + " names " + name + ":\n" + r.out());
            }
            assertFalse(r.out().contains("ignored.yaml"), "hidden folders are not searched");
        }
        CliTest.Run text = CliTest.run("check", plans.toString());
        // a PDF named .docx is read as the PDF it is (this one only its header)
        assertTrue(text.out().contains("renamed.docx  [inte granskad]\n  PDF-filen går inte att läsa"), text.out());
        assertTrue(text.out().contains("photo.png  [inte granskad]\n  är en bild, som finsam-check inte läser"), text.out());
        assertTrue(text.out().contains("1 dokument, 0 fel, 0 varningar, 0 info. 8 filer inte granskade"), text.out());
        JsonNode docs = new ObjectMapper().readTree(CliTest.run("check", "--format", "json", plans.toString()).out()).get("documents");
        assertEquals(9, docs.size());
        assertEquals("not-read", docs.get(0).get("status").asText());
        assertEquals("inte-granskad", docs.get(0).get("verdict").asText());
    }

    @Test
    void aRunThatChecksNoDocumentFails() throws Exception {
        Files.createDirectories(dir.resolve("nothing"));
        write("pdfs/a.pdf", "%PDF-1.4\n");
        for (String folder : List.of("nothing", "pdfs")) {
            CliTest.Run r = CliTest.run("check", dir.resolve(folder).toString());
            assertEquals(2, r.status(), r.out());
            assertTrue(r.err().contains("inget dokument granskades"), r.err());
        }
    }

    @Test
    void aFifoIsRefusedWithoutBeingOpened() throws Exception {
        Path fifo = dir.resolve("x.yaml");
        Assumptions.assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo");
        CliTest.Run r = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> CliTest.run("check", fifo.toString(), dir.toString()));
        assertEquals(2, r.status());
        assertTrue(r.err().contains("x.yaml: är inte en vanlig fil"), r.err());
    }

    @Test
    void anOutputThatWouldReplaceAnInputIsRefusedForceOrNot() throws Exception {
        Path plan = write("plan.yaml", CliTest.CLEAN_PLAN);
        for (String path : List.of(plan.toString(), dir.resolve("./sub/../plan.yaml").toString())) {
            CliTest.Run r = CliTest.run("check", "--force", "--output", path, plan.toString());
            assertEquals(2, r.status());
            assertTrue(r.err().contains("är en av filerna som granskas"), r.err());
            assertEquals(CliTest.CLEAN_PLAN, Files.readString(plan), "the input is untouched");
        }
    }

    @Test
    void lettersIntoTheFormsFolderNeverReplaceAFormAndSameNamesStayApart() throws Exception {
        String late = CliTest.CLEAN_PLAN.replace("received: 2016-09-01", "received: 2016-10-01");
        Path a = write("forms/a/plan.yaml", late);
        Path b = write("forms/b/plan.yaml", late.replace("area: Testby", "area: Annanby"));
        write("forms/a/plan-brev.txt", "a form that happens to have a letter's name");
        Path folder = dir.resolve("forms/a");
        CliTest.Run r = CliTest.run("check", "--format", "letter", "--force", "--output", folder.toString(),
                a.toString(), b.toString(), folder.resolve("plan-brev.txt").toString());
        assertEquals(2, r.status(), r.err()); // the .txt is no form: not read
        assertEquals(late, Files.readString(a));
        assertEquals("a form that happens to have a letter's name", Files.readString(folder.resolve("plan-brev.txt")));
        String first = Files.readString(folder.resolve("plan-brev-2.txt"));
        String second = Files.readString(folder.resolve("plan-brev-3.txt"));
        assertTrue(first.contains("Testby") && second.contains("Annanby"), first + second);
        assertTrue(r.out().contains(b + ": brev i " + folder.resolve("plan-brev-3.txt")), r.out());
    }

    /** A letter that cannot be written (here a folder in the way of its Word file) is named; the others are written. */
    @Test
    void aLetterThatCannotBeWrittenIsNamedAndTheOthersAreStillWritten() throws Exception {
        String late = CliTest.CLEAN_PLAN.replace("received: 2016-09-01", "received: 2016-10-01");
        Path a = write("forms/a.yaml", late);
        Path b = write("forms/b.yaml", late.replace("area: Testby", "area: Annanby"));
        Path folder = dir.resolve("letters");
        write("letters/a-brev.docx/in-the-way", "kept");
        CliTest.Run r = CliTest.run("check", "--format", "letter", "--force", "--output", folder.toString(), a.toString(), b.toString());
        assertEquals(2, r.status(), r.err());
        assertTrue(r.out().contains(a + ": brevet kunde inte skrivas – " + folder.resolve("a-brev.docx")
                + " kunde inte skrivas (där filen ska ligga finns en mapp med samma namn)"), r.out());
        assertTrue(r.out().contains(b + ": brev i " + folder.resolve("b-brev.txt")), r.out());
        assertTrue(r.err().contains("1 brev kunde inte skrivas i " + folder), r.err());
        assertFalse(Files.exists(folder.resolve("a-brev.txt")), "a letter is written whole or not at all");
        assertEquals("kept", Files.readString(folder.resolve("a-brev.docx/in-the-way")));
        assertTrue(Files.readString(folder.resolve("b-brev.txt")).contains("Annanby"));
        assertTrue(Files.size(folder.resolve("b-brev.docx")) > 0);
    }

    @Test
    void importedFormsWithTheSameNameStayApart() throws Exception {
        Path form = Path.of("testdata/forms/plan-2017-heby.txt");
        Files.createDirectories(dir.resolve("x"));
        Files.createDirectories(dir.resolve("y"));
        Files.copy(form, dir.resolve("x/plan.txt"));
        Files.copy(form, dir.resolve("y/plan.txt"));
        Path out = dir.resolve("imported");
        CliTest.Run r = CliTest.run("import", "-o", out.toString(), dir.resolve("x").toString(), dir.resolve("y").toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(Files.exists(out.resolve("plan.yaml")) && Files.exists(out.resolve("plan-2.yaml")), r.err());
    }

    @Test
    void aFailingStandardOutputIsOneLineAndExitTwo() {
        OutputStream full = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        };
        PrintWriter out = new PrintWriter(new PrintStream(full, true, StandardCharsets.UTF_8), true);
        StringWriter err = new StringWriter();
        int status = Main.run(new String[] {"check", "--format", "json", "testdata/samples"}, out, new PrintWriter(err));
        assertEquals(2, status);
        assertTrue(err.toString().contains("kunde inte skrivas till standard ut"), err.toString());
    }

    @Test
    void anExistingReportIsKeptAndNoTemporaryFileIsLeft() throws Exception {
        Path report = write("report.json", "earlier");
        CliTest.Run r = CliTest.run("check", "--format", "json", "--output", report.toString(), "testdata/samples");
        assertEquals(2, r.status());
        assertEquals("earlier", Files.readString(report));
        assertEquals(1, CliTest.run("check", "--format", "json", "--force", "--output", report.toString(), "testdata/samples").status());
        new ObjectMapper().readTree(report.toFile());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("report.json"), files.map(p -> p.getFileName().toString()).toList());
        }
    }

    /** A file name with a newline, an escape and markup reaches no output raw. */
    @Test
    void aHostileFileNameIsEscapedInEveryFormat() throws Exception {
        String name = "evil\n::error file=x::owned\u001b[31m<b>&\".yaml";
        Path plan;
        try {
            plan = write(name, CliTest.CLEAN_PLAN.replace("received: 2016-09-01", "received: 2016-10-01"));
        } catch (java.nio.file.InvalidPathException e) {
            Assumptions.abort("the file system refuses the name");
            return;
        }
        for (String format : FORMATS) {
            CliTest.Run r = CliTest.run("check", "--format", format, plan.toString());
            String out = r.out();
            assertFalse(out.contains("\u001b") || r.err().contains("\u001b"), format + ": an escape reached the output");
            assertFalse(out.lines().anyMatch(l -> l.startsWith("::error file=x::owned")), format + ": a workflow command was injected");
            switch (format) {
                case "json", "sarif" -> new ObjectMapper().readTree(out);
                case "junit" -> DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(out)));
                case "html" -> assertFalse(out.contains("<b>&"), "markup is escaped");
                case "github" -> assertTrue(out.lines().allMatch(l -> l.startsWith("::")), out);
                default -> assertTrue(out.contains("evil\\n::error file=x::owned\\x1b[31m"), format + ":\n" + out);
            }
        }
    }

    @Test
    void includeAndExcludeChooseWhatAFolderWalkTakes() throws Exception {
        write("repo/plans/a.yaml", CliTest.CLEAN_PLAN);
        write("repo/plans/old/b.yaml", CliTest.CLEAN_PLAN);
        write("repo/target/c.yaml", "not: a plan");
        write("repo/README.md", "# repo");
        String repo = dir.resolve("repo").toString();
        CliTest.Run r = CliTest.run("check", "--include", "plans/**/*.yaml", "--exclude", "old/", repo);
        assertEquals(0, r.status(), r.out() + r.err());
        assertTrue(r.out().contains("a.yaml") && !r.out().contains("b.yaml") && !r.out().contains("c.yaml")
                && !r.out().contains("README"), r.out());
        CliTest.Run bad = CliTest.run("check", "--exclude", "[oops", repo);
        assertEquals(2, bad.status());
        assertTrue(bad.err().contains("--exclude: Mönstret ”[oops”"), bad.err());
        CliTest.Run empty = CliTest.run("check", "");
        assertEquals(2, empty.status());
        assertTrue(empty.err().contains("en tom sökväg"), empty.err());
    }
}
