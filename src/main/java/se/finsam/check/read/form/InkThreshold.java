package se.finsam.check.read.form;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/**
 * How dark a pixel of a scanned page must be to be ink rather than paper, found for each page (Otsu's method: the
 * grey that best parts the page's histogram into two classes). A fixed 128 loses the lines of a scan that was
 * turned and scaled on its way – a page at 150 dpi askew by 6°, turned straight and rendered at 300 dpi, has its
 * thin lines smeared into greys lighter than that – and reads a dark or grey page's paper as ink.
 */
final class InkThreshold {

    /** Between these, whatever the histogram: a page of nearly all paper or all ink has no useful split. */
    private static final int LIGHTEST = 200;
    private static final int DARKEST = 64;

    private InkThreshold() {
    }

    /** The grey below which a pixel of the page is ink. */
    static int of(BufferedImage grey) {
        byte[] px = ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
        long[] histogram = new long[256];
        for (byte p : px) {
            histogram[p & 0xff]++;
        }
        long total = px.length;
        double sum = 0;
        for (int v = 0; v < 256; v++) {
            sum += (double) v * histogram[v];
        }
        double below = 0;
        long count = 0;
        double best = -1;
        int threshold = 128;
        for (int t = 0; t < 256; t++) {
            count += histogram[t];
            below += (double) t * histogram[t];
            long above = total - count;
            if (count == 0 || above == 0) {
                continue;
            }
            double meanBelow = below / count;
            double meanAbove = (sum - below) / above;
            double between = (double) count * above * (meanBelow - meanAbove) * (meanBelow - meanAbove);
            if (between > best) {
                best = between;
                threshold = t + 1; // pixels darker than t + 1, that is up to t, are the dark class
            }
        }
        return Math.max(DARKEST, Math.min(LIGHTEST, threshold));
    }
}
