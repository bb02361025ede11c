package se.finsam.check.read.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

/** A page askew as offices scan it is found askew by its angle, and a straight page is left as it is. */
class DeskewTest {

    @Test
    void anAskewPagesAngleIsFoundEitherWay() {
        BufferedImage page = page();
        assertEquals(0, Deskew.skew(page, 150));
        assertSame(page, Deskew.straight(page, 150));
        assertEquals(1.5, Deskew.skew(Deskew.turned(page, 1.5), 150), 0.051);
        assertEquals(-0.7, Deskew.skew(Deskew.turned(page, -0.7), 150), 0.051);
        assertEquals(2.9, Deskew.skew(Deskew.turned(page, 2.9), 150), 0.051);
    }

    /** An A4 page at 150 dpi: lines of text and a ruled table. */
    private static BufferedImage page() {
        BufferedImage page = new BufferedImage(1240, 1754, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = page.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, page.getWidth(), page.getHeight());
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 22));
        for (int y = 150; y < 900; y += 40) {
            g.drawString("Insatsens namn och syfte, mål för deltagarna " + y, 120, y);
        }
        for (int y = 1000; y <= 1500; y += 50) {
            g.drawLine(120, y, 1120, y);
        }
        for (int x = 120; x <= 1120; x += 250) {
            g.drawLine(x, 1000, x, 1500);
        }
        g.dispose();
        return page;
    }
}
