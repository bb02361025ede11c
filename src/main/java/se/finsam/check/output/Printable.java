package se.finsam.check.output;

/** Text from a document may hold control characters; XML forbids them and terminals misread them. */
final class Printable {

    private Printable() {
    }

    /** The text without control characters other than line breaks and tabs. */
    static String of(String s) {
        return s == null ? "" : s.replaceAll("[\\p{Cntrl}&&[^\\n\\t]]", "");
    }
}
