package se.finsam.check.read.form;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The words of a PDF page with their boxes, from PDFBox's text positions: the glyphs in the order drawn, a word
 * ending at a space, a gap, or a jump to another line. PDFBox's own text output is not used – it loses the cells.
 */
final class PdfWords extends PDFTextStripper {

    /** A gap wider than this part of an em between glyphs separates words (writers often draw no space glyph). */
    private static final double WORD_GAP = 0.15;

    private final List<TextPosition> glyphs = new ArrayList<>();

    PdfWords() throws IOException {
        setSortByPosition(false);
    }

    /** The words of a page (counted from 1). */
    List<PageLayout.Word> words(PDDocument doc, int page) throws IOException {
        glyphs.clear();
        setStartPage(page);
        setEndPage(page);
        getText(doc);
        List<PageLayout.Word> words = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        TextPosition first = null;
        TextPosition last = null;
        for (TextPosition g : glyphs) {
            String u = g.getUnicode();
            boolean space = u == null || u.isBlank();
            if (last != null && (space || startsWord(last, g))) {
                words.add(word(text.toString(), first, last));
                text.setLength(0);
                first = null;
                last = null;
            }
            if (!space) {
                first = first == null ? g : first;
                last = g;
                text.append(u);
            }
        }
        if (last != null) {
            words.add(word(text.toString(), first, last));
        }
        return words;
    }

    /** The number of glyphs that are not spaces on the page last read. */
    int glyphs() {
        return (int) glyphs.stream().filter(g -> g.getUnicode() != null && !g.getUnicode().isBlank()).count();
    }

    @Override
    protected void processTextPosition(TextPosition text) {
        glyphs.add(text);
    }

    private static boolean startsWord(TextPosition last, TextPosition g) {
        double em = em(last);
        double gap = g.getXDirAdj() - (last.getXDirAdj() + last.getWidthDirAdj());
        return Math.abs(g.getYDirAdj() - last.getYDirAdj()) > 0.3 * em || gap > WORD_GAP * em || gap < -em;
    }

    /** A word's box: from its first glyph's left to its last's right, a line of type's height around the baseline. */
    private static PageLayout.Word word(String text, TextPosition first, TextPosition last) {
        double em = em(first);
        double baseline = first.getYDirAdj();
        return new PageLayout.Word(text, first.getXDirAdj(), baseline - 0.75 * em,
                last.getXDirAdj() + last.getWidthDirAdj(), baseline + 0.25 * em, em);
    }

    private static double em(TextPosition g) {
        double size = g.getFontSizeInPt();
        return size > 0 ? size : Math.max(1, g.getHeightDir() * 1.4);
    }
}
