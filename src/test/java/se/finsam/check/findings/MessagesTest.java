package se.finsam.check.findings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.finsam.check.model.Position;

/** How the arguments of a finding are shown in its message. */
class MessagesTest {

    /** Whole numbers without decimals, and as they are: a number beyond a long's range is not clamped to it. */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "50 | 50",
        "50.5 | 50,5",
        "-0.0 | 0",
        "1000000 | 1000000",
        "9.007199254740992E15 | 9007199254740992",
        "1.0E19 | 10000000000000000000",
        "-1.0E19 | -10000000000000000000",
    })
    void percentagesAreShownAsTheyAre(double percent, String shown) {
        Finding f = new Finding("percent-of-full-time", Severity.ERROR, "percent-of-full-time.not-positive",
                Position.UNKNOWN, List.of("Koordinator", percent));
        String message = new Messages(Messages.LANGUAGES.get(0)).message(f);
        // the number as written, its digits grouped by the language's separator (a space in Swedish), − for minus
        String number = message.replaceFirst("^.*omfattningen (.*) %.*$", "$1").replaceAll("[\\s\\u00a0\\u202f]", "")
                .replace('\u2212', '-');
        assertEquals(shown, number, message);
        assertTrue(!message.contains("9223372036854775807"), message);
    }

    /**
     * Every pattern is written for MessageFormat, which takes a lone apostrophe for the start of a quote and drops
     * it ("The budget's sums" was shown "The budgets sums"): an apostrophe is doubled, a brace quoted as '{'.
     */
    @Test
    void noPatternHasALoneApostrophe() {
        List<String> lone = new java.util.ArrayList<>();
        for (String bundle : List.of(Messages.BUNDLE, "se.finsam.check.web.desk")) {
            for (java.util.Locale language : Messages.LANGUAGES) {
                java.util.ResourceBundle b = java.util.ResourceBundle.getBundle(bundle, language);
                for (String key : b.keySet()) {
                    if (b.getString(key).replace("'{'", "").replace("'}'", "").replace("''", "").contains("'")) {
                        lone.add(bundle + "_" + language + ": " + key);
                    }
                }
            }
        }
        assertEquals(List.of(), lone);
    }
}
