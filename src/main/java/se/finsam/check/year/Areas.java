package se.finsam.check.year;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The key a plan's area is found by: its words, lowered ("Enköping-Håbo" → "enköping håbo"). A report's initiative
 * names its area as a word or a few ("Långsiktig samverkan – Heby"), so a report has the keys of every run of up to
 * {@value #MOST_WORDS} words of it, and its plan is found by key, not by comparing it with every plan.
 */
final class Areas {

    /** The most words an area's name has. */
    static final int MOST_WORDS = 3;
    /** An initiative is a title; words beyond these are prose that names no area. */
    private static final int WORDS_READ = 40;
    private Areas() {
    }

    /** The key of an area's name; null when it has no words. */
    static String key(String area) {
        List<String> w = words(area);
        return w.isEmpty() ? null : String.join(" ", w);
    }

    /** The keys an initiative may name an area by, runs of more words first, each in the order of the text. */
    static List<String> keysIn(String initiative) {
        List<String> w = words(initiative);
        w = w.subList(0, Math.min(w.size(), WORDS_READ));
        List<String> keys = new ArrayList<>();
        for (int n = Math.min(MOST_WORDS, w.size()); n >= 1; n--) {
            for (int i = 0; i + n <= w.size(); i++) {
                String k = String.join(" ", w.subList(i, i + n));
                if (!keys.contains(k)) {
                    keys.add(k);
                }
            }
        }
        return keys;
    }

    /** The runs of letters and ASCII digits, lowered – as a split at [^\\p{L}\\d]+ gave them, by a scan. */
    private static List<String> words(String text) {
        if (text == null) {
            return List.of();
        }
        String lower = text.toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < lower.length(); ) {
            int c = lower.codePointAt(i);
            boolean word = Character.isLetter(c) || c >= '0' && c <= '9';
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                words.add(lower.substring(start, i));
                start = -1;
            }
            i += Character.charCount(c);
        }
        if (start >= 0) {
            words.add(lower.substring(start));
        }
        return words;
    }
}
