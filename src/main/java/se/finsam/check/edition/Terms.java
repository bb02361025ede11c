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

    public Terms(List<String> terms) {
        // the terms are lower case and the text is lowered before matching: far cheaper than Unicode case folding
        this.terms = terms.stream().map(t -> t.strip().toLowerCase(Locale.ROOT))
                .map(t -> t.endsWith("*") ? new Term(t.substring(0, t.length() - 1), true) : new Term(t, false))
                .toList();
    }

    /**
     * Whether a term stands in the text: where no letter or digit comes before it, and, for a whole word, none after
     * it (a prefix takes any letters, digits and dashes after it). A scan of the places words start, no pattern.
     */
    public boolean foundIn(String text) {
        if (text == null) {
            return false;
        }
        if (terms.isEmpty()) {
            return true; // as the pattern of no alternatives answered (it matched the empty word); kept, not judged here
        }
        String lower = text.toLowerCase(Locale.ROOT);
        for (int i = 0; i <= lower.length(); i++) {
            if (i > 0 && isWordChar(lower.codePointBefore(i))) {
                continue;
            }
            for (Term t : terms) {
                if (lower.startsWith(t.text(), i)) {
                    int end = i + t.text().length();
                    if (t.prefix() || end == lower.length() || !isWordChar(lower.codePointAt(end))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** What the terms are bounded by: a letter or an ASCII digit. */
    private static boolean isWordChar(int c) {
        return Character.isLetter(c) || c >= '0' && c <= '9';
    }
}
