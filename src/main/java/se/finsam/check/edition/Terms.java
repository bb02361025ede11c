package se.finsam.check.edition;

import java.util.List;
import java.util.Locale;

/**
 * A list of words as kansliet writes them in the edition file: "af" matches the word AF only, "region*" also
 * matches "Regionen" and "Region Uppsala". Case is ignored.
 */
public final class Terms {

    /** A term: its lowered text, and whether it is a prefix ("region*") or a whole word ("af"). */
    private record Term(String text, boolean prefix) {
    }

    private final List<Term> terms;
    /** The first characters of the terms: a word start whose character is none of them is passed over at once. */
    private final String firsts;
    /** Whether a term is empty ("*"), which matches at any word start, whatever its character. */
    private final boolean empty;

    public Terms(List<String> terms) {
        // the terms are lower case and the text is lowered before matching: far cheaper than Unicode case folding
        this.terms = terms.stream().map(t -> t.strip().toLowerCase(Locale.ROOT))
                .map(t -> t.endsWith("*") ? new Term(t.substring(0, t.length() - 1), true) : new Term(t, false))
                .toList();
        StringBuilder first = new StringBuilder();
        this.terms.stream().filter(t -> !t.text().isEmpty()).forEach(t -> first.append(t.text().charAt(0)));
        this.firsts = first.toString();
        this.empty = this.terms.stream().anyMatch(t -> t.text().isEmpty());
    }

    /**
     * Whether a term stands in the text: where no letter or digit comes before it, and, for a whole word, none after
     * it (a prefix takes any letters, digits and dashes after it). One pass over the text that carries whether the
     * character before is a word's, trying the terms only where a word starts with a term's first character.
     */
    public boolean foundIn(String text) {
        if (text == null) {
            return false;
        }
        if (terms.isEmpty()) {
            return true; // as the pattern of no alternatives answered (it matched the empty word); kept, not judged here
        }
        String lower = text.toLowerCase(Locale.ROOT);
        int n = lower.length();
        boolean afterWord = false; // isWordChar(lower.codePointBefore(i)), for i > 0
        for (int i = 0; i <= n; i++) {
            if (!afterWord && (empty || i < n && firsts.indexOf(lower.charAt(i)) >= 0) && startsAt(lower, i)) {
                return true;
            }
            if (i < n) {
                char c = lower.charAt(i);
                afterWord = c < 128 ? isAsciiWordChar(c) : isWordChar(lower.codePointBefore(i + 1));
            }
        }
        return false;
    }

    /** Whether a term starts at i (a word start) and, for a whole word, ends where the word does. */
    private boolean startsAt(String lower, int i) {
        for (Term t : terms) {
            if (lower.startsWith(t.text(), i)) {
                int end = i + t.text().length();
                if (t.prefix() || end == lower.length() || !isWordChar(lower.codePointAt(end))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isAsciiWordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    /** What the terms are bounded by: a letter or an ASCII digit. */
    private static boolean isWordChar(int c) {
        return Character.isLetter(c) || c >= '0' && c <= '9';
    }
}
