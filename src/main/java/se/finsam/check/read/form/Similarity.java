package se.finsam.check.read.form;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import se.finsam.check.model.Text;

/** Text comparison that forgives markup, case, punctuation and a few misread letters (OCR). */
final class Similarity {

    private Similarity() {
    }

    /** Lower case letters and digits, single spaces. */
    static String normalise(String s) {
        String lower = Normalizer.normalize(s, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        return lower.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
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
        Set<String> ta = trigrams(a);
        Set<String> tb = trigrams(b);
        if (ta.isEmpty() || tb.isEmpty()) {
            return 0;
        }
        int common = 0;
        for (String t : ta) {
            if (tb.contains(t)) {
                common++;
            }
        }
        return 2.0 * common / (ta.size() + tb.size());
    }

    private static Set<String> trigrams(String s) {
        Set<String> grams = new HashSet<>();
        for (int i = 0; i + 3 <= s.length(); i++) {
            grams.add(s.substring(i, i + 3));
        }
        return grams;
    }

    /** Two words are the same word misread: equal, one letter apart, or sharing a long stem. */
    static boolean sameWord(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        int stem = 0;
        while (stem < a.length() && stem < b.length() && a.charAt(stem) == b.charAt(stem)) {
            stem++;
        }
        // a long shared stem: "strukturer" ~ "strukturområden", OCR's "strukturrenstråden" too; not "insatsmål" ~ "insatsägare"
        int shorter = Math.min(a.length(), b.length());
        if (stem >= 6 && (stem >= 0.75 * shorter || stem >= 8)) {
            return true;
        }
        return Math.min(a.length(), b.length()) >= 4 && Text.editDistance(a, b) <= Math.max(1, Math.min(a.length(), b.length()) / 5);
    }
}
