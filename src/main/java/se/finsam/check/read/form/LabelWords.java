package se.finsam.check.read.form;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.finsam.check.model.Text;

/**
 * Finds one label of a signature block in a cell by its words, wherever in the cell it stands: a misread letter
 * is forgiven, the words may be reordered ("Datum och ort"), run together ("Ortochdatum") or
 * split ("Namn förtydligande"). The text before and after the label is the value.
 */
final class LabelWords {

    /** A label found: where it starts and ends in the cell. */
    record Found(int start, int end) {
    }

    private record Word(String norm, int start, int end) {
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    /** A label is a few words; a longer cell is searched only in its first words (no need to split prose). */
    private static final int MAX_WORDS = 30;

    private final List<List<String>> wordings = new ArrayList<>();

    LabelWords(List<String> wordings) {
        for (String w : wordings) {
            this.wordings.add(words(w).stream().map(Word::norm).toList());
        }
    }

    private static List<Word> words(String text) {
        List<Word> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (words.size() < MAX_WORDS && m.find()) {
            words.add(new Word(Similarity.normalise(m.group()), m.start(), m.end()));
        }
        return words;
    }

    /** The longest label in the text, if any. */
    Optional<Found> find(String text) {
        List<Word> words = words(text);
        Found best = null;
        for (int i = 0; i < words.size(); i++) {
            for (List<String> wording : wordings) {
                for (int n = 1; n <= wording.size() + 1 && i + n <= words.size(); n++) {
                    List<Word> span = words.subList(i, i + n);
                    if (matches(span, wording)) {
                        Found f = new Found(span.get(0).start(), span.get(n - 1).end());
                        if (best == null || f.end() - f.start() > best.end() - best.start()) {
                            best = f;
                        }
                    }
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** Every label in the text, left to right, the longest where labels overlap. */
    List<Found> all(String text) {
        List<Word> words = words(text);
        List<Found> found = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            int longest = 0;
            for (List<String> wording : wordings) {
                for (int n = 1; n <= wording.size() + 1 && i + n <= words.size(); n++) {
                    if (n > longest && matches(words.subList(i, i + n), wording)) {
                        longest = n;
                    }
                }
            }
            if (longest > 0) {
                found.add(new Found(words.get(i).start(), words.get(i + longest - 1).end()));
                i += longest;
            } else {
                i++;
            }
        }
        return found;
    }

    boolean in(String text) {
        return find(text).isPresent();
    }

    /** The same words in any order, or the same letters run together or split differently. */
    private static boolean matches(List<Word> span, List<String> wording) {
        if (span.size() == wording.size() && sameWords(span, wording)) {
            return true;
        }
        // run together or split: the same letters exactly (with tolerance, a short value word would join the label)
        return String.join("", span.stream().map(Word::norm).toList()).equals(String.join("", wording));
    }

    /**
     * Equal, or a letter or two misread in a long word. Stricter than a heading's words: a label word must not
     * swallow the value after it ("Namnförtydligande Bert" is no label).
     */
    private static boolean close(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        int shorter = Math.min(a.length(), b.length());
        int allowed = Math.max(1, shorter / 6);
        return shorter >= 4 && Math.abs(a.length() - b.length()) <= 1 && Text.editDistance(a, b) <= allowed;
    }

    private static boolean sameWords(List<Word> span, List<String> wording) {
        Set<Integer> used = new HashSet<>();
        for (Word w : span) {
            boolean found = false;
            for (int k = 0; k < wording.size() && !found; k++) {
                if (!used.contains(k) && close(wording.get(k), w.norm())) {
                    used.add(k);
                    found = true;
                }
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }
}
