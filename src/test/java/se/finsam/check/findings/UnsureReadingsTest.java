package se.finsam.check.findings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
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
                error(Place.pageLine(3, 1, false, true))));
        assertEquals(List.of(Severity.WARNING, Severity.ERROR, Severity.ERROR, Severity.INFO, Severity.WARNING),
                lowered.stream().map(Finding::severity).toList());
        assertEquals(List.of("Fråga"), lowered.get(0).args());
        assertEquals("required-answers.missing", lowered.get(0).messageKey());
    }
}
