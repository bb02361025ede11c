package se.finsam.check.read.form;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * A scanned form: each page drawn with Java2D into a grey image at 300 dpi (or as {@link #at} says; a plain
 * sans-serif font, the ruling lines of its tables), then a PDF of those pages, as a scanner makes it – image-only,
 * or "searchable": the text its OCR recognised laid invisibly over the image (text rendering mode 3), where each
 * word stands. As scans also arrive: speckled, stored as JPEG, with a blank sheet among the pages, or a page too
 * pale and smeared to read.
 */
final class ScanCanvas implements FormPages.Canvas {

    static final double DPI = 300;
    private double scale = DPI / 72;

    /** A word of text as drawn, for the invisible layer. */
    private record Drawn(double x, double baseline, String text, double size) {
    }

    private final boolean textLayer;
    private boolean office;
    /** How each sheet (by its page from 0) lay on the glass: degrees clockwise; every sheet where none is given. */
    private final Map<Integer, Double> sheetTurns = new HashMap<>();
    private double allTurned;
    private int rotate;
    /** The pages (from 0) given the /Rotate; every page where none is given. */
    private final List<Integer> rotated = new ArrayList<>();
    private int placed;
    private boolean speckled;
    private boolean jpeg;
    private final List<Integer> blankAfter = new ArrayList<>();
    private final List<Integer> faint = new ArrayList<>();
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
    ScanCanvas withRotate(int degrees, int... pages) {
        rotate = degrees;
        for (int p : pages) {
            rotated.add(p);
        }
        return this;
    }

    /** Scanned at dpi instead of 300; before anything is drawn. */
    ScanCanvas at(double dpi) {
        scale = dpi / 72;
        return this;
    }

    /** Dust on the glass: dark specks of a pixel or two strewn over every page, and grey noise. */
    ScanCanvas speckled() {
        speckled = true;
        return this;
    }

    /** Each page's image stored as a JPEG of middling quality, as office scanners do to keep files small. */
    ScanCanvas asJpeg() {
        jpeg = true;
        return this;
    }

    /** A blank sheet scanned after the page given (from 0): the back of a sheet, a separator. */
    ScanCanvas blankAfter(int page) {
        blankAfter.add(page);
        return this;
    }

    /** The page given (from 0) scanned pale and smeared, so that no one could read it. */
    ScanCanvas faint(int page) {
        faint.add(page);
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
        return measure.getFontMetrics(font(size)).stringWidth(text) / scale;
    }

    @Override
    public void text(double x, double baseline, String text, double size) {
        g.setFont(font(size));
        g.drawString(text, (float) (x * scale), (float) (baseline * scale));
        texts.get(texts.size() - 1).add(new Drawn(x, baseline, text, size));
        if (office && text.startsWith("Underskrift")) {
            scribble(x, baseline);
        }
    }

    @Override
    public void line(double x0, double y0, double x1, double y1) {
        g.draw(new Line2D.Double(x0 * scale, y0 * scale, x1 * scale, y1 * scale));
    }

    @Override
    public void newPage() {
        if (g != null) {
            g.dispose();
        }
        BufferedImage page = new BufferedImage((int) (FormPages.PAGE_WIDTH * scale), (int) (FormPages.PAGE_HEIGHT * scale),
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
        pen.moveTo(x * scale, baseline * scale);
        for (int k = 1; k <= 24; k++) {
            pen.lineTo((x + 4 * k) * scale, (baseline - 8 * Math.sin(k * 1.3) - 2) * scale);
        }
        g.draw(pen);
    }

    /** A received stamp, a box with the office's name and date, askew in the first page's top right corner. */
    private void stamp(Graphics2D on) {
        Graphics2D s = (Graphics2D) on.create();
        s.rotate(Math.toRadians(-8), 470 * scale, 40 * scale);
        s.setStroke(new BasicStroke(4f));
        s.drawRect((int) (420 * scale), (int) (20 * scale), (int) (120 * scale), (int) (36 * scale));
        s.setFont(font(9));
        s.drawString("SAMORDNINGSFÖRBUNDET", (float) (426 * scale), (float) (34 * scale));
        s.drawString("Inkom 2016-09-26", (float) (440 * scale), (float) (50 * scale));
        s.dispose();
    }

    private Font font(double size) {
        return new Font(Font.SANS_SERIF, Font.PLAIN, (int) Math.round(size * scale));
    }

    /** The pages as a PDF: the images, and the invisible text over them when it is a searchable scan. */
    void save(Path file) throws IOException {
        g.dispose();
        try (PDDocument doc = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int i = 0; i < pages.size(); i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                BufferedImage image = faint.contains(i) ? faint(pages.get(i)) : pages.get(i);
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
                int pageRotate = rotated.isEmpty() || rotated.contains(i) ? rotate : 0;
                text.preConcatenate(turn(-pageRotate, lay[0], lay[1]));
                image = turned(image, -pageRotate);
                double[] shown = turnedSize(-pageRotate, lay[0], lay[1]);
                page.setRotation(pageRotate);
                BufferedImage stored = turned(image, -placed);
                double[] kept = turnedSize(-placed, shown[0], shown[1]);
                page.setMediaBox(new PDRectangle((float) shown[0], (float) shown[1]));
                if (speckled) {
                    speckle(stored, i);
                }
                PDImageXObject x = jpeg ? JPEGFactory.createFromImage(doc, stored, 0.5f)
                        : LosslessFactory.createFromImage(doc, stored);
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
                if (blankAfter.contains(i)) {
                    blank(doc);
                }
            }
            doc.save(file.toFile());
        }
    }

    /** A blank sheet as a scanner stores it: a white image with the odd speck of dust. */
    private void blank(PDDocument doc) throws IOException {
        BufferedImage white = new BufferedImage((int) (FormPages.PAGE_WIDTH * scale), (int) (FormPages.PAGE_HEIGHT * scale),
                BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D w = white.createGraphics();
        w.setColor(Color.WHITE);
        w.fillRect(0, 0, white.getWidth(), white.getHeight());
        w.setColor(Color.GRAY);
        w.fillRect(white.getWidth() / 3, white.getHeight() / 2, 2, 2);
        w.dispose();
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
            content.drawImage(LosslessFactory.createFromImage(doc, white), 0, 0, PDRectangle.A4.getWidth(),
                    PDRectangle.A4.getHeight());
        }
    }

    /** Dark specks on about one pixel in 2 000, and grey noise of a few levels on every pixel; the same each run. */
    private static void speckle(BufferedImage image, int seed) {
        Random random = new Random(seed);
        WritableRaster r = image.getRaster();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int v = r.getSample(x, y, 0) + (int) (random.nextGaussian() * 6);
                if (random.nextInt(2000) == 0) {
                    v = random.nextInt(80);
                }
                r.setSample(x, y, 0, Math.max(0, Math.min(255, v)));
            }
        }
    }

    /**
     * The page as a scanner gives one it could not focus on, or that slid on the glass: its ink pale (a grey of
     * 120 on 255) and smeared over a twelfth of an inch each way, so that no letter can be made out.
     */
    private BufferedImage faint(BufferedImage page) {
        BufferedImage pale = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        WritableRaster from = page.getRaster();
        WritableRaster to = pale.getRaster();
        for (int y = 0; y < page.getHeight(); y++) {
            for (int x = 0; x < page.getWidth(); x++) {
                to.setSample(x, y, 0, 120 + from.getSample(x, y, 0) * 135 / 255);
            }
        }
        int r = (int) Math.round(scale * 72 / 24);
        float[] box = new float[(2 * r + 1) * (2 * r + 1)];
        Arrays.fill(box, 1f / box.length);
        return new ConvolveOp(new Kernel(2 * r + 1, 2 * r + 1, box), ConvolveOp.EDGE_NO_OP, null).filter(pale, null);
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
    static AffineTransform turn(double degrees, double w, double h) {
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
