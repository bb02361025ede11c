package se.finsam.check.read.form;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import se.finsam.check.model.Text;

/** Text comparison that forgives markup, case, punctuation and a few misread letters (OCR). */
final class Similarity {

    private Similarity() {
    }

    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** Lower case letters and digits, single spaces. */
    static String normalise(String s) {
        String lower = Normalizer.normalize(s, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        return NOT_LETTERS.matcher(lower).replaceAll(" ").strip();
    }

    /** Lines longer than this are compared for equality only: a trigram set of a huge line costs too much memory. */
    private static final int MAX_FUZZY = 5_000;

    /** Equal, or character trigrams overlapping at least by threshold (Dice coefficient). */
    static boolean similar(String a, String b, double threshold) {
        if (a.equals(b)) {
            return true;
        }
        if (a.length() > MAX_FUZZY || b.length() > MAX_FUZZY) {
            return false;
        }
        int shorter = Math.min(a.length(), b.length());
        if (shorter < 8 || shorter < threshold * Math.max(a.length(), b.length())) {
            return false;
        }
        return dice(a, b) >= threshold;
    }

    static double dice(String a, String b) {
        long[] ta = trigrams(a);
        long[] tb = trigrams(b);
        if (ta.length == 0 || tb.length == 0) {
            return 0;
        }
        int common = 0;
        for (int i = 0, j = 0; i < ta.length && j < tb.length;) {
            if (ta[i] == tb[j]) {
                common++;
                i++;
                j++;
            } else if (ta[i] < tb[j]) {
                i++;
            } else {
                j++;
            }
        }
        return 2.0 * common / (ta.length + tb.length);
    }

    /** The distinct character trigrams of s, each packed into a long (three 16-bit chars), sorted. */
    private static long[] trigrams(String s) {
        if (s.length() < 3) {
            return new long[0];
        }
        long[] grams = new long[s.length() - 2];
        for (int i = 0; i + 3 <= s.length(); i++) {
            grams[i] = ((long) s.charAt(i) << 32) | ((long) s.charAt(i + 1) << 16) | s.charAt(i + 2);
        }
        Arrays.sort(grams);
        int distinct = 0;
        for (int i = 0; i < grams.length; i++) {
            if (distinct == 0 || grams[i] != grams[distinct - 1]) {
                grams[distinct++] = grams[i];
            }
        }
        return Arrays.copyOf(grams, distinct);
    }

    /** Two words are the same word misread: equal, one letter apart, or sharing a long stem. */
    static boolean sameWord(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        // a long shared stem: "strukturer" ~ "strukturområden", OCR's "strukturrenstråden" too; not "insatsmål" ~ "insatsägare"
        int stem = stem(a, b);
        if (stem >= 6 && (stem >= 0.75 * Math.min(a.length(), b.length()) || stem >= 8)) {
            return true;
        }
        return misread(a, b);
    }

    /**
     * Whether a word alone on a line is a heading of one word: as {@link #sameWord}, but a shared stem must cover
     * most of the heading's word – a narrow cell's answer that wraps after its first word ("Insatsen", then "kommer
     * att …") is not the heading "Insatsägare" or "Insatstid"; "Samverkansparterna" is still "Samverkansparter".
     */
    static boolean sameWordAlone(String heading, String word) {
        return heading.equals(word) || stem(heading, word) >= 0.75 * heading.length() || misread(heading, word);
    }

    private static int stem(String a, String b) {
        int stem = 0;
        while (stem < a.length() && stem < b.length() && a.charAt(stem) == b.charAt(stem)) {
            stem++;
        }
        return stem;
    }

    /** A letter or a few misread (a fifth of the shorter word), in words of four letters or more. */
    private static boolean misread(String a, String b) {
        int shorter = Math.min(a.length(), b.length());
        if (shorter < 4) {
            return false;
        }
        // the distance is at least the difference in length: a word of a whole line is never compared letter by letter
        int allowed = Math.max(1, shorter / 5);
        return Math.abs(a.length() - b.length()) <= allowed && Text.editDistance(a, b) <= allowed;
    }
}
