package se.finsam.check.read.form;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * A scanned form: each page drawn with Java2D into a grey image at 300 dpi (a plain sans-serif font, the ruling
 * lines of its tables), then a PDF of those pages, as a scanner makes it – image-only, or "searchable": the text
 * its OCR recognised laid invisibly over the image (text rendering mode 3), where each word stands.
 */
final class ScanCanvas implements FormPages.Canvas {

    static final double DPI = 300;
    private static final double SCALE = DPI / 72;

    /** A word of text as drawn, for the invisible layer. */
    private record Drawn(double x, double baseline, String text, double size) {
    }

    private final boolean textLayer;
    private boolean office;
    private final List<BufferedImage> pages = new ArrayList<>();
    private final List<List<Drawn>> texts = new ArrayList<>();
    private Graphics2D g;

    /** An image-only scan. */
    ScanCanvas() {
        this(false);
    }

    /** With textLayer, a searchable scan: the text also laid invisibly over each page. */
    ScanCanvas(boolean textLayer) {
        this.textLayer = textLayer;
    }

    /**
     * As an office scans a signed form: a scribble over every signature line's label and name, a received stamp
     * on the first page, and each page turned by 1.5 degrees as it lay askew on the glass.
     */
    ScanCanvas asOffice() {
        office = true;
        return this;
    }

    @Override
    public double width(String text, double size) {
        Graphics2D measure = g != null ? g : new BufferedImage(1, 1, BufferedImage.TYPE_BYTE_GRAY).createGraphics();
        return measure.getFontMetrics(font(size)).stringWidth(text) / SCALE;
    }

    @Override
    public void text(double x, double baseline, String text, double size) {
        g.setFont(font(size));
        g.drawString(text, (float) (x * SCALE), (float) (baseline * SCALE));
        texts.get(texts.size() - 1).add(new Drawn(x, baseline, text, size));
        if (office && text.startsWith("Underskrift")) {
            scribble(x, baseline);
        }
    }

    @Override
    public void line(double x0, double y0, double x1, double y1) {
        g.draw(new Line2D.Double(x0 * SCALE, y0 * SCALE, x1 * SCALE, y1 * SCALE));
    }

    @Override
    public void newPage() {
        if (g != null) {
            g.dispose();
        }
        BufferedImage page = new BufferedImage((int) (FormPages.PAGE_WIDTH * SCALE), (int) (FormPages.PAGE_HEIGHT * SCALE),
                BufferedImage.TYPE_BYTE_GRAY);
        pages.add(page);
        texts.add(new ArrayList<>());
        g = page.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, page.getWidth(), page.getHeight());
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(2f));
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    }

    /** A signature's loops across the line from x, as a pen writes a name over it. */
    private void scribble(double x, double baseline) {
        java.awt.geom.Path2D.Double pen = new java.awt.geom.Path2D.Double();
        pen.moveTo(x * SCALE, baseline * SCALE);
        for (int k = 1; k <= 24; k++) {
            pen.lineTo((x + 4 * k) * SCALE, (baseline - 8 * Math.sin(k * 1.3) - 2) * SCALE);
        }
        g.draw(pen);
    }

    /** A received stamp, a box with the office's name and date, askew in the first page's top right corner. */
    private static void stamp(Graphics2D on) {
        Graphics2D s = (Graphics2D) on.create();
        s.rotate(Math.toRadians(-8), 470 * SCALE, 40 * SCALE);
        s.setStroke(new BasicStroke(4f));
        s.drawRect((int) (420 * SCALE), (int) (20 * SCALE), (int) (120 * SCALE), (int) (36 * SCALE));
        s.setFont(font(9));
        s.drawString("SAMORDNINGSFÖRBUNDET", (float) (426 * SCALE), (float) (34 * SCALE));
        s.drawString("Inkom 2016-09-26", (float) (440 * SCALE), (float) (50 * SCALE));
        s.dispose();
    }

    private static Font font(double size) {
        return new Font(Font.SANS_SERIF, Font.PLAIN, (int) Math.round(size * SCALE));
    }

    /** The pages as a PDF: the images, and the invisible text over them when it is a searchable scan. */
    void save(Path file) throws IOException {
        g.dispose();
        try (PDDocument doc = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int i = 0; i < pages.size(); i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                BufferedImage image = pages.get(i);
                if (office) {
                    if (i == 0) {
                        Graphics2D first = image.createGraphics();
                        first.setColor(Color.BLACK);
                        stamp(first);
                        first.dispose();
                    }
                    image = Deskew.turned(image, 1.5);
                }
                PDImageXObject x = LosslessFactory.createFromImage(doc, image);
                try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                    content.drawImage(x, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
                    if (textLayer) {
                        invisible(content, font, texts.get(i));
                    }
                }
            }
            doc.save(file.toFile());
        }
    }

    private static void invisible(PDPageContentStream content, PDType1Font font, List<Drawn> words) throws IOException {
        content.beginText();
        content.setRenderingMode(RenderingMode.NEITHER);
        for (Drawn w : words) {
            content.setFont(font, (float) w.size());
            content.setTextMatrix(Matrix.getTranslateInstance((float) w.x(),
                    (float) (FormPages.PAGE_HEIGHT - w.baseline())));
            content.showText(w.text());
        }
        content.endText();
    }
}
