package se.finsam.check.read.form;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.util.Matrix;

/**
 * A PDF written with PDFBox: text in Helvetica (WinAnsi, which has every letter of the samples), lines stroked; with
 * {@link #withRotate}, each page stored turned back and shown upright by its /Rotate, as some printers write it.
 */
final class PdfCanvas implements FormPages.Canvas, AutoCloseable {

    private final PDDocument doc = new PDDocument();
    private final PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private PDPageContentStream content;
    private int rotate;

    /** Each page stored turned back by degrees (a quarter turn or a half), its /Rotate turning it upright. */
    PdfCanvas withRotate(int degrees) {
        rotate = degrees;
        return this;
    }

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
        boolean across = rotate % 180 != 0;
        PDPage page = new PDPage(across ? new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()) : PDRectangle.A4);
        page.setRotation(rotate);
        doc.addPage(page);
        content = new PDPageContentStream(doc, page);
        if (rotate != 0) {
            content.transform(new Matrix(ScanCanvas.turn(-rotate, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight())));
        }
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
