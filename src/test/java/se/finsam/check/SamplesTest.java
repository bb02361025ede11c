package se.finsam.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import se.finsam.check.findings.DocumentResult;
import se.finsam.check.read.InputFiles;

/**
 * The sample forms, transcribed into testdata/samples, give exactly the findings a careful reader at kansliet
 * would note. Each expectation is rule/severity@line with the reason.
 */
class SamplesTest {

    private static final Map<String, List<String>> EXPECTED = new TreeMap<>(Map.of(
            "plan-2017-heby.yaml", List.of(
                    "deadline/error@5",                 // stamped 2016-09-26, deadline 2016-09-01
                    "dates-consistent/info@57",         // AF wrote "26/8": the year 2016 is assumed
                    "measurable-result-goal/warning@29", // "Besöka och informera om SKs funktion" has no quantity
                    "percent-of-full-time/warning@37"),  // "Tilläggsresurs 50+40%" is a sum
            "plan-2017-alvkarleby.yaml", List.of(
                    "deadline/error@44",                // AF signed 160923, after the deadline
                    "dates-consistent/info@40",         // the kommun wrote "22/9": the year 2016 is assumed
                    "schablon-cost/warning@27",         // no cost can be read for the 75 % post
                    "schablon-cost/warning@31"),        // nor for the 90 % post
            "plan-2017-knivsta.yaml", List.of(
                    "deadline/error@52",                // Region (LUU) signed 23/9 2016
                    "measurable-result-goal/error@34",  // 100 % tilläggsresurs has no result goal
                    "measurable-result-goal/warning@29", // "Uppfylld verksamhetsplan"
                    "effects-stated/warning@34",        // 100 % tilläggsresurs has no effects
                    "period-within-plan-year/warning@28", // 20170101-20181231 reaches into 2018
                    "period-within-plan-year/warning@35"),
            "plan-2017-uppsala.yaml", List.of(
                    "measurable-result-goal/error@45",  // "30 % ledning." has no result goal
                    "effects-stated/warning@45",        // nor effects
                    "schablon-cost/warning@41",         // the proposed 100 % extension states no cost
                    "period-within-plan-year/warning@27", // every period runs to 181231
                    "period-within-plan-year/warning@35",
                    "period-within-plan-year/warning@46",
                    "period-within-plan-year/warning@49"),
            "report-2017-heby.yaml", List.of(
                    "gender-perspective/error@21",      // the form has no gender answer
                    "required-answers/error@21"),       // nor "Har detta behov förändrats …?"
            "report-2017-enkoping-habo.yaml", List.of(
                    "four-parties-signed/error@51"),    // Arbetsförmedlingen (Carina Bergman) has not signed
            "report-2017-knivsta.yaml", List.of(
                    "gender-perspective/error@14",      // no gender answer
                    "dates-consistent/info@34"),        // Region wrote "Uppsala 22/12": the year 2017 is assumed
            "report-2017-tierp.yaml", List.of(
                    "required-answers/error@15",        // no "Har detta behov förändrats …?"
                    // RANDI GRAUNGAARD names no organisation; the three others are identified, so she signs for the
                    // one listed partner left, Tierps kommun – an inference kansliet is told of
                    "four-parties-signed/info@36"),
            "report-2017-uppsala.yaml", List.of(
                    "gender-perspective/error@14",      // no gender answer
                    "return-of-funds-for-vacancy/error@31"))); // posts left unfilled, money "förbrukat enligt planering"

    @Test
    void everySampleGivesTheFindingsAReaderWouldNote() {
        List<InputFiles.Input> inputs = InputFiles.expand(List.of("testdata/samples"));
        assertEquals(EXPECTED.keySet(), new java.util.TreeSet<>(inputs.stream()
                .map(i -> i.path().getFileName().toString()).toList()), "every sample has expectations");
        Checker checker = TestEngine.checker();
        for (InputFiles.Input input : inputs) {
            DocumentResult r = checker.check(input);
            assertTrue(r.isChecked(), input.source() + " must load");
            List<String> actual = r.findings().stream()
                    .map(f -> f.rule() + "/" + f.severity().id() + "@" + f.position().line()).sorted().toList();
            String name = Path.of(input.source()).getFileName().toString();
            assertEquals(EXPECTED.get(name).stream().sorted().toList(), actual, name);
        }
    }
}
