package se.finsam.check.read.form;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** A PDF written with PDFBox: text in Helvetica (WinAnsi, which has every letter of the samples), lines stroked. */
final class PdfCanvas implements FormPages.Canvas, AutoCloseable {

    private final PDDocument doc = new PDDocument();
    private final PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private PDPageContentStream content;

    @Override
    public double width(String text, double size) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    @Override
    public void text(double x, double baseline, String text, double size) throws IOException {
        content.beginText();
        content.setFont(font, (float) size);
        content.newLineAtOffset((float) x, (float) (FormPages.PAGE_HEIGHT - baseline));
        content.showText(text);
        content.endText();
    }

    @Override
    public void line(double x0, double y0, double x1, double y1) throws IOException {
        stroke(content, x0, y0, x1, y1);
    }

    /** A ruling line from (x0, y0) to (x1, y1), y down from the page's top as the canvas measures it. */
    static void stroke(PDPageContentStream content, double x0, double y0, double x1, double y1) throws IOException {
        content.setLineWidth(0.5f);
        content.moveTo((float) x0, (float) (FormPages.PAGE_HEIGHT - y0));
        content.lineTo((float) x1, (float) (FormPages.PAGE_HEIGHT - y1));
        content.stroke();
    }

    @Override
    public void newPage() throws IOException {
        if (content != null) {
            content.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        content = new PDPageContentStream(doc, page);
    }

    void save(Path file) throws IOException {
        content.close();
        content = null;
        doc.save(file.toFile());
    }

    @Override
    public void close() throws IOException {
        doc.close();
    }
}
