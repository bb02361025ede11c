package se.finsam.check.read.form;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/**
 * What a PDF page draws besides text: its ruling lines – stroked horizontal and vertical segments and the edges
 * of stroked rectangles, and filled rectangles thin enough to be a line (how Word draws cell borders) – and its
 * images, so that a page of only an image is known for a scan. Nothing is painted; curves and shadings are
 * ignored. Coordinates as {@link PageLayout} takes them: points from the top left.
 */
final class PdfDrawing extends PDFGraphicsStreamEngine {

    private final PDRectangle box;
    private final List<PageLayout.Rule> rules = new ArrayList<>();
    /** The segments of the path being built: pairs of points. */
    private final List<Point2D> segments = new ArrayList<>();
    private Point2D current;
    private Point2D start;
    private int images;
    private long largestImage;

    PdfDrawing(PDPage page) {
        super(page);
        this.box = page.getCropBox();
    }

    /** Reads the page's drawing. */
    PdfDrawing read() throws IOException {
        processPage(getPage());
        return this;
    }

    List<PageLayout.Rule> rules() {
        return rules;
    }

    /**
     * The rules as the page's text runs: PDFBox gives a glyph's position in the frame its text runs in (its
     * direction: a page stored turned and shown upright by /Rotate runs at the /Rotate), so the rules, drawn in the
     * page's own frame, are turned clockwise by that direction (in quarter turns) to stand where its text stands.
     */
    List<PageLayout.Rule> rules(float direction) {
        List<PageLayout.Rule> turned = rules;
        double w = box.getWidth();
        double h = box.getHeight();
        for (int k = 0; k < Math.floorMod(Math.round(direction / 90), 4); k++) {
            double height = h;
            turned = turned.stream().map(r -> PageLayout.Rule.of(height - r.y0(), r.x0(), height - r.y1(), r.x1())).toList();
            h = w;
            w = height;
        }
        return turned;
    }

    int images() {
        return images;
    }

    /** The pixels of the largest image the page draws. */
    long largestImage() {
        return largestImage;
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        segment(p0, p1);
        segment(p1, p2);
        segment(p2, p3);
        segment(p3, p0);
        current = p0;
        start = p0;
    }

    @Override
    public void moveTo(float x, float y) {
        current = new Point2D.Float(x, y);
        start = current;
    }

    @Override
    public void lineTo(float x, float y) {
        Point2D to = new Point2D.Float(x, y);
        if (current != null) {
            segment(current, to);
        }
        current = to;
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        current = new Point2D.Float(x3, y3);
    }

    @Override
    public Point2D getCurrentPoint() {
        return current;
    }

    @Override
    public void closePath() {
        if (current != null && start != null) {
            segment(current, start);
            current = start;
        }
    }

    @Override
    public void endPath() {
        segments.clear();
    }

    @Override
    public void strokePath() {
        for (int i = 0; i + 1 < segments.size(); i += 2) {
            add(segments.get(i), segments.get(i + 1));
        }
        segments.clear();
    }

    /** A filled path: a thin filled rectangle is a rule, drawn as the line along its middle. */
    @Override
    public void fillPath(int windingRule) {
        if (!segments.isEmpty()) {
            double x0 = Double.MAX_VALUE;
            double y0 = Double.MAX_VALUE;
            double x1 = -Double.MAX_VALUE;
            double y1 = -Double.MAX_VALUE;
            for (Point2D p : segments) {
                x0 = Math.min(x0, p.getX());
                y0 = Math.min(y0, p.getY());
                x1 = Math.max(x1, p.getX());
                y1 = Math.max(y1, p.getY());
            }
            if (x1 - x0 <= PageLayout.THIN) {
                add(new Point2D.Double((x0 + x1) / 2, y0), new Point2D.Double((x0 + x1) / 2, y1));
            } else if (y1 - y0 <= PageLayout.THIN) {
                add(new Point2D.Double(x0, (y0 + y1) / 2), new Point2D.Double(x1, (y0 + y1) / 2));
            }
        }
        segments.clear();
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        List<Point2D> path = List.copyOf(segments);
        fillPath(windingRule);
        segments.addAll(path);
        strokePath();
    }

    @Override
    public void clip(int windingRule) {
        // the path is still to be painted or ended
    }

    @Override
    public void drawImage(PDImage image) {
        images++;
        largestImage = Math.max(largestImage, (long) image.getWidth() * image.getHeight());
    }

    @Override
    public void shadingFill(COSName shadingName) {
        // a shading is no rule
    }

    private void segment(Point2D a, Point2D b) {
        segments.add(a);
        segments.add(b);
    }

    /** A horizontal or vertical segment, in top-left coordinates; a slanted one is no rule. */
    private void add(Point2D a, Point2D b) {
        PageLayout.Rule r = PageLayout.Rule.of(a.getX() - box.getLowerLeftX(), box.getUpperRightY() - a.getY(),
                b.getX() - box.getLowerLeftX(), box.getUpperRightY() - b.getY());
        if (r.vertical() || r.horizontal()) {
            rules.add(r);
        }
    }
}
