package se.finsam.check.year;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;

/** The area keys by a scan answer as the split at [^\p{L}\d]+ they replaced did (the reference kept here). */
class AreasTest {

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\d]+");
    /** The pieces that decide: letters of many scripts, ASCII and other digits, dashes, spaces, a letter beyond the BMP. */
    private static final String[] PIECES = {"Enköping", "Håbo", "-", "–", " ", "\u00a0", "/", "2017", "٣", "İ", "ΣΑ",
            "\uD835\uDC00", "\uD83D\uDE00", "K\u212a", "_", "Lokus", "(", "Heby", "é", "\t"};

    private static String byPattern(String text) {
        String key = String.join(" ", Arrays.stream(NOT_WORD.split(text.toLowerCase(Locale.ROOT)))
                .filter(s -> !s.isEmpty()).toList());
        return key.isEmpty() ? null : key;
    }

    @Test
    void theKeyScanAnswersAsTheSplitDid() {
        Random random = new Random(17);
        for (int i = 0; i < 100_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(8); k >= 0; k--) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            assertEquals(byPattern(text.toString()), Areas.key(text.toString()), text.toString());
        }
        assertEquals("enköping håbo", Areas.key("Enköping-Håbo"));
    }
}
