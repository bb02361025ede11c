package se.finsam.check.facts;

/** Compares a submitted text with the form's fixed text, whitespace and line breaks aside. */
final class FixedText {

    private static final int CONTEXT_WORDS = 6;

    private FixedText() {
    }

    /** Null when the texts are the same; else the submitted words where they first differ, for quoting. */
    static String change(String submitted, String fixed) {
        if (fixed == null) {
            return null;
        }
        String[] a = words(submitted);
        String[] b = words(fixed);
        int i = 0;
        while (i < a.length && i < b.length && a[i].equals(b[i])) {
            i++;
        }
        if (i == a.length && i == b.length) {
            return null;
        }
        if (i >= a.length) {
            return "… " + String.join(" ", java.util.Arrays.copyOfRange(a, Math.max(0, a.length - CONTEXT_WORDS), a.length));
        }
        int from = Math.max(0, i - 2);
        return String.join(" ", java.util.Arrays.copyOfRange(a, from, Math.min(a.length, i + CONTEXT_WORDS)));
    }

    private static String[] words(String s) {
        String t = s == null ? "" : s.strip();
        return t.isEmpty() ? new String[0] : t.split("\\s+");
    }
}
