package se.finsam.check.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The quote's spaces are joined by a scan; the pattern it replaced is kept here as the reference. */
class TextTest {

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final String[] PIECES = {"a", "ord", "Ö", " ", "  ", "\t", "\n", "\r\n", "\u000b", "\f", "\u00a0",
        "\u2003", "\u1680", "x y", "–", "😀"};

    @Test
    void oneLineJoinsSpacesAsThePatternDid() {
        Random random = new Random(20);
        for (int i = 0; i < 200_000; i++) {
            StringBuilder s = new StringBuilder();
            for (int k = random.nextInt(10); k >= 0; k--) {
                s.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String text = s.toString();
            assertEquals(SPACES.matcher(text).replaceAll(" "), Text.oneLine(text), text);
        }
    }

    @Test
    void aLongValueIsCutBetweenWords() {
        String quoted = Text.quote(" Vi\tarbetar\n\nmed " + "ord ".repeat(30));
        assertEquals("Vi arbetar med " + "ord ".repeat(16).strip() + " …", quoted);
    }
}
