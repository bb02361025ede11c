package se.finsam.check.waivers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.finsam.check.CliTest;
import se.finsam.check.findings.DocumentResult;
import se.finsam.check.findings.Finding;
import se.finsam.check.findings.Severity;
import se.finsam.check.model.Position;

/** Waivers' document globs: .gitignore semantics, and a malformed one is an error on its line that waives nothing. */
class WaiversTest {

    private static final LocalDate TODAY = LocalDate.of(2017, 1, 15);

    @TempDir
    Path dir;

    private Waivers.Marking waivers(String yaml) throws Exception {
        Path file = dir.resolve(Waivers.DEFAULT_NAME);
        Files.writeString(file, yaml);
        return Waivers.read(file).start(TODAY);
    }

    /** A result for the document at path (relative to dir) with one finding of each rule, at /received. */
    private DocumentResult result(String path, String... rules) {
        List<Finding> findings = java.util.Arrays.stream(rules)
                .map(r -> new Finding(r, Severity.ERROR, r + ".key", new Position("/received", 5, 11), List.of())).toList();
        return DocumentResult.ofFile(dir.resolve(path).toString(), findings);
    }

    private static List<String> own(Waivers.Marking m) {
        return m.report().findings().stream()
                .map(f -> f.severity().id() + " " + f.messageKey() + "@" + f.position().line() + ":" + f.position().column() + " " + f.args())
                .toList();
    }

    @Test
    void aMalformedDocumentPatternIsAnErrorOnItsLineAndWaivesNothing() throws Exception {
        Waivers.Marking m = waivers("""
                waivers:
                  - rule: deadline
                    document: "["
                    justification: Anstånd
                  - rule: deadline
                    document: plans/*.yaml
                    justification: Anstånd beviljat
                  - {rule: schablon-cost, document: 'plans\\', justification: Övergång}
                  - rule: effects-stated
                    document: ""
                    justification: x
                  - rule: effects-stated
                    document: "[z-a].yaml"
                """);
        DocumentResult inPlans = m.mark(result("plans/heby.yaml", "deadline", "schablon-cost", "effects-stated"));
        assertEquals("Anstånd beviljat", inPlans.findings().get(0).waiver(), "the other waivers still apply");
        assertFalse(inPlans.findings().get(1).isWaived());
        assertFalse(inPlans.findings().get(2).isWaived());
        DocumentResult elsewhere = m.mark(result("[", "deadline"));
        assertFalse(elsewhere.findings().get(0).isWaived(), "a malformed pattern waives nothing, not even a file named like it");
        // one finding per bad waiver, at its document field; a malformed pattern is not also "unjustified" or "unused"
        assertEquals(List.of(
                "error glob.unclosedClass@3:15 [[, 1]",
                "error glob.trailingBackslash@8:37 [plans\\, 6]",
                "error glob.empty@10:15 [, 0]",
                "error glob.reversedRange@13:15 [[z-a].yaml, 2]"), own(m));
    }

    @Test
    void documentsAreMatchedWithGitignoreSemantics() throws Exception {
        Waivers.Marking m = waivers("""
                waivers:
                  - {rule: deadline, document: "heby-*.yaml", justification: any depth}
                  - {rule: schablon-cost, document: "/heby-2017.yaml", justification: anchored}
                  - {rule: effects-stated, document: "plans/", justification: a folder}
                  - {rule: measurable-result-goal, document: "2017/**/t?erp.yaml", justification: names between}
                  - {rule: percent-of-full-time, document: '\\[draft\\] *.yaml', justification: escaped}
                """);
        DocumentResult deep = m.mark(result("plans/2017/heby-2017.yaml", "deadline", "schablon-cost", "effects-stated"));
        assertEquals(List.of("any depth", "", "a folder"), waivedBy(deep));
        DocumentResult top = m.mark(result("heby-2017.yaml", "deadline", "schablon-cost", "effects-stated"));
        assertEquals(List.of("any depth", "anchored", ""), waivedBy(top));
        DocumentResult between = m.mark(result("2017/a/b/tierp.yaml", "measurable-result-goal", "deadline"));
        assertEquals(List.of("names between", ""), waivedBy(between));
        DocumentResult draft = m.mark(result("[draft] tierp.yaml", "percent-of-full-time"));
        assertEquals(List.of("escaped"), waivedBy(draft));
        assertEquals(List.of(), own(m));
    }

    private static List<String> waivedBy(DocumentResult r) {
        return r.findings().stream().map(f -> f.isWaived() ? f.waiver() : "").toList();
    }

    /** The whole run: the bad waiver's error in the report, the good waiver applied, every document checked. */
    @Test
    void aRunWithAMalformedPatternChecksEveryDocumentAndAppliesTheOtherWaivers() throws Exception {
        Path plans = Files.createDirectories(dir.resolve("plans"));
        Files.copy(Path.of("testdata/samples/plan-2017-heby.yaml"), plans.resolve("plan-2017-heby.yaml"));
        Files.copy(Path.of("testdata/samples/plan-2017-heby.yaml"), dir.resolve("plan.yaml"));
        Files.writeString(dir.resolve(Waivers.DEFAULT_NAME), """
                waivers:
                  - rule: deadline
                    document: "["
                    justification: Anstånd
                    expires: 2099-12-31
                  - rule: deadline
                    document: plans/
                    justification: Anstånd beviljat av förbundschefen
                    expires: 2099-12-31
                """);
        CliTest.Run r = CliTest.run("check", "--lang", "en", "--format", "json", dir.toString());
        assertEquals(1, r.status(), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        JsonNode docs = new ObjectMapper().readTree(r.out()).get("documents");
        assertEquals(3, docs.size(), r.out());
        JsonNode top = docs.get(0);
        JsonNode inPlans = docs.get(1);
        JsonNode waiverFile = docs.get(2);
        assertTrue(top.get("source").asText().endsWith("plan.yaml"), top.toString());
        assertEquals("deadline", top.get("findings").get(0).get("rule").asText());
        assertFalse(top.get("findings").get(0).has("waived"), "the bad waiver waives nothing");
        assertTrue(inPlans.get("source").asText().endsWith("plan-2017-heby.yaml"), inPlans.toString());
        assertEquals("Anstånd beviljat av förbundschefen",
                inPlans.get("findings").get(0).get("waived").get("justification").asText());
        assertTrue(waiverFile.get("source").asText().endsWith(Waivers.DEFAULT_NAME));
        assertNull(waiverFile.get("error"));
        JsonNode own = waiverFile.get("findings");
        assertEquals(1, own.size(), own.toString());
        assertEquals("waiver", own.get(0).get("rule").asText());
        assertEquals("error", own.get(0).get("severity").asText());
        assertEquals(3, own.get(0).get("line").asInt());
        assertEquals("The pattern \"[\" opens a character class with [ at character 1 but never closes it with ]. Write \\[ for a literal [.",
                own.get(0).get("message").asText());
    }
}
