package se.finsam.check.read.form;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.Arrays;

/**
 * Turns a scanned page straight. Office scans are a little askew, a sheet fed crookedly up to ten degrees, and then a
 * table's ruling lines are no long runs of dark pixels along a row, and its rows are misguessed. The skew is the
 * angle, within ±{@link #MAX_DEGREES}, at which the page's dark pixels project onto the fewest, fullest rows (lines
 * of text and rules are straight then); it is found on a copy of about {@link #SAMPLE_DPI} dpi, coarse steps then
 * fine ones. A sheet fed sideways (a landscape page, a page turned by the scanner's /Rotate) projects so onto
 * columns instead, and is given a quarter turn first: its lines then run across, the right way up or upside down,
 * which {@link Ocr} tells by reading it.
 */
final class Deskew {

    static final double MAX_DEGREES = 10;
    private static final double SAMPLE_DPI = 75;
    private static final double COARSE = 0.25;
    private static final double FINE = 0.05;

    private Deskew() {
    }

    /** The page with its lines straight across, or the page itself when they are. */
    static BufferedImage straight(BufferedImage grey, double dpi) {
        Sample s = Sample.of(grey, dpi);
        Fit rows = s.fit(COARSE);
        if (s.transposed().fit(COARSE).score() > rows.score()) {
            BufferedImage across = quarterTurned(grey, 1);
            Sample turned = Sample.of(across, dpi);
            return unskewed(across, turned.skew(turned.fit(COARSE)));
        }
        return unskewed(grey, s.skew(rows));
    }

    /**
     * The page's skew in degrees, positive when its lines fall to the right (image y down), to the nearest
     * {@link #FINE}.
     */
    static double skew(BufferedImage grey, double dpi) {
        Sample s = Sample.of(grey, dpi);
        return s.skew(s.fit(COARSE));
    }

    /** The page turned by quarters counter-clockwise, pixel for pixel. */
    static BufferedImage quarterTurned(BufferedImage grey, int quarters) {
        BufferedImage turned = grey;
        for (int k = 0; k < Math.floorMod(quarters, 4); k++) {
            turned = quarterTurned(turned);
        }
        return turned;
    }

    private static BufferedImage quarterTurned(BufferedImage grey) {
        int w = grey.getWidth();
        int h = grey.getHeight();
        byte[] px = pixels(grey);
        BufferedImage turned = new BufferedImage(h, w, BufferedImage.TYPE_BYTE_GRAY);
        byte[] out = pixels(turned);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out[(w - 1 - x) * h + y] = px[y * w + x];
            }
        }
        return turned;
    }

    /** The page turned upside down, pixel for pixel: its pixels in reverse order. */
    static BufferedImage halfTurned(BufferedImage grey) {
        byte[] px = pixels(grey);
        BufferedImage turned = new BufferedImage(grey.getWidth(), grey.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        byte[] out = pixels(turned);
        for (int i = 0; i < px.length; i++) {
            out[px.length - 1 - i] = px[i];
        }
        return turned;
    }

    private static byte[] pixels(BufferedImage grey) {
        return ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
    }

    /** The page turned by the skew found, or the page itself when it is straight. */
    private static BufferedImage unskewed(BufferedImage grey, double skew) {
        return skew == 0 ? grey : turned(grey, -skew);
    }

    /** An angle and how sharp the page's rows are at it. */
    private record Fit(double degrees, long score) {
    }

    /** The dark pixels of every step-th row and column of a page, as x, y pairs in a grid of width by height. */
    private record Sample(int[] dark, int width, int height) {

        static Sample of(BufferedImage grey, double dpi) {
            int step = Math.max(1, (int) Math.round(dpi / SAMPLE_DPI));
            return new Sample(darkPixels(grey, step), grey.getWidth() / step + 1, grey.getHeight() / step + 1);
        }

        /** The same pixels with x and y swapped: its rows are the page's columns. */
        Sample transposed() {
            int[] swapped = new int[dark.length];
            for (int i = 0; i < dark.length; i += 2) {
                swapped[i] = dark[i + 1];
                swapped[i + 1] = dark[i];
            }
            return new Sample(swapped, height, width);
        }

        /** The sharpest angle within ±{@link #MAX_DEGREES} by step. */
        Fit fit(double step) {
            return best(dark, width, height, -MAX_DEGREES, MAX_DEGREES, step, 0);
        }

        /** The skew, refined from a coarse fit by {@link #FINE} steps; 0 within half a step. */
        double skew(Fit coarse) {
            double best = best(dark, width, height, coarse.degrees() - COARSE, coarse.degrees() + COARSE, FINE,
                    coarse.degrees()).degrees();
            return Math.abs(best) < FINE / 2 ? 0 : best;
        }
    }

    /** The angle from..to, by step, whose profile is sharpest; start wins a tie, so a straight page stays. */
    private static Fit best(int[] dark, int width, int height, double from, double to, double step, double start) {
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
        return new Fit(Math.round(best / FINE) * FINE, bestScore);
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

    /** The dark pixels (ink, by the page's own {@link InkThreshold}) of every step-th row and column, as x, y pairs in the sampled grid. */
    private static int[] darkPixels(BufferedImage grey, int step) {
        int w = grey.getWidth();
        byte[] px = pixels(grey);
        int n = 0;
        int[] found = new int[64];
        int dark = InkThreshold.of(grey);
        for (int y = 0; y < grey.getHeight(); y += step) {
            for (int x = 0; x < w; x += step) {
                if ((px[y * w + x] & 0xff) < dark) {
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
