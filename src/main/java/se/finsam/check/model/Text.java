package se.finsam.check.model;

/** Small text helpers shared by the model and the rules. */
public final class Text {

    private Text() {
    }

    /** Absent, empty, or only dashes and punctuation: a form field left as "–" says nothing. */
    public static boolean isBlank(String s) {
        return s == null || s.replaceAll("[\\s\\-–—.,_*]", "").isEmpty();
    }

    /** A value shortened for quoting in a message. */
    public static String quote(String s) {
        if (s == null) {
            return "";
        }
        String oneLine = s.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= 80 ? oneLine : oneLine.substring(0, 77) + "…";
    }
}
