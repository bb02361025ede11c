package se.finsam.check.facts;

/** Compares a submitted text with the form's fixed text, whitespace and line breaks aside (also within a word). */
final class FixedText {

    private static final int CONTEXT_WORDS = 6;

    private FixedText() {
    }

    /**
     * Null when the texts are the same but for whitespace – also a space inside a word, as a PDF's narrow cell
     * breaks one ("verksamhetsa nsvariga"); else the submitted words where they first differ, for quoting.
     */
    static String change(String submitted, String fixed) {
        if (fixed == null) {
            return null;
        }
        String[] a = words(submitted);
        int at = firstDifference(String.join("", a), String.join("", words(fixed)));
        if (at < 0) {
            return null;
        }
        int i = 0;
        for (int seen = 0; i < a.length && seen + a[i].length() <= at; i++) {
            seen += a[i].length();
        }
        if (i >= a.length) {
            return "… " + String.join(" ", java.util.Arrays.copyOfRange(a, Math.max(0, a.length - CONTEXT_WORDS), a.length));
        }
        int from = Math.max(0, i - 2);
        return String.join(" ", java.util.Arrays.copyOfRange(a, from, Math.min(a.length, i + CONTEXT_WORDS)));
    }

    /** The first index at which the texts differ (the shorter's length when it begins the other), or -1. */
    private static int firstDifference(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            if (a.charAt(i) != b.charAt(i)) {
                return i;
            }
        }
        return a.length() == b.length() ? -1 : n;
    }

    private static String[] words(String s) {
        String t = s == null ? "" : s.strip();
        return t.isEmpty() ? new String[0] : t.split("\\s+");
    }
}
