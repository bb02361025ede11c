package se.finsam.check.year;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.finsam.check.CheckRun;
import se.finsam.check.Checker;
import se.finsam.check.TestEngine;
import se.finsam.check.findings.DocumentResult;
import se.finsam.check.findings.Finding;
import se.finsam.check.model.Document;
import se.finsam.check.read.DocumentLoader;
import se.finsam.check.read.InputFiles.Input;

/** Reports linked with the plans of their areas by key, held back only while their plan may still come. */
class LinksTest {

    private static final String SAMPLES = "testdata/samples/";

    @TempDir
    Path dir;

    private static Document sample(String name) throws Exception {
        return new DocumentLoader().load(Path.of(SAMPLES + name), SAMPLES + name);
    }

    private static Map<String, DocumentResult> bySource(List<DocumentResult> results) {
        Map<String, DocumentResult> map = new LinkedHashMap<>();
        results.forEach(r -> map.put(r.source(), r));
        return map;
    }

    private static List<String> rules(DocumentResult r, String... ids) {
        List<String> wanted = List.of(ids);
        return r.findings().stream().map(Finding::rule).filter(wanted::contains).toList();
    }

    @Test
    void theSamplesOf2017AreLinkedByTheAreaTheirInitiativeNames() throws Exception {
        List<Document> docs = new ArrayList<>();
        for (String n : List.of("plan-2017-alvkarleby.yaml", "plan-2017-heby.yaml", "plan-2017-knivsta.yaml",
                "plan-2017-uppsala.yaml", "report-2017-enkoping-habo.yaml", "report-2017-heby.yaml",
                "report-2017-knivsta.yaml", "report-2017-tierp.yaml", "report-2017-uppsala.yaml")) {
            docs.add(sample(n));
        }
        Map<String, DocumentResult> out = bySource(Links.check(TestEngine.checker(), docs));
        assertEquals(9, out.size(), "every document comes out, once");
        assertEquals(SAMPLES + "plan-2017-heby.yaml", out.get(SAMPLES + "report-2017-heby.yaml").plan());
        assertEquals(SAMPLES + "plan-2017-knivsta.yaml", out.get(SAMPLES + "report-2017-knivsta.yaml").plan());
        assertEquals(SAMPLES + "plan-2017-uppsala.yaml", out.get(SAMPLES + "report-2017-uppsala.yaml").plan());
        for (String alone : List.of("report-2017-enkoping-habo.yaml", "report-2017-tierp.yaml")) {
            assertNull(out.get(SAMPLES + alone).plan(), alone);
            assertEquals(List.of("plan-in-run"), rules(out.get(SAMPLES + alone), "plan-in-run"), alone);
        }
        // Heby's report tells of a vacant 40 % tilläggsresurs and a return without an amount
        Finding heby = out.get(SAMPLES + "report-2017-heby.yaml").findings().stream()
                .filter(f -> f.rule().equals("vacancy-return-amount")).findFirst().orElseThrow();
        assertEquals("vacancy-return-amount.noAmount", heby.messageKey());
        assertEquals(List.of("Tilläggsresurs 50%", 300000L, 40.0, 50.0, 240000L), heby.args().subList(1, 6));
        out.values().forEach(r -> assertNull(r.record(), r.source() + " passes on without its record"));
    }

    @Test
    void aReportBeforeItsPlanWaitsAndFollowsThePlan() throws Exception {
        Checker checker = TestEngine.checker();
        List<DocumentResult> out = new ArrayList<>();
        Links links = new Links(checker, out::add);
        links.accept(checker.check(sample("report-2017-heby.yaml")));
        assertEquals(List.of(), out, "held until its plan comes");
        links.accept(checker.check(sample("plan-2017-knivsta.yaml")));
        links.accept(checker.check(sample("plan-2017-heby.yaml")));
        assertEquals(List.of(SAMPLES + "plan-2017-knivsta.yaml", SAMPLES + "plan-2017-heby.yaml",
                SAMPLES + "report-2017-heby.yaml"), out.stream().map(DocumentResult::source).toList());
        assertEquals(SAMPLES + "plan-2017-heby.yaml", out.get(2).plan());
        links.finish();
        assertEquals(3, out.size());
        assertEquals(1, links.mostHeld());
    }

    @Test
    void theSummaryCountsThePlansPostsByKind() throws Exception {
        Checker checker = TestEngine.checker();
        List<DocumentResult> out = new ArrayList<>();
        Links links = new Links(checker, out::add);
        for (String n : List.of("plan-2017-heby.yaml", "plan-2017-uppsala.yaml", "report-2017-heby.yaml", "report-2017-tierp.yaml")) {
            links.accept(checker.check(sample(n)));
        }
        links.finish();
        YearSummary s = links.summary();
        assertEquals(List.of("samverkanskoordinator", "tillaggsresurs", "other"), s.kinds());
        YearSummary.Area heby = s.areas().get(0);
        assertEquals("Heby", heby.area());
        assertEquals(new YearSummary.Amount(1.0, 600000), heby.byKind().get("samverkanskoordinator"));
        assertEquals(new YearSummary.Amount(2.4, 1440000), heby.byKind().get("tillaggsresurs"));
        assertEquals(List.of(SAMPLES + "report-2017-heby.yaml"), heby.reports());
        assertEquals(1, heby.returnsWithoutAmount());
        YearSummary.Area uppsala = s.areas().get(1);
        assertEquals(new YearSummary.Amount(0.3, 180000), uppsala.byKind().get("other"), "30 % ledning");
        assertEquals(List.of(), uppsala.reports());
        YearSummary.Total total = s.totals().get(0);
        assertEquals(2017, total.edition());
        assertEquals(3.5, total.byKind().get("samverkanskoordinator").heltid(), 1e-9);
        assertEquals(2, total.plans());
        assertEquals(1, total.plansWithReport());
        assertEquals(List.of(SAMPLES + "report-2017-tierp.yaml"), s.alone().stream().map(YearSummary.Alone::report).toList());
        assertEquals(150000, s.alone().get(0).returned());
    }

    /**
     * An archive of many plans and their reports: what the run keeps is one record per plan, and a report whose plan
     * came before it is not held back – so memory grows with the plans' small records, never with documents.
     */
    @Test
    void anArchiveKeepsOneSmallRecordPerPlanAndHoldsNoReportWhosePlanCameFirst() throws Exception {
        int plans = 1500;
        StringBuilder archive = new StringBuilder();
        for (int i = 0; i < plans; i++) {
            archive.append("{\"kind\":\"plan\",\"edition\":2017,\"area\":\"Område ").append(i)
                    .append("\",\"resources\":[{\"resource\":\"Tilläggsresurs 50%\",\"percent\":50,\"cost\":300000}]}\n");
        }
        for (int i = 0; i < plans; i++) {
            archive.append("{\"kind\":\"report\",\"edition\":2017,\"initiative\":\"Långsiktig samverkan Område ").append(i)
                    .append("\",\"vacancies\":[{\"role\":\"Tilläggsresurs\",\"percent\":50}],")
                    .append("\"returns\":[{\"amount\":300000,\"statement\":\"300 000 kr återförs.\"}]}\n");
        }
        Path file = dir.resolve("archive.jsonl");
        Files.writeString(file, archive);
        Checker checker = TestEngine.checker();
        long[] linked = new long[1];
        long[] passed = new long[1];
        Links links = new Links(checker, r -> {
            passed[0]++;
            linked[0] += r.plan() != null ? 1 : 0;
            assertNull(r.record());
        });
        new CheckRun(checker, 2).run(List.of(new Input(file, "archive.jsonl")), links);
        links.finish();
        assertEquals(2L * plans, passed[0]);
        assertEquals(plans, linked[0], "each report linked with its own plan");
        assertEquals(plans, links.plansKept(), "one record per plan");
        assertEquals(0, links.mostHeld(), "no report waited: its plan came first");
        assertEquals(plans, links.summary().areas().size());
        assertTrue(links.summary().alone().isEmpty());
    }
}
