package se.finsam.check.findings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.finsam.check.model.BudgetLine;
import se.finsam.check.model.Document;
import se.finsam.check.model.Place;
import se.finsam.check.model.Position;

/**
 * An error resting on a line recognised by OCR, or on a row of a PDF table guessed from its gaps, is a warning; one on
 * a plain line of a page, or in a file, stays.
 */
class UnsureReadingsTest {

    private static Finding error(Place place) {
        return new Finding("required-answers", Severity.ERROR, "required-answers.missing",
                new Position("/answers/x", 12, 1, place), List.of("Fråga"));
    }

    @Test
    void onlyAnErrorOnAnUnsureReadingIsLowered() {
        List<Finding> lowered = UnsureReadings.lower(List.of(
                error(Place.pageLine(2, 7, true)), error(Place.pageLine(2, 7, false)), error(null),
                new Finding("x", Severity.INFO, "x.y", new Position("", 1, 1, Place.pageLine(1, 1, true)), List.of()),
                error(Place.pageLine(3, 1, false, true))), new Document("plan.pdf"));
        assertEquals(List.of(Severity.WARNING, Severity.ERROR, Severity.ERROR, Severity.INFO, Severity.WARNING),
                lowered.stream().map(Finding::severity).toList());
        assertEquals(List.of("Fråga"), lowered.get(0).args());
        assertEquals("required-answers.missing", lowered.get(0).messageKey());
    }

    /**
     * A total on a plain line of a budget whose other lines were guessed from a table without lines rests on them: it
     * is lowered and its place says so; an error outside that list (an answer) stays.
     */
    @Test
    void anErrorOnAPlainLineOfAListReadPartlyFromGuessedRowsIsLowered() {
        Document doc = new Document("plan.pdf");
        BudgetLine guessed = new BudgetLine();
        guessed.setPosition(new Position("/budget/0/lines/0", 30, 1, Place.pageLine(4, 2, false, true)));
        BudgetLine total = new BudgetLine();
        total.setPosition(new Position("/budget/1/lines/0", 40, 1, Place.pageLine(4, 9, false)));
        doc.getBudget().addAll(List.of(guessed, total));
        Finding sum = new Finding("budget-sums", Severity.ERROR, "budget-sums.wrong",
                new Position("/budget/1/lines/0/amount", 40, 1, Place.pageLine(4, 9, false)), List.of("Totalt", 5, 4));
        List<Finding> lowered = UnsureReadings.lower(List.of(sum, error(Place.pageLine(2, 7, false))), doc);
        assertEquals(List.of(Severity.WARNING, Severity.ERROR), lowered.stream().map(Finding::severity).toList());
        assertEquals(Place.pageLine(4, 9, false).derivedFromUnsure(), lowered.get(0).position().place());
        assertEquals("sida 4, rad 9, räknat ur rader i PDF-filen som lästs osäkert (en tabell utan linjer eller en skannad"
                + " sida) – kontrollera i originalet", se.finsam.check.output.FieldNames.where("plan.pdf",
                lowered.get(0).position(), Messages.forLanguage("sv")).replaceFirst("^[^(]*\\((.*)\\)$", "$1"));
    }
}
