package se.finsam.check.read;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads money as Swedish forms write it: "600000", "600 000", "1 800 000:-", "1.800 000", "450.000", "1,8 mkr",
 * "300 tkr per år", "150 000 kr". A space, a no-break space or a dot before a group of three digits separates
 * thousands; a comma (or a dot before one or two digits) starts the decimals.
 */
public final class Amounts {

    private static final Pattern AMOUNT = Pattern.compile(
            "(\\d{1,3}(?:[ \\u00a0.]\\d{3})+(?!\\d)|\\d+)(?:,(\\d+)|\\.(\\d{1,2})(?!\\d))?\\s*(tkr|tusen|kkr|mkr|miljoner|kr|sek|:-)?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

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
        String whole = m.group(1).replaceAll("[ \\u00a0.]", "");
        String decimals = m.group(2) != null ? m.group(2) : m.group(3);
        double value = Double.parseDouble(whole + (decimals == null ? "" : "." + decimals));
        String unit = m.group(4) == null ? "" : m.group(4).toLowerCase();
        if (unit.equals("tkr") || unit.equals("tusen") || unit.equals("kkr")) {
            value *= 1_000;
        } else if (unit.equals("mkr") || unit.equals("miljoner")) {
            value *= 1_000_000;
        }
        return Math.round(value);
    }
}
