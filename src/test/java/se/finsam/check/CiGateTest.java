package se.finsam.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The CI gate: output formats against golden files, --output, waivers and custom rules. */
class CiGateTest {

    private static final String SAMPLE = "testdata/samples/plan-2017-heby.yaml";

    @TempDir
    Path dir;

    /** Golden files hold "VERSION" where the version stands, so a release does not change them. */
    @ParameterizedTest
    @ValueSource(strings = {"text", "json", "sarif", "junit", "github", "html", "letter"})
    void everyFormatMatchesItsGoldenFile(String format) throws Exception {
        CliTest.Run r = CliTest.run("check", "--format", format, SAMPLE);
        assertEquals(1, r.status(), r.err());
        String golden = Files.readString(Path.of("src/test/resources/golden/plan-2017-heby." + format));
        assertEquals(golden, dated(r.out().replace("\"" + Project.version() + "\"", "\"VERSION\"")));
    }

    /** Golden files hold DATE and REPLY-BY where a letter's date and reply-by date stand: today and in 14 days. */
    static String dated(String out) {
        java.time.format.DateTimeFormatter f = java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.forLanguageTag("sv"));
        java.time.LocalDate today = java.time.LocalDate.now();
        return out.replace(today.format(f), "DATE").replace(today.plusDays(14).format(f), "REPLY-BY");
    }

    @Test
    void sarifFingerprintsDoNotDependOnTheLine() throws Exception {
        Path moved = dir.resolve("plan.yaml");
        Path original = dir.resolve("orig.yaml");
        String text = Files.readString(Path.of(SAMPLE));
        Files.writeString(original, text);
        Files.writeString(moved, "# a comment that moves every line down\n\n" + text);
        JsonNode a = sarif(original).get(0);
        JsonNode b = sarif(moved).get(0);
        assertEquals(a.get("locations").get(0).get("physicalLocation").get("region").get("startLine").asInt() + 2,
                b.get("locations").get(0).get("physicalLocation").get("region").get("startLine").asInt());
        assertEquals(a.get("partialFingerprints").toString().length(), b.get("partialFingerprints").toString().length());
        // same rule, document name aside: compare fingerprints of one file read twice under the same name
        Files.writeString(original, "\n\n\n" + text);
        assertEquals(a.get("partialFingerprints"), sarif(original).get(0).get("partialFingerprints"));
    }

    private JsonNode sarif(Path file) throws Exception {
        CliTest.Run r = CliTest.run("check", "--format", "sarif", file.toString());
        return new ObjectMapper().readTree(r.out()).get("runs").get(0).get("results");
    }

    @Test
    void outputGoesToAFileAndNeverOverwritesUnasked() throws Exception {
        Path out = dir.resolve("report.json");
        assertEquals(1, CliTest.run("check", "--format", "json", "--output", out.toString(), SAMPLE).status());
        assertTrue(Files.readString(out).contains("\"documents\""));
        Files.writeString(out, "keep me");
        CliTest.Run again = CliTest.run("check", "--output", out.toString(), SAMPLE);
        assertEquals(2, again.status());
        assertTrue(again.err().contains("filen finns redan"), again.err());
        assertEquals("keep me", Files.readString(out));
        assertEquals(1, CliTest.run("check", "--output", out.toString(), "--force", SAMPLE).status());
        assertTrue(Files.readString(out).contains("deadline"));
    }

    @Test
    void waiversMarkFindingsAndReportTheirOwnProblems() throws Exception {
        Files.copy(Path.of(SAMPLE), dir.resolve("plan-2017-heby.yaml"));
        Files.writeString(dir.resolve("finsam-waivers.yaml"), """
                waivers:
                  - rule: deadline
                    document: plan-*.yaml
                    justification: Anstånd beviljat av förbundschefen
                    approvedBy: Förbundschefen
                    expires: 2099-12-31
                  - rule: percent-of-full-time
                    document: plan-2017-heby.yaml
                    field: /resources/2
                    justification: Gammalt beslut
                    expires: 2017-03-31
                  - rule: effects-stated
                    document: plan-2017-heby.yaml
                    justification: ""
                  - rule: schablon-cost
                    document: "*.yaml"
                    justification: Övergång
                """);
        CliTest.Run r = CliTest.run("check", "--format", "json", dir.toString());
        JsonNode docs = new ObjectMapper().readTree(r.out()).get("documents");
        JsonNode plan = docs.get(0).get("findings");
        assertEquals("deadline", plan.get(0).get("rule").asText());
        assertEquals("Anstånd beviljat av förbundschefen", plan.get(0).get("waived").get("justification").asText());
        assertFalse(plan.get(2).has("waived"), "an expired waiver waives nothing");
        JsonNode own = docs.get(1).get("findings");
        assertEquals("waiver/error@7 waiver/error@12 waiver/warning@15", own.get(0).get("rule").asText() + "/"
                + own.get(0).get("severity").asText() + "@" + own.get(0).get("line").asInt() + " "
                + own.get(1).get("rule").asText() + "/" + own.get(1).get("severity").asText() + "@" + own.get(1).get("line").asInt() + " "
                + own.get(2).get("rule").asText() + "/" + own.get(2).get("severity").asText() + "@" + own.get(2).get("line").asInt());
        assertEquals(1, r.status(), "the expired and the unjustified waiver are errors");
    }

    @Test
    void aWaivedErrorDoesNotFailTheGate() throws Exception {
        Path plan = dir.resolve("plan.yaml");
        Files.copy(Path.of(SAMPLE), plan);
        Path waivers = dir.resolve("w.yaml");
        Files.writeString(waivers, "waivers:\n  - {rule: deadline, document: plan.yaml, justification: Anstånd, expires: 2099-01-01}\n");
        assertEquals(0, CliTest.run("check", "--waivers", waivers.toString(), plan.toString()).status());
        assertEquals(1, CliTest.run("check", plan.toString()).status());
    }

    @Test
    void customRulesAddToTheBuiltInOnesWithAnInlineMessage() throws Exception {
        Path rules = Files.createDirectories(dir.resolve("rules"));
        Files.writeString(rules.resolve("area.drl"), """
                package custom;
                import se.finsam.check.model.*;
                import se.finsam.check.findings.Finding;

                rule "area-named: a plan names its area"
                    @id("area-named") @severity("warning") @kinds("plan")
                    @message("Planen anger inget LOKUS-område.")
                when
                    $d : Document(area == null)
                then
                    insert(new Finding(drools.getRule(), $d.at("area")));
                end
                """);
        Path plan = dir.resolve("plan.yaml");
        Files.writeString(plan, "kind: plan\nedition: 2017\nreceived: 2016-08-01\n");
        CliTest.Run r = CliTest.run("check", "--rules", rules.toString(), plan.toString());
        assertTrue(r.out().contains("area-named                   Planen anger inget LOKUS-område."), r.out());
        assertTrue(CliTest.run("rules", "--rules", rules.toString()).out().contains("area-named"));
    }

    @Test
    void aRuleThatDoesNotCompileIsNamedWithFileAndLine() throws Exception {
        Path rules = Files.createDirectories(dir.resolve("bad"));
        Files.writeString(rules.resolve("broken.drl"), "package custom;\n\nrule \"x\"\nwhen\n    Nonsense(\nthen\nend\n");
        CliTest.Run r = CliTest.run("check", "--rules", rules.toString(), SAMPLE);
        assertEquals(2, r.status());
        assertTrue(r.err().matches("(?s)finsam-check: .*bad/broken\\.drl:\\d+: .*"), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace");
    }
}
