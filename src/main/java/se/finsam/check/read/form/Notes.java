package se.finsam.check.read.form;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.text.TextPosition;

/**
 * The notes of a PDF page, which are not read: a note's mark – a small raised number ("600 000¹", "insatsen?ⁱ") – is
 * no part of the text it follows (read, it would make the amount 600 0001), and the footnotes or endnotes below the
 * short line Word and LibreOffice draw above them are no answers of the form (a .docx's notes are not read either).
 * A mark is one to three digits (or i, v, x: endnotes count so) at most four fifths the size of the text beside it
 * and raised by a fifth of its em. The notes begin at a horizontal line shorter than half the text's width that
 * starts at the text's left edge, meets no vertical line (no table's border), is not under or through text, and
 * has below it a line that opens with a note's number – raised (Word), or digits as a word of their own
 * (LibreOffice: "1 Beräknat …"); LibreOffice's endnotes, which have no line above, where lines open with "i" and
 * then "ii". Coordinates are those of the page's text.
 */
final class Notes {

    /** A mark is at most this part of the size of the text beside it. */
    private static final double SMALLER = 0.8;
    /** And its baseline at least this part of that text's em above the text's. */
    private static final double RAISED = 0.2;
    /** A mark is at most this many glyphs. */
    private static final int LONGEST = 3;

    private final Set<TextPosition> marks = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<PageLayout.Rule> separators = Collections.newSetFromMap(new IdentityHashMap<>());
    /** The baseline below which the page's notes stand; infinity when it has none. */
    private double from = Double.POSITIVE_INFINITY;

    /** No notes: for text that is not drawn (a scanner's invisible layer). */
    Notes() {
    }

    /**
     * The rules of a page (those through or under text left out) and its glyphs in the order drawn, in the frame its
     * text runs in.
     */
    Notes(List<PageLayout.Rule> rules, List<TextPosition> glyphs) {
        marks(glyphs);
        endnotes(glyphs);
        footnotes(rules, glyphs);
    }

    /** The marks beside the text they follow (or open: a note's own number). */
    private void marks(List<TextPosition> glyphs) {
        for (int i = 0; i < glyphs.size(); i++) {
            int end = markEnd(glyphs, i);
            if (end == i) {
                continue;
            }
            TextPosition first = glyphs.get(i);
            TextPosition before = i > 0 ? glyphs.get(i - 1) : null;
            TextPosition after = end < glyphs.size() ? glyphs.get(end) : null;
            TextPosition last = glyphs.get(end - 1);
            if (before != null && isMarkBeside(first, before, before.getXDirAdj() + before.getWidthDirAdj(), first.getXDirAdj())
                    || after != null && isMarkBeside(first, after, last.getXDirAdj() + last.getWidthDirAdj(), after.getXDirAdj())) {
                marks.addAll(glyphs.subList(i, end));
            }
            i = end - 1;
        }
    }

    /** Footnotes (and Word's endnotes): below a short line at the left edge, over a line opening with a number. */
    private void footnotes(List<PageLayout.Rule> rules, List<TextPosition> glyphs) {
        double left = glyphs.stream().mapToDouble(TextPosition::getXDirAdj).min().orElse(0);
        double right = glyphs.stream().mapToDouble(g -> g.getXDirAdj() + g.getWidthDirAdj()).max().orElse(0);
        for (PageLayout.Rule r : rules) {
            if (r.horizontal() && r.x1() - r.x0() < (right - left) / 2 && Math.abs(r.x0() - left) < 12
                    && rules.stream().noneMatch(v -> v.vertical() && touches(v, r)) && opensANote(lineBelow(r, glyphs))) {
                separators.add(r);
                from = Math.min(from, (r.y0() + r.y1()) / 2);
            }
        }
    }

    /**
     * Endnotes as LibreOffice sets them, on a page of their own without a line above: lines that open with "i",
     * then "ii", as words of their own at one left edge – no Swedish text opens two lines so ("i" alone is a word).
     */
    private void endnotes(List<TextPosition> glyphs) {
        TextPosition first = null;
        for (int i = 0; i < glyphs.size(); i++) {
            TextPosition g = glyphs.get(i);
            boolean opensLine = i == 0 || Math.abs(glyphs.get(i - 1).getYDirAdj() - g.getYDirAdj()) > 0.3 * PdfWords.em(g);
            int end = markEnd(glyphs, i);
            if (!opensLine || end == i || end >= glyphs.size() || !glyphs.get(end).getUnicode().isBlank()) {
                continue;
            }
            String number = glyphs.subList(i, end).stream().map(TextPosition::getUnicode).reduce("", String::concat);
            if (number.equals("i")) {
                first = first == null ? g : first;
            } else if (number.equals("ii") && first != null && Math.abs(g.getXDirAdj() - first.getXDirAdj()) < 2
                    && g.getYDirAdj() > first.getYDirAdj()) {
                from = Math.min(from, first.getYDirAdj() - PdfWords.em(first));
            }
            i = end - 1;
        }
    }

    private static boolean touches(PageLayout.Rule vertical, PageLayout.Rule horizontal) {
        double x = (vertical.x0() + vertical.x1()) / 2;
        return (Math.abs(x - horizontal.x0()) < 2 || Math.abs(x - horizontal.x1()) < 2)
                && vertical.y0() <= horizontal.y1() + 2 && vertical.y1() >= horizontal.y0() - 2;
    }

    /** The glyphs of the first line of text below a line, at most three ems below it, left to right. */
    private static List<TextPosition> lineBelow(PageLayout.Rule r, List<TextPosition> glyphs) {
        double y = (r.y0() + r.y1()) / 2;
        double top = Double.POSITIVE_INFINITY;
        for (TextPosition g : glyphs) {
            if (g.getYDirAdj() > y && g.getYDirAdj() < y + 3 * PdfWords.em(g) && g.getXDirAdj() >= r.x0() - 12) {
                top = Math.min(top, g.getYDirAdj());
            }
        }
        double first = top;
        // a raised mark sits up to a third of an em above its line's baseline: the line is the glyphs down to there
        return glyphs.stream().filter(g -> g.getYDirAdj() >= first && g.getYDirAdj() <= first + 0.6 * PdfWords.em(g))
                .sorted(java.util.Comparator.comparingDouble(TextPosition::getXDirAdj)).toList();
    }

    /** Whether a line opens with a note's number: raised against the text after it, or a word of its own. */
    private static boolean opensANote(List<TextPosition> line) {
        int end = markEnd(line, 0);
        if (end == 0 || end >= line.size()) {
            return false;
        }
        TextPosition last = line.get(end - 1);
        TextPosition next = line.get(end);
        double gap = next.getXDirAdj() - (last.getXDirAdj() + last.getWidthDirAdj());
        if (isMarkBeside(line.get(0), next, last.getXDirAdj() + last.getWidthDirAdj(), next.getXDirAdj())) {
            return true;
        }
        // a number as a word of its own – digits only: "i" and "x" are words of their own in Swedish
        boolean digits = line.subList(0, end).stream().allMatch(g -> Character.isDigit(g.getUnicode().charAt(0)));
        return digits && (next.getUnicode() != null && next.getUnicode().isBlank() || gap > 0.15 * PdfWords.em(next));
    }

    /** The end of the run of mark glyphs (digits or i, v, x, one after the other) from i: i when none starts there. */
    private static int markEnd(List<TextPosition> glyphs, int i) {
        int end = i;
        while (end < glyphs.size() && end - i < LONGEST + 1 && isMarkChar(glyphs.get(end))
                && (end == i || PdfWords.em(glyphs.get(end)) == PdfWords.em(glyphs.get(i))
                        && Math.abs(glyphs.get(end).getYDirAdj() - glyphs.get(i).getYDirAdj()) < 0.1)) {
            end++;
        }
        return end - i > LONGEST ? i : end;
    }

    private static boolean isMarkChar(TextPosition g) {
        String u = g.getUnicode();
        return u != null && u.length() == 1 && (Character.isDigit(u.charAt(0)) || "ivx".indexOf(u.charAt(0)) >= 0);
    }

    /** Whether a glyph, smaller and raised, is a mark against text beside it: touching it, from gap's one side to the other. */
    private static boolean isMarkBeside(TextPosition mark, TextPosition text, double gapFrom, double gapTo) {
        double em = PdfWords.em(text);
        double gap = gapTo - gapFrom;
        return PdfWords.em(mark) <= SMALLER * em && text.getYDirAdj() - mark.getYDirAdj() >= RAISED * em
                && gap > -0.2 * em && gap < 0.5 * em;
    }

    /** Whether a glyph is not read: a note's mark, or in the page's notes. */
    boolean leftOut(TextPosition g) {
        return g.getYDirAdj() > from || marks.contains(g);
    }

    /** The page's rules without the lines above its notes: what is left may be a table's. */
    List<PageLayout.Rule> rulings(List<PageLayout.Rule> rules) {
        return separators.isEmpty() ? rules : rules.stream().filter(r -> !separators.contains(r)).toList();
    }
}
