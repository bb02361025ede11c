package se.finsam.check.read.form;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    /** How each sheet (by its page from 0) lay on the glass: degrees clockwise; every sheet where none is given. */
    private final Map<Integer, Double> sheetTurns = new HashMap<>();
    private double allTurned;
    private int rotate;
    private int placed;
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

    /**
     * The sheets of the pages given (from 0; every page where none) lay turned by degrees clockwise: a quarter turn
     * as a page fed sideways or upside down, a few degrees as one fed crookedly. The page's image is turned as the
     * scanner saw it, and its invisible text with it.
     */
    ScanCanvas turned(double degrees, int... pages) {
        if (pages.length == 0) {
            allTurned = degrees;
        }
        for (int p : pages) {
            sheetTurns.put(p, degrees);
        }
        return this;
    }

    /**
     * As a scanner that stores its image in the sensor's order: each page's image (and text) stored turned back by
     * degrees, and the page's /Rotate set to degrees, so that it shows as it lay.
     */
    ScanCanvas withRotate(int degrees) {
        rotate = degrees;
        return this;
    }

    /** Each page's image stored turned back by degrees and placed by the page's matrix turned by degrees. */
    ScanCanvas placedTurned(int degrees) {
        placed = degrees;
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
                double sheet = sheetTurns.getOrDefault(i, allTurned);
                // the text's place on the page, from the upright A4 page's points (PDF's: y up)
                AffineTransform text = turn(sheet, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
                image = turned(image, sheet);
                double[] lay = turnedSize(sheet, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
                text.preConcatenate(turn(-rotate, lay[0], lay[1]));
                image = turned(image, -rotate);
                double[] shown = turnedSize(-rotate, lay[0], lay[1]);
                page.setRotation(rotate);
                BufferedImage stored = turned(image, -placed);
                double[] kept = turnedSize(-placed, shown[0], shown[1]);
                page.setMediaBox(new PDRectangle((float) shown[0], (float) shown[1]));
                PDImageXObject x = LosslessFactory.createFromImage(doc, stored);
                try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                    content.saveGraphicsState();
                    content.transform(new Matrix(turn(placed, kept[0], kept[1])));
                    content.drawImage(x, 0, 0, (float) kept[0], (float) kept[1]);
                    content.restoreGraphicsState();
                    if (textLayer) {
                        content.transform(new Matrix(text));
                        invisible(content, font, texts.get(i));
                    }
                }
            }
            doc.save(file.toFile());
        }
    }

    /** A page of w by h turned by degrees: its width and height, swapped by a quarter turn. */
    private static double[] turnedSize(double degrees, double w, double h) {
        return across(degrees) ? new double[] {h, w} : new double[] {w, h};
    }

    private static boolean across(double degrees) {
        return degrees % 90 == 0 && Math.round(degrees / 90) % 2 != 0;
    }

    /**
     * A page of w by h points turned clockwise by degrees as shown, in PDF's points (y up): about its centre, onto
     * the turned page (w and h swapped for a quarter turn).
     */
    private static AffineTransform turn(double degrees, double w, double h) {
        boolean across = across(degrees);
        AffineTransform t = AffineTransform.getTranslateInstance((across ? h : w) / 2, (across ? w : h) / 2);
        t.rotate(Math.toRadians(-degrees));
        t.translate(-w / 2, -h / 2);
        return t;
    }

    /** The image turned clockwise by degrees, as the scanner saw the sheet: on white, a quarter turn exactly. */
    private static BufferedImage turned(BufferedImage image, double degrees) {
        if (degrees == 0) {
            return image;
        }
        boolean across = across(degrees);
        int w = image.getWidth();
        int h = image.getHeight();
        BufferedImage turned = new BufferedImage(across ? h : w, across ? w : h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = turned.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, turned.getWidth(), turned.getHeight());
        if (degrees % 90 != 0) {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        }
        g.translate(turned.getWidth() / 2.0, turned.getHeight() / 2.0);
        g.rotate(Math.toRadians(degrees)); // Java2D's y runs down: a positive angle turns clockwise as shown
        g.translate(-w / 2.0, -h / 2.0);
        g.drawImage(image, 0, 0, null);
        g.dispose();
        return turned;
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
