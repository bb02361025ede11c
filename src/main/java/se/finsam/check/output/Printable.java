package se.finsam.check.output;

/**
 * Text from a document or a file name may hold control characters: XML 1.0 forbids them, terminals act on them
 * (escape sequences) and a line-based format (text, GitHub workflow commands) would take a newline for a new line
 * of its own. Every format passes what it did not write itself through one of these.
 */
public final class Printable {

    private Printable() {
    }

    /** The text without control characters other than line breaks and tabs, and without what XML 1.0 forbids. */
    public static String of(String s) {
        if (s == null) {
            return "";
        }
        int i = firstBad(s, false);
        if (i < 0) {
            return s; // the usual case: nothing to change, nothing copied
        }
        StringBuilder b = new StringBuilder(s.length()).append(s, 0, i);
        for (; i < s.length(); i++) {
            if (!bad(s, i, false)) {
                b.append(s.charAt(i));
            }
        }
        return b.toString();
    }

    /** One line: every control character, line breaks and tabs too, shown escaped ({@code \n}, {@code \x1b}). */
    public static String line(String s) {
        if (s == null) {
            return "";
        }
        int i = firstBad(s, true);
        if (i < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length() + 8).append(s, 0, i);
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!bad(s, i, true)) {
                b.append(c);
            } else if (c == '\n') {
                b.append("\\n");
            } else if (c == '\r') {
                b.append("\\r");
            } else if (c == '\t') {
                b.append("\\t");
            } else {
                b.append(String.format("\\x%02x", (int) c));
            }
        }
        return b.toString();
    }

    /** A file name made from a document's name: no control characters, path separators or drive colons. */
    public static String fileName(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(bad(s, i, true) || c == '/' || c == '\\' || c == ':' ? '_' : c);
        }
        String name = b.toString().strip();
        return name.isEmpty() || name.chars().allMatch(c -> c == '.') ? "dokument" : name;
    }

    private static int firstBad(String s, boolean breaks) {
        for (int i = 0; i < s.length(); i++) {
            if (bad(s, i, breaks)) {
                return i;
            }
        }
        return -1;
    }

    /** A control character (line breaks and tabs only when breaks), a lone surrogate, or U+FFFE/U+FFFF. */
    private static boolean bad(String s, int i, boolean breaks) {
        char c = s.charAt(i);
        if (c < 0x20) {
            return breaks || (c != '\n' && c != '\t');
        }
        if (c >= 0x7f && c <= 0x9f) {
            return true;
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(s.charAt(i - 1));
        }
        return c == '\uFFFE' || c == '\uFFFF';
    }
}
