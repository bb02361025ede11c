package se.finsam.check.read.form;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The position-based rebuilding shared by the PDF reader and OCR, on words placed by hand: cells from ruling lines
 * and from gaps that line up, text wrapped in a cell or a paragraph joined, blank lines kept, lines on the page.
 */
class PageLayoutTest {

    private static final double EM = 10;
    private static final double PITCH = 12.5;
    private final List<PageLayout.Word> words = new ArrayList<>();
    private final List<PageLayout.Rule> rules = new ArrayList<>();

    /** Words of a text at x on line n (from 0), each word 6 pt a letter and a space of 3 pt. */
    private void text(double x, int line, String text) {
        double top = 50 + line * PITCH;
        for (String w : text.split(" ")) {
            words.add(new PageLayout.Word(w, x, top, x + 6 * w.length(), top + EM, EM, false));
            x += 6 * w.length() + 3;
        }
    }

    private List<String> rows() {
        List<String> out = new ArrayList<>();
        for (PageLayout.Row r : PageLayout.rows(words, rules, 595)) {
            out.add(r.line() + (r.blankBefore() ? " blank " : " ") + String.join(" | ", r.cells()));
        }
        return out;
    }

    @Test
    void cellsFromRulingLinesWithTextWrappedInsideACell() {
        text(56, 0, "Datum: 2016-09-01");
        text(206, 0, "Underskrift: Asa");
        text(206, 1, "Johansson");
        text(56, 2, "Datum:");
        text(206, 2, "Underskrift:");
        for (double x : new double[] {50, 200, 400}) {
            rules.add(PageLayout.Rule.of(x, 48, x, 48 + 3 * PITCH));
        }
        for (double y : new double[] {48, 48 + 2 * PITCH, 48 + 3 * PITCH}) {
            rules.add(PageLayout.Rule.of(50, y, 400, y));
        }
        assertEquals(List.of("1 Datum: 2016-09-01 | Underskrift: Asa Johansson", "3 Datum: | Underskrift:"), rows());
    }

    @Test
    void cellsFromGapsThatLineUpAndAWrappedParagraph() {
        text(56, 0, "Resurser: Samverkanskoordinator");
        text(300, 0, "Kostnader:");
        text(56, 1, "Tilläggsresurs 100%");
        text(300, 1, "600000");
        // a paragraph after a blank line, wrapped at the margin (the next word would not have fitted), then another
        text(56, 3, "Vilka mål har LOKUS-gruppen för arbetet under året och hur ska de mätas och följas av");
        text(56, 4, "gruppen?");
        text(56, 5, "Inga.");
        assertEquals(List.of("1 Resurser: Samverkanskoordinator | Kostnader:", "2 Tilläggsresurs 100% | 600000",
                "3 blank Vilka mål har LOKUS-gruppen för arbetet under året och hur ska de mätas och följas av gruppen?",
                "5 Inga."), rows()); // lines of text are counted, a blank line is none
    }

    /**
     * A borderless table with a narrow column: a word broken at the cell's edge is joined without a space (the
     * fragment alone on its line fills the column, its rest goes on with a small letter), a name wrapped whole keeps
     * its space, and a line repeating the row's label "Datum:" starts a new row although its text would not have
     * fitted beside the label above (a wrap, were it not for the label).
     */
    @Test
    void aWordBrokenInANarrowCellIsJoinedAndARepeatedLabelStartsARow() {
        text(56, 0, "Datum:");
        text(140, 0, "Arbetsförmedl");
        text(230, 0, "Datum: 2016");
        text(140, 1, "ingen");
        text(56, 2, "Datum:");
        text(140, 2, "Region");
        text(230, 2, "Datum:");
        text(140, 3, "Uppsala");
        assertEquals(List.of("1 Datum: | Arbetsförmedlingen | Datum: 2016", "3 Datum: | Region Uppsala | Datum:"), rows());
    }
}
