package se.finsam.check.year;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.finsam.check.CliTest;

/** check over plans and reports: the link in the formats, the year's summary, and exit statuses that count the links. */
class YearRunTest {

    private static final String HEBY_PLAN = "testdata/samples/plan-2017-heby.yaml";
    private static final String HEBY_REPORT = "testdata/samples/report-2017-heby.yaml";

    @TempDir
    Path dir;

    @Test
    void aFindingOfTheLinkCountsInTheExitStatus() throws Exception {
        Path first = dir.resolve("a-plan.yaml");
        Path second = dir.resolve("b-plan.yaml");
        Files.writeString(first, CliTest.CLEAN_PLAN);
        Files.writeString(second, CliTest.CLEAN_PLAN);
        assertEquals(0, CliTest.run("check", "--fail-on", "warning", first.toString()).status());
        assertEquals(0, CliTest.run("check", first.toString(), second.toString()).status());
        CliTest.Run both = CliTest.run("check", "--fail-on", "warning", first.toString(), second.toString());
        assertEquals(1, both.status(), both.out());
        assertTrue(both.out().contains("one-plan-per-area"), both.out());
    }

    @Test
    void theLinkAndTheSummaryAreInTheFormats() throws Exception {
        CliTest.Run text = CliTest.run("check", HEBY_REPORT, HEBY_PLAN);
        assertTrue(text.out().contains(HEBY_REPORT + " – slutrapport, Långsiktig samverkan – Heby  [komplettering behövs]\n  plan: "
                + HEBY_PLAN + "\n"), text.out());
        assertTrue(text.out().indexOf(HEBY_PLAN + " – verksamhetsplan") < text.out().indexOf(HEBY_REPORT + " – slutrapport"),
                "the report, held until its plan came, follows it");

        JsonNode json = new ObjectMapper().readTree(CliTest.run("check", "--format", "json", HEBY_PLAN, HEBY_REPORT).out());
        assertEquals(HEBY_PLAN, json.get("documents").get(1).get("plan").asText());
        JsonNode heby = json.get("year").get("plans").get(0);
        assertEquals("Heby", heby.get("area").asText());
        assertEquals(2.4, heby.get("posts").get("tillaggsresurs").get("heltid").asDouble(), 1e-9);
        assertEquals(1440000, heby.get("posts").get("tillaggsresurs").get("kronor").asLong());
        assertEquals(HEBY_REPORT, heby.get("reports").get(0).asText());
        assertEquals(1, json.get("year").get("totals").get(0).get("plansWithReport").asInt());

        JsonNode sarif = new ObjectMapper().readTree(CliTest.run("check", "--format", "sarif", HEBY_PLAN, HEBY_REPORT).out());
        JsonNode result = sarif.get("runs").get(0).get("results").findValues("relatedLocations").get(0);
        assertEquals(HEBY_PLAN, result.get(0).get("physicalLocation").get("artifactLocation").get("uri").asText());

        String junit = CliTest.run("check", "--format", "junit", HEBY_PLAN, HEBY_REPORT).out();
        assertTrue(junit.contains("<property name=\"plan\" value=\"" + HEBY_PLAN + "\""), junit);

        String html = CliTest.run("check", "--format", "html", HEBY_PLAN, HEBY_REPORT).out();
        assertTrue(html.contains("<p class=\"plan\">plan: " + HEBY_PLAN + "</p>"), html);
        assertTrue(html.contains("<section id=\"year\"><h2>Året i sammandrag</h2>"), html);
        assertTrue(html.contains("<td>2,4 heltid, 1\u00a0440\u00a0000 kr</td>"), html);

        String letters = CliTest.run("check", "--format", "letter", HEBY_PLAN, HEBY_REPORT).out();
        assertTrue(letters.contains("jämförd med er plan för året (plan-2017-heby.yaml)"), letters);
    }

    /**
     * A plan whose posts give no cost (Älvkarleby's export lost its cost column) is summed without them, and the
     * summary says so: never "0 kr" as if the posts cost nothing, nor a total too low without a word.
     */
    @Test
    void postsWithoutACostAreNamedInTheSummary() {
        String html = CliTest.run("check", "--format", "html", "testdata/samples/plan-2017-alvkarleby.yaml",
                HEBY_PLAN).out();
        assertTrue(html.contains("heltid, 0 kr + en tjänst utan kostnad</td>"), html);
        assertTrue(!html.contains("heltid, 0 kr</td>"), html);
    }
}
