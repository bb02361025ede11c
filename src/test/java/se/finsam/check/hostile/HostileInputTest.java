package se.finsam.check.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.finsam.check.CheckRun;
import se.finsam.check.CliTest;
import se.finsam.check.TestEngine;
import se.finsam.check.findings.DocumentResult;
import se.finsam.check.read.InputFiles;

/**
 * The hostile corpus (see {@link HostileCorpus}, over 200 inputs): each input has its documented outcome – one
 * error line naming the file, or its findings – and a run over all of them checks every readable file, prints no
 * stack trace, and stays within its time bound.
 */
class HostileInputTest {

    /** The documented bounds on the 2-core development machine: the whole corpus (200+ files, 220 MB), one file. */
    private static final long SECONDS_FOR_CORPUS = 120;
    private static final long SECONDS_PER_FILE = 20;

    @TempDir
    static Path dir;

    private static List<HostileCorpus.Case> cases;

    @BeforeAll
    static void writeCorpus() throws Exception {
        cases = new HostileCorpus(dir).write();
    }

    private static List<String> arguments() {
        return List.of(dir.toString(), dir.resolve("x.yaml").toString());
    }

    @Test
    void theCorpusIsLargeEnough() {
        assertTrue(cases.size() >= 200, "cases: " + cases.size());
    }

    @Test
    void everyInputHasItsDocumentedOutcome() {
        CheckRun run = new CheckRun(TestEngine.checker());
        Map<String, DocumentResult> results = new HashMap<>();
        long start = System.nanoTime();
        List<String> slow = new ArrayList<>();
        for (InputFiles.Input input : InputFiles.expand(arguments())) {
            long fileStart = System.nanoTime();
            run.run(List.of(input), r -> results.put(dir.relativize(input.path().toAbsolutePath()).toString(), r));
            if (System.nanoTime() - fileStart > SECONDS_PER_FILE * 1_000_000_000L) {
                slow.add(input.source());
            }
        }
        assertEquals(List.of(), slow, "files over " + SECONDS_PER_FILE + " s");
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        List<String> wrong = new ArrayList<>();
        for (HostileCorpus.Case c : cases) {
            DocumentResult r = results.get(c.file());
            if (r == null) {
                wrong.add(c.file() + ": not reported at all");
            } else if (c.errorKey() == null && !r.isChecked()) {
                wrong.add(c.file() + ": refused (" + r.error().key() + " " + r.error().args() + "), expected to be checked");
            } else if (c.errorKey() != null && r.isChecked()) {
                wrong.add(c.file() + ": checked, expected " + c.errorKey());
            } else if (c.errorKey() != null && !c.errorKey().equals("*") && !c.errorKey().equals(r.error().key())) {
                wrong.add(c.file() + ": " + r.error().key() + ", expected " + c.errorKey());
            }
        }
        assertEquals(List.of(), wrong);
        assertTrue(seconds < SECONDS_FOR_CORPUS, "the corpus took " + seconds + " s");
    }

    /** The worst input of the corpus in every format: parsable where the format is a data format, no raw control character. */
    @Test
    void everyFormatStaysValidWithTheWorstInput() throws Exception {
        String worst = dir.resolve("control-chars.yaml").toString();
        for (String format : List.of("text", "json", "sarif", "junit", "github", "html", "letter")) {
            CliTest.Run r = CliTest.run("check", "--format", format, worst);
            assertEquals(1, r.status(), format + r.err());
            assertFalse(r.out().matches("(?s).*[\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f].*"), format + ": a raw control character");
            assertFalse(r.out().contains("<script>") && !format.equals("json") && !format.equals("sarif")
                    && !format.equals("text") && !format.equals("github") && !format.equals("letter"), format + ": markup not escaped");
            switch (format) {
                case "json", "sarif" -> new ObjectMapper().readTree(r.out());
                case "junit", "html" -> javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                        .parse(new org.xml.sax.InputSource(new java.io.StringReader(r.out())));
                case "github" -> assertTrue(r.out().lines().allMatch(l -> l.startsWith("::")), r.out());
                default -> assertTrue(r.out().contains("alert("), format + ": the evidence is quoted");
            }
        }
    }

    @Test
    void oneRunOverTheCorpusReportsEveryFileWithoutAStackTrace() throws Exception {
        List<String> args = new ArrayList<>(List.of("check", "--format", "json"));
        args.addAll(arguments());
        CliTest.Run run = CliTest.run(args.toArray(String[]::new));
        assertEquals(2, run.status(), "some inputs cannot be read");
        assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), run.err());
        JsonNode documents = new ObjectMapper().readTree(run.out()).get("documents");
        long unreadable = 0;
        for (JsonNode d : documents) {
            unreadable += d.has("error") ? 1 : 0;
        }
        // one line on stderr per unreadable input, each naming its file
        List<String> lines = run.err().lines().filter(l -> !l.isBlank()).toList();
        assertEquals(unreadable, lines.size());
        assertTrue(lines.stream().allMatch(l -> l.startsWith(dir.toString())), lines.toString());
        assertTrue(documents.size() >= cases.size(), "every input is in the report");
    }
}
