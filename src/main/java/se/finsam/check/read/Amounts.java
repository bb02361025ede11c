package se.finsam.check.read;

import se.finsam.check.model.Scans;

/**
 * Reads money as Swedish forms write it: "600000", "600 000", "1 800 000:-", "1.800 000", "450.000", "1,8 mkr",
 * "300 tkr per år", "150 000 kr". A space, a no-break space or a dot before a group of three digits separates
 * thousands; a comma (or a dot before one or two digits) starts the decimals.
 */
public final class Amounts {

    /** The units, tried in this order after the number and any spaces; lower case. */
    private static final String[] UNITS = {"tkr", "tusen", "kkr", "mkr", "miljoner", "kr", "sek", ":-"};

    private Amounts() {
    }

    /**
     * The amount in SEK, or null when the text holds no amount. A scan that reads what the pattern
     * {@code (\d{1,3}(?:[ \u00a0.]\d{3})+(?!\d)|\d+)(?:,(\d+)|\.(\d{1,2})(?!\d))?\s*(tkr|…|:-)?} (case ignored, kept in
     * AmountsTest as the reference) read: the number starts at the first ASCII digit.
     */
    public static Long parse(String text) {
        if (text == null) {
            return null;
        }
        int start = 0;
        int n = text.length();
        while (start < n && !Scans.isDigit(text.charAt(start))) {
            start++;
        }
        if (start == n) {
            return null;
        }
        int end = grouped(text, start);
        if (end < 0) {
            end = Scans.skipDigits(text, start);
        }
        StringBuilder number = new StringBuilder(end - start + 4);
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (Scans.isDigit(c)) {
                number.append(c);
            }
        }
        int decimalsEnd = decimals(text, end);
        if (decimalsEnd > end) {
            number.append('.').append(text, end + 1, decimalsEnd);
            end = decimalsEnd;
        }
        double value = Double.parseDouble(number.toString());
        String unit = unit(text, Scans.skipSpaces(text, end));
        if (unit.equals("tkr") || unit.equals("tusen") || unit.equals("kkr")) {
            value *= 1_000;
        } else if (unit.equals("mkr") || unit.equals("miljoner")) {
            value *= 1_000_000;
        }
        return Math.round(value);
    }

    /**
     * The end of one to three digits followed by groups of a separator and three digits, with no digit after the last
     * group taken (a group that a digit follows is given back, when one is left), or -1.
     */
    private static int grouped(String text, int start) {
        int lead = Scans.skipDigits(text, start) - start;
        if (lead > 3) {
            return -1;
        }
        int end = start + lead;
        int groups = 0;
        int before = end; // the end before the last group taken
        while (end + 3 < text.length() && isSeparator(text.charAt(end)) && allDigits(text, end + 1, 3)) {
            before = end;
            end += 4;
            groups++;
        }
        if (groups == 0) {
            return -1;
        }
        if (end < text.length() && Scans.isDigit(text.charAt(end))) {
            return groups >= 2 ? before : -1;
        }
        return end;
    }

    /** After the number: the end of ",digits" or of ".d"/".dd" with no digit after it; at when there are none. */
    private static int decimals(String text, int at) {
        if (at + 1 >= text.length() || !Scans.isDigit(text.charAt(at + 1))) {
            return at;
        }
        int end = Scans.skipDigits(text, at + 1);
        char c = text.charAt(at);
        if (c == ',') {
            return end;
        }
        return c == '.' && end - (at + 1) <= 2 ? end : at;
    }

    /** The unit at i as written, lowered as before (the default locale), or "" when none stands there. */
    private static String unit(String text, int i) {
        for (String unit : UNITS) {
            if (Scans.startsWithIgnoringCase(text, i, unit)) {
                return text.substring(i, i + unit.length()).toLowerCase();
            }
        }
        return "";
    }

    private static boolean isSeparator(char c) {
        return c == ' ' || c == '\u00a0' || c == '.';
    }

    /** Whether the count characters from i on are all ASCII digits. */
    private static boolean allDigits(String text, int i, int count) {
        for (int k = i; k < i + count; k++) {
            if (!Scans.isDigit(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }
}
