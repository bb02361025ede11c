package se.finsam.check.read.form;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.Arrays;

/**
 * Turns a scanned page straight. Office scans are a little askew, and then a table's ruling lines are no long runs
 * of dark pixels along a row, and its rows are misguessed. The skew is the angle, within ±{@link #MAX_DEGREES}, at
 * which the page's dark pixels project onto the fewest, fullest rows (lines of text and rules are straight then);
 * it is found on a copy of about {@link #SAMPLE_DPI} dpi, coarse steps then fine ones.
 */
final class Deskew {

    static final double MAX_DEGREES = 3;
    private static final double SAMPLE_DPI = 75;
    private static final double COARSE = 0.25;
    private static final double FINE = 0.05;
    private static final int DARK = 128;

    private Deskew() {
    }

    /** The page turned straight, or the page itself when it is not askew. */
    static BufferedImage straight(BufferedImage grey, double dpi) {
        double degrees = skew(grey, dpi);
        return degrees == 0 ? grey : turned(grey, -degrees);
    }

    /**
     * The page's skew in degrees, positive when its lines fall to the right (image y down), to the nearest
     * {@link #FINE}.
     */
    static double skew(BufferedImage grey, double dpi) {
        int step = Math.max(1, (int) Math.round(dpi / SAMPLE_DPI));
        int[] dark = darkPixels(grey, step);
        int height = grey.getHeight() / step + 1;
        int width = grey.getWidth() / step + 1;
        double best = best(dark, width, height, -MAX_DEGREES, MAX_DEGREES, COARSE, 0);
        best = best(dark, width, height, best - COARSE, best + COARSE, FINE, best);
        return Math.abs(best) < FINE / 2 ? 0 : best;
    }

    /** The angle from..to, by step, whose profile is sharpest; start wins a tie, so a straight page stays. */
    private static double best(int[] dark, int width, int height, double from, double to, double step, double start) {
        double best = start;
        long bestScore = sharpness(dark, width, height, start);
        int steps = (int) Math.round((to - from) / step);
        for (int k = 0; k <= steps; k++) {
            double degrees = from + k * step;
            long score = sharpness(dark, width, height, degrees);
            if (score > bestScore) {
                bestScore = score;
                best = degrees;
            }
        }
        return Math.round(best / FINE) * FINE;
    }

    /** The sum of squares of the dark pixels per row, the rows sheared by the angle: highest where lines are flat. */
    private static long sharpness(int[] dark, int width, int height, double degrees) {
        double slope = Math.tan(Math.toRadians(degrees));
        int margin = (int) Math.ceil(Math.abs(slope) * width) + 1;
        long[] rows = new long[height + 2 * margin];
        for (int i = 0; i < dark.length; i += 2) {
            rows[margin + (int) Math.round(dark[i + 1] - dark[i] * slope)]++;
        }
        long score = 0;
        for (long n : rows) {
            score += n * n;
        }
        return score;
    }

    /** The dark pixels of every step-th row and column, as x, y pairs in the sampled grid. */
    private static int[] darkPixels(BufferedImage grey, int step) {
        int w = grey.getWidth();
        byte[] px = ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
        int n = 0;
        int[] found = new int[64];
        for (int y = 0; y < grey.getHeight(); y += step) {
            for (int x = 0; x < w; x += step) {
                if ((px[y * w + x] & 0xff) < DARK) {
                    if (n + 2 > found.length) {
                        found = Arrays.copyOf(found, found.length * 2);
                    }
                    found[n++] = x / step;
                    found[n++] = y / step;
                }
            }
        }
        return Arrays.copyOf(found, n);
    }

    /** The page turned by degrees about its centre, on white, in grey. */
    static BufferedImage turned(BufferedImage page, double degrees) {
        BufferedImage turned = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = turned.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, turned.getWidth(), turned.getHeight());
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.rotate(Math.toRadians(degrees), page.getWidth() / 2.0, page.getHeight() / 2.0);
        g.drawImage(page, 0, 0, null);
        g.dispose();
        return turned;
    }
}
