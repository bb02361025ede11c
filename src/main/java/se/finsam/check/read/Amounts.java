package se.finsam.check.read;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads money as forms write it: "600000", "600 000", "300 tkr per år", "1 500 tkr", "150 000 kr". */
public final class Amounts {

    private static final Pattern AMOUNT =
            Pattern.compile("(\\d{1,3}(?:[  ]\\d{3})+|\\d+)(?:[.,](\\d+))?\\s*(tkr|tusen|kkr|mkr|kr|sek|:-)?",
                    Pattern.CASE_INSENSITIVE);

    private Amounts() {
    }

    /** The amount in SEK, or null when the text holds no amount. */
    public static Long parse(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = AMOUNT.matcher(text);
        if (!m.find()) {
            return null;
        }
        String whole = m.group(1).replaceAll("[  ]", "");
        double value = Double.parseDouble(whole + (m.group(2) == null ? "" : "." + m.group(2)));
        String unit = m.group(3) == null ? "" : m.group(3).toLowerCase();
        if (unit.equals("tkr") || unit.equals("tusen") || unit.equals("kkr")) {
            value *= 1_000;
        } else if (unit.equals("mkr")) {
            value *= 1_000_000;
        }
        return Math.round(value);
    }
}
