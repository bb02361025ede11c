package se.finsam.check.read.form;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.util.Matrix;

/**
 * A PDF as Microsoft Word exports it ("Spara som PDF"): tagged (each paragraph marked content, headers and footers
 * artifacts), the font embedded as a subset, "fi" and "fl" drawn as their ligature glyphs, a space within a number
 * or before "%" a non-breaking one, a list item's "-" drawn as Symbol's bullet apart from its text, and – once
 * every page is drawn – a footer "Sida 2 av 5" and a line of text turned up the left margin on every page.
 * Grey: the texts given to {@link #grey}, as a template's instructions are drawn. Tracked changes as Word prints
 * them with their markup: text between "{-" and "-}" deleted (struck through), between "{+" and "+}" inserted
 * (underlined). A note's mark between "{^" and "^}", small and raised; the first note of each page at its foot,
 * below a short line, opening with its number raised (as Word sets it) or as a word of its own (as LibreOffice).
 */
final class WordPdfCanvas implements FormPages.Canvas, AutoCloseable {

    /** The grey Word's templates give their instructions (Text 1, lighter 50 %). */
    static final float GREY = 0.5f;

    private final PDDocument doc = new PDDocument();
    private final PDFont font;
    private final PDFont symbol = new PDType1Font(Standard14Fonts.FontName.SYMBOL);
    private final List<PDPage> pages = new ArrayList<>();
    private final String margin;
    private PDPageContentStream content;
    private int mcid;
    private Set<String> greyTexts = Set.of();
    private boolean grey;
    /** The text of a page's footnote, by page; null: marks are drawn, their notes not. */
    private java.util.Map<PDPage, String> notes;
    private String noteText;
    private boolean raisedNoteNumbers;

    /** margin: the text turned up the left margin of every page (a template's reference number), or null. */
    WordPdfCanvas(String margin) throws IOException {
        this.margin = margin;
        try (InputStream ttf = PDDocument.class.getResourceAsStream("/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf")) {
            font = PDType0Font.load(doc, ttf);
        }
        PDMarkInfo mark = new PDMarkInfo();
        mark.setMarked(true);
        doc.getDocumentCatalog().setMarkInfo(mark);
    }

    /** Draws these texts in grey, as a template's instructions. */
    void grey(java.util.Set<String> texts) {
        greyTexts = texts;
    }

    private static final Pattern MARKUP = Pattern.compile("\\{([-+^])(.*?)[-+^]}");

    /** Draws the first note of each page at its foot: its number (raised or not), then this text. */
    void notes(String text, boolean raised) {
        notes = new java.util.HashMap<>();
        noteText = text;
        raisedNoteNumbers = raised;
    }

    @Override
    public double width(String text, double size) throws IOException {
        return font.getStringWidth(MARKUP.matcher(text).replaceAll("$2").replace('\u00AD', '-')) / 1000 * size;
    }

    @Override
    public void text(double x, double baseline, String text, double size) throws IOException {
        double left = x;
        String shown = text;
        grey = greyTexts.contains(text);
        if (shown.startsWith("- ")) {
            draw(symbol, left, baseline, "\u2022", size, "LBody");
            left += 18;
            shown = shown.substring(2);
        }
        Matcher m = MARKUP.matcher(shown);
        int from = 0;
        while (m.find()) {
            left = segment(left, baseline, shown.substring(from, m.start()), size);
            if (m.group(1).equals("^")) {
                draw(font, left, baseline - 0.33 * size, m.group(2), 0.58 * size, "P"); // Word's superscript
                left += font.getStringWidth(m.group(2)) / 1000 * 0.58 * size;
                if (notes != null) {
                    notes.putIfAbsent(pages.get(pages.size() - 1), m.group(2));
                }
                from = m.end();
                continue;
            }
            double start = left;
            left = segment(left, baseline, m.group(2), size);
            // Word's strike-through near the middle of the letters, its underline just below the baseline
            double y = m.group(1).equals("-") ? baseline - 0.3 * size : baseline + 0.12 * size;
            PdfCanvas.stroke(content, start, y, left, y);
            from = m.end();
        }
        segment(left, baseline, shown.substring(from), size);
    }

    /** Draws a piece of a line's text; where the next piece starts. */
    private double segment(double x, double baseline, String text, double size) throws IOException {
        if (!text.isEmpty()) {
            draw(font, x, baseline, text.replace("fi", "\uFB01").replace("fl", "\uFB02")
                    .replaceAll("(?<=\\d) (?=\\d{3}\\b)|(?<=\\d) (?=%)", "\u00A0"), size, "P");
        }
        return x + width(text, size);
    }

    private void draw(PDFont with, double x, double baseline, String text, double size, String tag) throws IOException {
        COSDictionary mc = new COSDictionary();
        mc.setInt(COSName.MCID, mcid++);
        PDPropertyList props = PDPropertyList.create(mc);
        content.beginMarkedContent(COSName.getPDFName(tag), props);
        content.setNonStrokingColor(grey ? GREY : 0f);
        content.beginText();
        content.setFont(with, (float) size);
        content.newLineAtOffset((float) x, (float) (FormPages.PAGE_HEIGHT - baseline));
        content.showText(text);
        content.endText();
        content.endMarkedContent();
    }

    @Override
    public void line(double x0, double y0, double x1, double y1) throws IOException {
        PdfCanvas.stroke(content, x0, y0, x1, y1);
    }

    @Override
    public void newPage() throws IOException {
        if (content != null) {
            content.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        pages.add(page);
        content = new PDPageContentStream(doc, page);
    }

    /** Writes the file, with each page's footer and margin text drawn as artifacts now that the pages are counted. */
    void save(Path file) throws IOException {
        content.close();
        content = null;
        for (int i = 0; i < pages.size(); i++) {
            try (PDPageContentStream s = new PDPageContentStream(doc, pages.get(i), PDPageContentStream.AppendMode.APPEND, true)) {
                String note = notes == null ? null : notes.get(pages.get(i));
                if (note != null) {
                    // the separator Word draws above the notes, two inches at the left margin, and the note below it
                    PdfCanvas.stroke(s, 56, 790, 200, 790);
                    double size = raisedNoteNumbers ? 5.2 : 9;
                    double rise = raisedNoteNumbers ? 3 : 0;
                    s.beginText();
                    s.setFont(font, (float) size);
                    s.newLineAtOffset(56, (float) (FormPages.PAGE_HEIGHT - 801 + rise));
                    s.showText(note + (raisedNoteNumbers ? "" : " "));
                    s.endText();
                    s.beginText();
                    s.setFont(font, 9);
                    s.newLineAtOffset((float) (56 + font.getStringWidth(note + (raisedNoteNumbers ? "" : " ")) / 1000 * size), (float) (FormPages.PAGE_HEIGHT - 801));
                    s.showText(noteText);
                    s.endText();
                }
                s.beginMarkedContent(COSName.getPDFName("Artifact"));
                s.beginText();
                s.setFont(font, 9);
                s.newLineAtOffset(260, 30);
                s.showText("Sida " + (i + 1) + " av " + pages.size());
                s.endText();
                if (margin != null) {
                    s.beginText();
                    s.setFont(font, 7);
                    s.setTextMatrix(Matrix.getRotateInstance(Math.PI / 2, 30, 300));
                    s.showText(margin);
                    s.endText();
                }
                s.endMarkedContent();
            }
        }
        doc.save(file.toFile());
    }

    @Override
    public void close() throws IOException {
        doc.close();
    }
}
