package se.finsam.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.finsam.check.findings.DocumentResult;
import se.finsam.check.findings.Finding;
import se.finsam.check.read.InputFiles;
import se.finsam.check.read.InputFiles.Input;

/**
 * The batch path – documents checked on several threads through pooled sessions, a JSON-lines archive read line by
 * line – gives, in input order, exactly the findings of checking each document on its own.
 */
class CheckRunTest {

    @TempDir
    static Path dir;

    /** The archive's lines: the hand transcriptions, changed so that different rules fire line by line. */
    private static final List<String> lines = new ArrayList<>();

    @BeforeAll
    static void writeArchive() throws Exception {
        List<ObjectNode> samples = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("testdata/samples"))) {
            for (Path p : files.sorted().toList()) {
                samples.add((ObjectNode) new YAMLMapper().readTree(p.toFile()));
            }
        }
        ObjectMapper json = new ObjectMapper();
        for (int i = 0; i < 400; i++) {
            ObjectNode doc = samples.get(i % samples.size()).deepCopy();
            if (i % 3 == 1 && doc.get("signatures") instanceof ArrayNode s && !s.isEmpty()) {
                s.remove(s.size() - 1); // one party fewer
            }
            if (i % 5 == 2) {
                doc.put("received", "2016-0" + (8 + i % 2) + "-" + (10 + i % 19));
            }
            if (i % 7 == 3 && doc.get("answers") instanceof ObjectNode a) {
                a.put("gender", "Nej");
            }
            lines.add(json.writeValueAsString(doc));
        }
        lines.set(57, "{\"kind\": \"plan\", \"edition\": 2017, \"area\": "); // cut off
        lines.set(211, "{\"kind\": \"plan\", \"edition\": 1999}"); // no such edition
        lines.set(300, "   "); // blank lines are skipped: 399 documents, so the last task holds fewer lines
        Files.write(dir.resolve("archive.jsonl"), lines);
    }

    @Test
    void everyLineGivesTheFindingsOfItsOwnFileInInputOrder() throws Exception {
        List<DocumentResult> batch = new ArrayList<>();
        new CheckRun(TestEngine.checker(), 4).run(List.of(new Input(dir.resolve("archive.jsonl"), "archive.jsonl")), batch::add);

        Checker checker = TestEngine.checker();
        List<DocumentResult> alone = new ArrayList<>();
        List<Integer> lineNumbers = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                Path file = dir.resolve("line-" + i + ".json");
                Files.writeString(file, lines.get(i));
                alone.add(checker.check(new Input(file, file.toString())));
                lineNumbers.add(i + 1);
            }
        }
        assertEquals(alone.size(), batch.size());
        for (int i = 0; i < alone.size(); i++) {
            int line = lineNumbers.get(i);
            assertEquals(describe(alone.get(i)), describe(batch.get(i)), "line " + line);
            for (Finding f : batch.get(i).findings()) {
                assertEquals(line, f.position().line(), "line " + line + ": " + f.rule());
            }
        }
        assertFalse(batch.get(57).isChecked());
        assertEquals("input.unknownEdition", batch.get(211).error().key());
        assertTrue(batch.stream().mapToLong(r -> r.findings().size()).sum() > 400, "the archive makes rules fire");
    }

    @Test
    void inputsComeBackInTheOrderGiven() {
        List<Input> inputs = InputFiles.expand(List.of("testdata/samples", "testdata/forms"));
        List<String> order = new ArrayList<>();
        int[] inputsDone = {0};
        new CheckRun(TestEngine.checker(), 3).run(inputs, new CheckRun.Sink() {
            @Override
            public void accept(DocumentResult result) {
                order.add(result.source());
            }

            @Override
            public void inputDone() {
                inputsDone[0]++;
            }
        });
        assertEquals(inputs.stream().map(Input::source).toList(), order);
        assertEquals(inputs.size(), inputsDone[0]);
    }

    @Test
    void anInputWithoutAFileIsItsOwnResultAndTheRunGoesOn() {
        List<DocumentResult> results = new ArrayList<>();
        List<Input> inputs = List.of(new Input(null, "broken"), new Input(Path.of("testdata/samples/plan-2017-heby.yaml"), "heby"));
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> new CheckRun(TestEngine.checker(), 2).run(inputs, results::add));
        assertEquals(List.of("broken", "heby"), results.stream().map(DocumentResult::source).toList());
        assertEquals("input.notFound", results.get(0).error().key());
        assertTrue(results.get(1).isChecked());
    }

    /** Everything of a result but the line, which differs between a file of its own and a line of the archive. */
    private static String describe(DocumentResult r) {
        if (!r.isChecked()) {
            return "error " + r.error().key() + " " + r.error().args();
        }
        return r.kindId() + " " + r.title() + " " + r.findings().stream()
                .map(f -> f.rule() + " " + f.severity() + " " + f.position().column() + " " + f.position().pointer() + " "
                        + f.messageKey() + " " + f.args())
                .toList();
    }
}
