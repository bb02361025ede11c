package se.finsam.check.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.finsam.check.findings.DocumentResult;
import se.finsam.check.findings.Finding;
import se.finsam.check.findings.Messages;
import se.finsam.check.findings.Severity;
import se.finsam.check.model.Kind;
import se.finsam.check.model.Place;
import se.finsam.check.model.Position;

/**
 * A letter to a group points into their form by its own words, and leaves out how kansliet's copy was read: "läst
 * med OCR – kontrollera i originalet" speaks to kansliet, and would only puzzle the group, who have the original.
 */
class LetterPlaceTest {

    @Test
    void aLetterGivesAScannedPlaceWithoutTheNoteForKansliet() {
        Messages m = Messages.forLanguage("sv");
        Position scanned = new Position("/resources/0/goal", 12, 1, Place.pageLine(3, 13, true));
        Position guessed = new Position("/resources/1/goal", 14, 1, Place.pageLine(3, 21, false, true));
        DocumentResult r = new DocumentResult("Knivsta VP 2017.pdf", Kind.PLAN, "Knivsta", List.of(
                new Finding("measurable-result-goal", Severity.ERROR, "measurable-result-goal.missing", scanned, List.of("50 %")),
                new Finding("measurable-result-goal", Severity.WARNING, "measurable-result-goal.missing", guessed, List.of("100 %"))),
                null, DocumentResult.Status.CHECKED, null, null);
        String letter = LetterFormat.text(r, m, Office.DEFAULT, LocalDate.of(2026, 12, 2));
        List<String> where = letter.lines().filter(l -> l.contains("Var i blanketten")).map(String::strip).toList();
        assertEquals(List.of("Var i blanketten: resurstabellen, nr 1, mål (sida 3, rad 13)",
                "Var i blanketten: resurstabellen, nr 2, mål (sida 3, rad 21)"), where, letter);
        // kansliet's own view of the same finding still says how it was read
        assertTrue(FieldNames.where(r.source(), scanned, m).endsWith("läst med OCR ur en skannad sida – kontrollera i originalet)"));
    }
}
