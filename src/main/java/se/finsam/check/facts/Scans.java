package se.finsam.check.facts;

/**
 * The pieces the text checks' scans share, each meaning what the patterns they replaced meant: {@code \s} is an
 * ASCII space, tab or line break, {@code \d} an ASCII digit.
 */
final class Scans {

    private Scans() {
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r';
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The first index from i on that is not a space. */
    static int skipSpaces(String text, int i) {
        while (i < text.length() && isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The index after the last character before i that is not a space. */
    static int skipSpacesBack(String text, int i) {
        while (i > 0 && isSpace(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    /** The first index from i on that is not a digit. */
    static int skipDigits(String text, int i) {
        while (i < text.length() && isDigit(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
