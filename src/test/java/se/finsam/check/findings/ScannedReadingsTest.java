package se.finsam.check.findings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.finsam.check.model.Place;
import se.finsam.check.model.Position;

/** An error resting on a line recognised by OCR is a warning; one on a page with a text layer, or in a file, stays. */
class ScannedReadingsTest {

    private static Finding error(Place place) {
        return new Finding("required-answers", Severity.ERROR, "required-answers.missing",
                new Position("/answers/x", 12, 1, place), List.of("Fråga"));
    }

    @Test
    void onlyAnErrorOnAScannedPageIsLowered() {
        List<Finding> lowered = ScannedReadings.lower(List.of(
                error(Place.pageLine(2, 7, true)), error(Place.pageLine(2, 7, false)), error(null),
                new Finding("x", Severity.INFO, "x.y", new Position("", 1, 1, Place.pageLine(1, 1, true)), List.of())));
        assertEquals(List.of(Severity.WARNING, Severity.ERROR, Severity.ERROR, Severity.INFO),
                lowered.stream().map(Finding::severity).toList());
        assertEquals(List.of("Fråga"), lowered.get(0).args());
        assertEquals("required-answers.missing", lowered.get(0).messageKey());
    }
}
