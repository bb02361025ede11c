package se.finsam.check.model;

/**
 * The pieces the scans of text share (the readers of amounts, dates and periods, the text checks, quoting), each meaning what the patterns they replaced meant: {@code \s} is an
 * ASCII space, tab or line break, {@code \d} an ASCII digit.
 */
public final class Scans {

    private Scans() {
    }

    public static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r';
    }

    public static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The first index from i on that is not a space. */
    public static int skipSpaces(String text, int i) {
        while (i < text.length() && isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The index after the last character before i that is not a space. */
    public static int skipSpacesBack(String text, int i) {
        while (i > 0 && isSpace(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    /** The first index from i on that is not a digit. */
    public static int skipDigits(String text, int i) {
        while (i < text.length() && isDigit(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /**
     * Whether lower (in lower case) stands at i, case ignored as CASE_INSENSITIVE | UNICODE_CASE ignores it: a character
     * matches a lower-case one when its upper case's lower case is that one, so the Kelvin sign is a k.
     */
    public static boolean startsWithIgnoringCase(String text, int i, String lower) {
        if (i + lower.length() > text.length()) {
            return false;
        }
        for (int k = 0; k < lower.length(); k++) {
            char c = text.charAt(i + k);
            char want = lower.charAt(k);
            if (c != want && Character.toLowerCase(Character.toUpperCase(c)) != want) {
                return false;
            }
        }
        return true;
    }
}
