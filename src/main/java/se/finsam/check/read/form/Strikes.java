package se.finsam.check.read.form;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.text.TextPosition;

/**
 * The lines a PDF page draws through and under its text. Text struck through is deleted – Word and LibreOffice
 * print a document's tracked changes so, the deletions struck through and the insertions underlined, and a form's
 * "stryk det som inte gäller" is answered by striking the option that does not apply – and is not read. A line
 * under text (an insertion, a link, an e-mail address, a typed emphasis) is no table's border. A horizontal line
 * is one or the other when glyphs cover most of its length at the same height against their baseline: through the
 * middle of their letters (a quarter to two thirds of an em above the baseline), or just under it (within a
 * quarter of an em). Coordinates are those of the page's text (its direction).
 */
final class Strikes {

    /** How much of a line's length its glyphs must cover for it to be theirs. */
    private static final double COVERED = 0.7;

    private final Set<TextPosition> struck = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<PageLayout.Rule> decoration = Collections.newSetFromMap(new IdentityHashMap<>());

    /** Nothing struck or underlined: for text that is not drawn (a scanner's invisible layer). */
    Strikes() {
    }

    /** The rules of a page and its glyphs, in the frame its text runs in. */
    Strikes(List<PageLayout.Rule> rules, List<TextPosition> glyphs) {
        List<TextPosition> byBaseline = new ArrayList<>(glyphs);
        byBaseline.sort(Comparator.comparingDouble(TextPosition::getYDirAdj));
        double largest = glyphs.stream().mapToDouble(PdfWords::em).max().orElse(0);
        for (PageLayout.Rule r : rules) {
            if (r.horizontal() && !byBaseline.isEmpty()) {
                classify(r, byBaseline, largest);
            }
        }
    }

    private void classify(PageLayout.Rule r, List<TextPosition> byBaseline, double largest) {
        double y = (r.y0() + r.y1()) / 2;
        double length = Math.max(r.x1() - r.x0(), 1);
        List<TextPosition> through = new ArrayList<>();
        double over = 0;
        double under = 0;
        // the glyphs whose baseline lies from a little above the line to two thirds of the largest em below it
        for (int i = firstFrom(byBaseline, y - 0.3 * largest); i < byBaseline.size(); i++) {
            TextPosition g = byBaseline.get(i);
            double baseline = g.getYDirAdj();
            if (baseline > y + 0.65 * largest) {
                break;
            }
            double centre = g.getXDirAdj() + g.getWidthDirAdj() / 2;
            if (centre < r.x0() || centre > r.x1()) {
                continue;
            }
            double above = (baseline - y) / PdfWords.em(g);
            if (above >= 0.2 && above <= 0.65) {
                through.add(g);
                over += g.getWidthDirAdj();
            } else if (above <= -0.02 && above >= -0.25) {
                under += g.getWidthDirAdj();
            }
        }
        if (over >= COVERED * length) {
            struck.addAll(through);
            decoration.add(r);
        } else if (under >= COVERED * length) {
            decoration.add(r);
        }
    }

    /** The index of the first glyph whose baseline is at least y. */
    private static int firstFrom(List<TextPosition> byBaseline, double y) {
        int lo = 0;
        int hi = byBaseline.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (byBaseline.get(mid).getYDirAdj() < y) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Whether a line strikes the glyph through: deleted text. */
    boolean struck(TextPosition g) {
        return struck.contains(g);
    }

    /** The page's rules without those through or under text: what is left may be a table's. */
    List<PageLayout.Rule> rulings(List<PageLayout.Rule> rules) {
        if (decoration.isEmpty()) {
            return rules;
        }
        return rules.stream().filter(r -> !decoration.contains(r)).toList();
    }
}
