package se.finsam.check.edition;

import java.util.List;
import java.util.Locale;

/**
 * A list of words as kansliet writes them in the edition file: "af" matches the word AF only, "region*" also
 * matches "Regionen" and "Region Uppsala". Case is ignored.
 */
public final class Terms {

    /** A term: its lowered text, and whether it is a prefix ("region*") or a whole word ("af"). */
    private record Term(char[] text, boolean prefix) {
    }

    private final Term[] terms;
    /** The first characters of the terms: a word start whose character is none of them is passed over at once. */
    private final boolean[] firsts = new boolean[Character.MAX_VALUE + 1];
    /** Whether a term is empty ("*"), which matches at any word start, whatever its character. */
    private final boolean empty;

    public Terms(List<String> terms) {
        // the terms are lower case and the text is lowered before matching: far cheaper than Unicode case folding
        this.terms = terms.stream().map(t -> t.strip().toLowerCase(Locale.ROOT))
                .map(t -> t.endsWith("*") ? new Term(t.substring(0, t.length() - 1).toCharArray(), true)
                        : new Term(t.toCharArray(), false))
                .toArray(Term[]::new);
        boolean anyEmpty = false;
        for (Term t : this.terms) {
            if (t.text().length == 0) {
                anyEmpty = true;
            } else {
                firsts[t.text()[0]] = true;
            }
        }
        this.empty = anyEmpty;
    }

    /**
     * Whether a term stands in the text: where no letter or digit comes before it, and, for a whole word, none after
     * it (a prefix takes any letters, digits and dashes after it). One pass over the lowered text's characters (an
     * array: String.charAt under the quick compiler cost twice as much a character) that carries whether the
     * character before is a word's, trying the terms only where a word starts with a term's first character.
     */
    public boolean foundIn(String text) {
        if (text == null) {
            return false;
        }
        if (terms.length == 0) {
            return true; // as the pattern of no alternatives answered (it matched the empty word); kept, not judged here
        }
        char[] lower = text.toLowerCase(Locale.ROOT).toCharArray();
        int n = lower.length;
        boolean afterWord = false; // isWordChar(codePointBefore(lower, i)), for i > 0
        for (int i = 0; i <= n; i++) {
            if (!afterWord && (empty || i < n && firsts[lower[i]]) && startsAt(lower, i)) {
                return true;
            }
            if (i < n) {
                char c = lower[i];
                afterWord = c < 128 ? isAsciiWordChar(c) : isWordChar(Character.codePointBefore(lower, i + 1));
            }
        }
        return false;
    }

    /** Whether a term starts at i (a word start) and, for a whole word, ends where the word does. */
    private boolean startsAt(char[] lower, int i) {
        for (Term t : terms) {
            int end = i + t.text().length;
            if (end <= lower.length && startsWith(lower, i, t.text())
                    && (t.prefix() || end == lower.length || !isWordChar(Character.codePointAt(lower, end)))) {
                return true;
            }
        }
        return false;
    }

    /** A plain loop: Arrays.equals over a range checks its bounds at a cost the quick compiler does not take off. */
    private static boolean startsWith(char[] text, int at, char[] term) {
        for (int k = 0; k < term.length; k++) {
            if (text[at + k] != term[k]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiWordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    /** What the terms are bounded by: a letter or an ASCII digit. */
    private static boolean isWordChar(int c) {
        return Character.isLetter(c) || c >= '0' && c <= '9';
    }
}
