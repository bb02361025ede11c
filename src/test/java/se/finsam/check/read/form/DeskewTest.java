package se.finsam.check.read.form;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import org.junit.jupiter.api.Test;

/**
 * A page askew as offices scan it, or as a sheet fed crookedly lies, is found askew by its angle; a page scanned
 * sideways is given a quarter turn; a straight page is left as it is.
 */
class DeskewTest {

    @Test
    void anAskewPagesAngleIsFoundEitherWay() {
        BufferedImage page = page();
        assertEquals(0, Deskew.skew(page, 150));
        assertSame(page, Deskew.straight(page, 150));
        assertEquals(1.5, Deskew.skew(Deskew.turned(page, 1.5), 150), 0.051);
        assertEquals(-0.7, Deskew.skew(Deskew.turned(page, -0.7), 150), 0.051);
        assertEquals(2.9, Deskew.skew(Deskew.turned(page, 2.9), 150), 0.051);
        assertEquals(5, Deskew.skew(Deskew.turned(page, 5), 150), 0.051);
        assertEquals(-8, Deskew.skew(Deskew.turned(page, -8), 150), 0.051);
        assertEquals(9.5, Deskew.skew(Deskew.turned(page, 9.5), 150), 0.051);
    }

    /**
     * Ink is what is dark for the page ({@link InkThreshold}): a table's lines printed pale, or smeared lighter than
     * a grey of 128 once a page was scaled and turned straight, are still found (a fixed 128 found none of these).
     */
    @Test
    void paleLinesAreFoundByThePagesOwnInk() {
        BufferedImage page = new BufferedImage(1240, 1754, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = page.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, page.getWidth(), page.getHeight());
        g.setColor(new Color(170, 170, 170));
        for (int y = 200; y < 1600; y += 100) {
            g.fillRect(100, y, 1000, 2);
        }
        g.dispose();
        assertEquals(14, Ocr.rules(page, 150).size());
    }

    @Test
    void aSidewaysPageIsTurnedSoThatItsLinesRunAcross() {
        BufferedImage page = page(false);
        for (int quarters : new int[] {1, 3}) {
            BufferedImage sideways = Deskew.quarterTurned(page, quarters);
            BufferedImage across = Deskew.straight(sideways, 150);
            assertEquals(page.getWidth(), across.getWidth());
            assertEquals(page.getHeight(), across.getHeight());
            assertEquals(0, Deskew.skew(across, 150));
        }
        // askew as well: a sheet fed sideways and crookedly
        BufferedImage across = Deskew.straight(Deskew.turned(Deskew.quarterTurned(page, 1), 4), 150);
        assertEquals(page.getHeight(), across.getHeight());
        assertEquals(0, Deskew.skew(across, 150));
    }

    @Test
    void quarterTurnsMovePixelsExactly() {
        BufferedImage page = page();
        BufferedImage back = Deskew.quarterTurned(Deskew.quarterTurned(page, 1), 3);
        assertArrayEquals(pixels(page), pixels(back));
        assertArrayEquals(pixels(Deskew.quarterTurned(page, 2)), pixels(Deskew.halfTurned(page)));
    }

    private static byte[] pixels(BufferedImage grey) {
        return ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
    }

    /** An A4 page at 150 dpi: lines of text and a ruled table. */
    private static BufferedImage page() {
        return page(true);
    }

    /**
     * An A4 page at 150 dpi: lines of text, and with table a ruled table as tall as a third of them (whose columns
     * project nearly as sharply as the lines: a page that is mostly such a grid is not told sideways from upright).
     */
    private static BufferedImage page(boolean table) {
        BufferedImage page = new BufferedImage(1240, 1754, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = page.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, page.getWidth(), page.getHeight());
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 22));
        for (int y = 150; y < 900; y += 40) {
            g.drawString("Insatsens namn och syfte, mål för deltagarna " + y, 120, y);
        }
        for (int y = 1000; table && y <= 1500; y += 50) {
            g.drawLine(120, y, 1120, y);
        }
        for (int x = 120; table && x <= 1120; x += 250) {
            g.drawLine(x, 1000, x, 1500);
        }
        g.dispose();
        return page;
    }
}
