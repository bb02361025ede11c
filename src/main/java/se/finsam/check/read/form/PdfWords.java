package se.finsam.check.read.form;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorN;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorSpace;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceCMYKColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceGrayColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceRGBColor;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The words of a PDF page with their boxes, from PDFBox's text positions: the glyphs in the order drawn, a word
 * ending at a space, a gap, or a jump to another line. PDFBox's own text output is not used – it loses the cells.
 * And whether a word is drawn in grey, as a template's guidance is ({@link Placeholders#isGrey}).
 */
final class PdfWords extends PDFTextStripper {

    /** A gap wider than this part of an em between glyphs separates words (writers often draw no space glyph). */
    private static final double WORD_GAP = 0.15;

    /** The glyphs of each page (by its number from 1), in the order drawn. */
    private final Map<Integer, List<TextPosition>> pages = new HashMap<>();
    /** How many of each page's glyphs are drawn invisibly (text rendering mode 3 or 7). */
    private final Map<Integer, Integer> invisible = new HashMap<>();
    /** The glyphs drawn visibly in grey. */
    private final Set<TextPosition> grey = Collections.newSetFromMap(new IdentityHashMap<>());
    private List<TextPosition> current;
    /** The fill colour last seen and whether it is grey: a page sets its colour seldom, it draws many glyphs. */
    private PDColor colour;
    private boolean colourGrey;

    private PdfWords() throws IOException {
        setSortByPosition(false);
        // the text stripper leaves the fill colour unset (every glyph black) unless it runs these operators
        addOperator(new SetNonStrokingColorSpace(this));
        addOperator(new SetNonStrokingColor(this));
        addOperator(new SetNonStrokingColorN(this));
        addOperator(new SetNonStrokingDeviceGrayColor(this));
        addOperator(new SetNonStrokingDeviceRGBColor(this));
        addOperator(new SetNonStrokingDeviceCMYKColor(this));
    }

    /** The glyphs of every page, in one pass over the document. */
    static PdfWords of(PDDocument doc) throws IOException {
        PdfWords words = new PdfWords();
        words.getText(doc);
        return words;
    }

    @Override
    protected void startPage(PDPage page) {
        current = pages.computeIfAbsent(getCurrentPageNo(), k -> new ArrayList<>());
    }

    @Override
    protected void processTextPosition(TextPosition text) {
        current.add(text);
        RenderingMode mode = getGraphicsState().getTextState().getRenderingMode();
        if (!mode.isFill() && !mode.isStroke()) {
            invisible.merge(getCurrentPageNo(), 1, Integer::sum);
        } else if (mode.isFill() && isGrey(getGraphicsState().getNonStrokingColor())) {
            grey.add(text);
        }
    }

    private boolean isGrey(PDColor fill) {
        if (fill != colour) {
            colour = fill;
            try {
                colourGrey = fill != null && Placeholders.isGrey(fill.toRGB());
            } catch (IOException | RuntimeException e) {
                colourGrey = false; // a pattern or a colour space PDFBox cannot turn into RGB: read as no grey
            }
        }
        return colourGrey;
    }

    /**
     * Whether most of a page's glyphs are invisible: the text layer a scanner's OCR lays over the page's image (a
     * "searchable" scan), recognised text rather than text the writer typed.
     */
    boolean mostlyInvisible(int page) {
        List<TextPosition> glyphs = glyphs(page);
        return !glyphs.isEmpty() && 2 * invisible.getOrDefault(page + 1, 0) > glyphs.size();
    }

    /**
     * The words of a page (counted from 0), in the direction most of its text runs: a line turned up the margin (a
     * template's reference, a "Dnr" stamp) is no line of the form, and its letters would land amid the form's.
     * Glyphs struck through are deleted text, left out, and the rest of their line is read as if moved up to where
     * they began: the room a deleted word leaves is no gap between a table's columns. Notes' marks and the notes
     * themselves are left out too.
     */
    List<PageLayout.Word> words(int page, Strikes strikes, Notes notes) {
        List<PageLayout.Word> words = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        Glyph first = null;
        Glyph last = null;
        boolean allGrey = true;
        float direction = direction(glyphs(page));
        TextPosition previous = null;
        double shift = 0;
        double struckFrom = Double.NaN;
        for (TextPosition g : glyphs(page)) {
            if (g.getDir() != direction || notes.leftOut(g)) {
                continue;
            }
            if (previous == null || elsewhere(previous, g)) {
                // another line, or another cell on the same line: nothing deleted before it on its own
                shift = 0;
                struckFrom = Double.NaN;
            }
            previous = g;
            if (strikes.struck(g)) {
                struckFrom = Double.isNaN(struckFrom) ? g.getXDirAdj() - shift : struckFrom;
                continue;
            }
            if (!Double.isNaN(struckFrom)) {
                shift = g.getXDirAdj() - struckFrom;
                struckFrom = Double.NaN;
            }
            Glyph at = new Glyph(g, g.getXDirAdj() - shift);
            String u = shown(g.getUnicode());
            boolean space = u.isBlank();
            if (last != null && (space || startsWord(last, at))) {
                words.add(word(text.toString(), first, last, allGrey));
                text.setLength(0);
                first = null;
                last = null;
                allGrey = true;
            }
            if (!space) {
                first = first == null ? at : first;
                last = at;
                text.append(u);
                allGrey &= grey.contains(g);
            }
        }
        if (last != null) {
            words.add(word(text.toString(), first, last, allGrey));
        }
        return words;
    }

    /** Whether a glyph drawn after another is elsewhere than straight after it: on another line or past a gap. */
    private static boolean elsewhere(TextPosition before, TextPosition g) {
        double em = em(before);
        double gap = g.getXDirAdj() - (before.getXDirAdj() + before.getWidthDirAdj());
        return Math.abs(g.getYDirAdj() - before.getYDirAdj()) > 0.3 * em || gap > 1.5 * em || gap < -em;
    }

    /** A glyph and where it is read across its line: where it is drawn, less the room of deleted text before it. */
    private record Glyph(TextPosition g, double x) {
        double right() {
            return x + g.getWidthDirAdj();
        }
    }

    /**
     * A glyph's text as a text export has it. Word draws "fi" and "fl" as ligature glyphs, a space within a number
     * as a non-breaking one, and Symbol's bullet as a character of the private use area. (A word broken at its
     * optional hyphen ends in a soft hyphen, kept here: {@link PdfForm} joins the word's halves.)
     */
    static String shown(String u) {
        if (u == null) {
            return " ";
        }
        StringBuilder b = new StringBuilder(u.length());
        for (char c : u.toCharArray()) {
            switch (c) {
                case '\u00A0', '\u202F', '\u2007' -> b.append(' ');
                case '\uF0B7' -> b.append('•');
                case '\uF0A7' -> b.append('▪');
                default -> b.append(c >= '\uFB00' && c <= '\uFB06' ? Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC)
                        : String.valueOf(c));
            }
        }
        return b.toString();
    }

    /**
     * The direction (0, 90, 180 or 270 degrees) most of a page's glyphs run in, as PDFBox gives it: with the page's
     * /Rotate added, so 0 where they run across as the page is shown.
     */
    float direction(int page) {
        return direction(glyphs(page));
    }

    /** The direction (0, 90, 180 or 270 degrees) most of the glyphs run in. */
    private static float direction(List<TextPosition> glyphs) {
        Map<Float, Integer> counts = new HashMap<>();
        glyphs.forEach(g -> counts.merge(g.getDir(), 1, Integer::sum));
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(0f);
    }

    /** The number of glyphs that are not spaces on a page. */
    int glyphCount(int page) {
        return (int) glyphs(page).stream().filter(g -> g.getUnicode() != null && !g.getUnicode().isBlank()).count();
    }

    private List<TextPosition> glyphs(int page) {
        return pages.getOrDefault(page + 1, List.of());
    }

    private static boolean startsWord(Glyph last, Glyph g) {
        double em = em(last.g());
        double gap = g.x() - last.right();
        return Math.abs(g.g().getYDirAdj() - last.g().getYDirAdj()) > 0.3 * em || gap > WORD_GAP * em || gap < -em;
    }

    /** A word's box: from its first glyph's left to its last's right, a line of type's height around the baseline. */
    private static PageLayout.Word word(String text, Glyph first, Glyph last, boolean grey) {
        double em = em(first.g());
        double baseline = first.g().getYDirAdj();
        return new PageLayout.Word(text, first.x(), baseline - 0.75 * em, last.right(), baseline + 0.25 * em, em, grey);
    }

    /** A page's glyphs (counted from 0) that run in its main direction, as {@link #words} reads them. */
    List<TextPosition> glyphsAcross(int page) {
        float direction = direction(glyphs(page));
        return glyphs(page).stream().filter(g -> g.getDir() == direction).toList();
    }

    static double em(TextPosition g) {
        double size = g.getFontSizeInPt();
        return size > 0 ? size : Math.max(1, g.getHeightDir() * 1.4);
    }
}
