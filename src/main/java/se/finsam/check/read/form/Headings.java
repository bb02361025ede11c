package se.finsam.check.read.form;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a form's headings at the start of a line, word by word: a misread letter, punctuation and extra words
 * are forgiven, and the words that tell headings apart (målgrupper, strukturområden) count more than the words
 * they share (vilka, kommer, LOKUS-gruppen).
 */
final class Headings {

    /** A heading found: its key, and the text after it on the same line (an answer written inline). */
    record Match(String key, String rest) {
    }

    private record Variant(String key, List<String> words) {
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final double THRESHOLD = 0.8;
    private static final int EXTRA_WORDS = 3;

    private final List<Variant> variants = new ArrayList<>();
    private final Map<String, Double> weights = new HashMap<>();

    Headings(Map<String, List<String>> headings) {
        Map<String, Integer> df = new HashMap<>();
        headings.forEach((key, list) -> list.forEach(text -> {
            List<String> words = words(text).stream().map(Word::norm).toList();
            variants.add(new Variant(key, words));
            words.stream().distinct().forEach(w -> df.merge(w, 1, Integer::sum));
        }));
        df.forEach((w, n) -> weights.put(w, Math.log(1 + (double) variants.size() / n)));
    }

    private record Word(String norm, int end) {
    }

    /** A heading is matched against the first words of a line only; no need to split a whole page of prose. */
    private static final int MAX_WORDS = 40;

    private static List<Word> words(String text) {
        List<Word> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (words.size() < MAX_WORDS && m.find()) {
            words.add(new Word(Similarity.normalise(m.group()), m.end()));
        }
        return words;
    }

    Optional<Match> match(String line) {
        List<Word> words = words(line);
        if (words.isEmpty()) {
            return Optional.empty();
        }
        Match best = null;
        double bestScore = THRESHOLD;
        for (Variant v : variants) {
            int limit = Math.min(words.size(), v.words().size() + EXTRA_WORDS);
            Alignment a = align(v.words(), words.subList(0, limit));
            if (a.score() >= bestScore && a.firstLineWord() <= 1) {
                String rest = rest(line, words.get(a.lastLineWord()).end());
                if (v.words().size() == 1 && (a.firstLineWord() > 0 || !standsAlone(line, words.get(a.lastLineWord()).end()))) {
                    continue;
                }
                if (a.score() > bestScore || best == null) {
                    best = new Match(v.key(), rest);
                    bestScore = a.score();
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private record Alignment(double score, int firstLineWord, int lastLineWord) {
    }

    /** Weighted longest common subsequence of heading words in the line's first words. */
    private Alignment align(List<String> heading, List<Word> line) {
        int n = heading.size();
        int m = line.size();
        double[][] best = new double[n + 1][m + 1];
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                double skip = Math.max(best[i - 1][j], best[i][j - 1]);
                double take = Similarity.sameWord(heading.get(i - 1), line.get(j - 1).norm())
                        ? best[i - 1][j - 1] + weights.getOrDefault(heading.get(i - 1), 1.0) : -1;
                best[i][j] = Math.max(skip, take);
            }
        }
        double total = heading.stream().mapToDouble(w -> weights.getOrDefault(w, 1.0)).sum();
        // walk back to find the first and last line words used
        int i = n;
        int j = m;
        int first = -1;
        int last = -1;
        while (i > 0 && j > 0) {
            if (Similarity.sameWord(heading.get(i - 1), line.get(j - 1).norm())
                    && best[i][j] == best[i - 1][j - 1] + weights.getOrDefault(heading.get(i - 1), 1.0)) {
                if (last < 0) {
                    last = j - 1;
                }
                first = j - 1;
                i--;
                j--;
            } else if (best[i - 1][j] >= best[i][j - 1]) {
                i--;
            } else {
                j--;
            }
        }
        return last < 0 ? new Alignment(0, 0, 0) : new Alignment(best[n][m] / total, first, last);
    }

    /** A one-word heading counts only on a line of its own or before a colon ("Insatstid: …"). */
    private static boolean standsAlone(String line, int end) {
        String after = line.substring(end).strip();
        return after.isEmpty() || after.startsWith(":") || !after.matches("(?s).*\\p{L}.*");
    }

    /** The answer after a heading: past the heading's own question mark or colon when one follows soon. */
    private static String rest(String line, int end) {
        String after = line.substring(end);
        int q = after.indexOf('?');
        if (q >= 0 && q < 100 && !after.substring(0, q).contains(".")) {
            after = after.substring(q + 1);
        }
        return after.replaceFirst("^[\\s?:*()\\-–.]+", "").strip();
    }
}
