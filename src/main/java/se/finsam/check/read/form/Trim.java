package se.finsam.check.read.form;

/**
 * Strips runs of whitespace and punctuation from the ends of a text, as {@code replaceAll("^[\s:]+|[\s:]+$", "")}
 * does, in one pass: the pattern {@code [\s:]+$} is tried at every character of a run that does not reach the end,
 * so a cell of a hundred thousand colons took billions of steps.
 */
final class Trim {

    private Trim() {
    }

    /** The text without its leading and trailing whitespace (\s) and characters of extra. */
    static String both(String text, String extra) {
        int start = 0;
        while (start < text.length() && in(text.charAt(start), extra)) {
            start++;
        }
        return trailing(text, start, extra);
    }

    /** The text without its trailing whitespace (\s) and characters of extra. */
    static String trailing(String text, String extra) {
        return trailing(text, 0, extra);
    }

    private static String trailing(String text, int start, String extra) {
        // like $, the end is also before a final line terminator that \s does not hold (U+0085, U+2028, U+2029)
        int limit = text.length();
        if (limit > start && !in(text.charAt(limit - 1), extra) && isTerminator(text.charAt(limit - 1))) {
            limit--;
        }
        int cut = limit;
        while (cut > start && in(text.charAt(cut - 1), extra)) {
            cut--;
        }
        return cut == limit ? text.substring(start) : text.substring(start, cut) + text.substring(limit);
    }

    /** \s of java.util.regex (without UNICODE_CHARACTER_CLASS), or one of extra. */
    private static boolean in(char c, String extra) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r' || extra.indexOf(c) >= 0;
    }

    private static boolean isTerminator(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /** The first words of a text (at most max, split at whitespace), with "…" when there were more. */
    static String words(String text, int max) {
        String[] words = text.strip().split("\\s+", max + 1);
        if (words.length <= max) {
            return String.join(" ", words);
        }
        return String.join(" ", java.util.Arrays.copyOf(words, max)) + " …";
    }
}
