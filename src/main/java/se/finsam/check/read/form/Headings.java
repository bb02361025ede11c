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

    /**
     * A heading found: its key, the text after it on the same line (an answer written inline), and whether it is
     * a one-word heading found in another word than its own – another form of it ("Insatsägarna" for
     * "Insatsägare") or it misread – the weakest sign of a heading, which a narrow cell's answer wrapped after its
     * first word also gives.
     */
    record Match(String key, String rest, boolean inflected) {
    }

    /** A heading: its words as indices into the vocabulary of all headings, and their total weight. */
    private record Variant(String key, int[] words, double total) {
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final double THRESHOLD = 0.8;
    private static final int EXTRA_WORDS = 3;

    private final List<Variant> variants = new ArrayList<>();
    /** The distinct words of all headings, and each one's weight. */
    private final List<String> vocabulary = new ArrayList<>();
    private final double[] weight;

    Headings(Map<String, List<String>> headings) {
        Map<String, Integer> df = new HashMap<>();
        Map<String, Integer> index = new HashMap<>();
        List<Map.Entry<String, List<String>>> texts = new ArrayList<>();
        headings.forEach((key, list) -> list.forEach(text -> {
            List<String> words = words(text).stream().map(Word::norm).toList();
            texts.add(Map.entry(key, words));
            words.stream().distinct().forEach(w -> df.merge(w, 1, Integer::sum));
            words.forEach(w -> index.computeIfAbsent(w, k -> {
                vocabulary.add(k);
                return vocabulary.size() - 1;
            }));
        }));
        Map<String, Double> weights = new HashMap<>();
        df.forEach((w, n) -> weights.put(w, Math.log(1 + (double) texts.size() / n)));
        weight = new double[vocabulary.size()];
        for (int i = 0; i < weight.length; i++) {
            weight[i] = weights.getOrDefault(vocabulary.get(i), 1.0);
        }
        for (Map.Entry<String, List<String>> t : texts) {
            double total = t.getValue().stream().mapToDouble(w -> weights.getOrDefault(w, 1.0)).sum();
            variants.add(new Variant(t.getKey(), t.getValue().stream().mapToInt(index::get).toArray(), total));
        }
    }

    private record Word(String norm, int end) {
    }

    /** A heading is matched against the first words of a line only; no need to split a whole page of prose. */
    private static final int MAX_WORDS = 40;

    /** Numbers that open a heading are its outline number ("2.", "3.1", "4)"), typed before a question or kept. */
    private static final int OUTLINE_LEVELS = 4;

    private static List<Word> unnumbered(List<Word> words) {
        int numbers = 0;
        while (numbers < Math.min(OUTLINE_LEVELS, words.size() - 1) && isNumber(words.get(numbers).norm())) {
            numbers++;
        }
        return words.subList(numbers, words.size());
    }

    private static boolean isNumber(String word) {
        return word.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private static List<Word> words(String text) {
        List<Word> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (words.size() < MAX_WORDS && m.find()) {
            words.add(new Word(Similarity.normalise(m.group()), m.end()));
        }
        return words;
    }

    Optional<Match> match(String line) {
        List<Word> words = unnumbered(words(line));
        if (words.isEmpty()) {
            return Optional.empty();
        }
        Same same = new Same(words);
        Variant bestVariant = null;
        Alignment bestAlignment = null;
        double bestScore = THRESHOLD;
        for (Variant v : variants) {
            int limit = Math.min(words.size(), v.words().length + EXTRA_WORDS);
            // the alignment must start at the line's first or second word: a line that starts with neither is no match
            if (!same.anyOf(v.words(), Math.min(2, limit))) {
                continue;
            }
            Alignment a = align(v, limit, same);
            if (a.score() >= bestScore && a.firstLineWord() <= 1) {
                if (v.words().length == 1 && (a.firstLineWord() > 0 || !standsAlone(line, words.get(a.lastLineWord()).end())
                        || !Similarity.sameWordAlone(vocabulary.get(v.words()[0]), words.get(a.firstLineWord()).norm()))) {
                    continue;
                }
                if (a.score() > bestScore || bestVariant == null) {
                    bestVariant = v;
                    bestAlignment = a;
                    bestScore = a.score();
                }
            }
        }
        if (bestVariant == null) {
            return Optional.empty();
        }
        boolean inflected = bestVariant.words().length == 1
                && !vocabulary.get(bestVariant.words()[0]).equals(words.get(bestAlignment.firstLineWord()).norm());
        return Optional.of(new Match(bestVariant.key(), rest(line, words.get(bestAlignment.lastLineWord()).end()), inflected));
    }

    /** Whether a heading word and a line word are the same word, each pair compared once per line. */
    private final class Same {
        private final List<Word> line;
        private final byte[][] known;

        Same(List<Word> line) {
            this.line = line;
            this.known = new byte[line.size()][];
        }

        boolean test(int headingWord, int lineWord) {
            if (known[lineWord] == null) {
                known[lineWord] = new byte[vocabulary.size()];
            }
            byte k = known[lineWord][headingWord];
            if (k == 0) {
                k = Similarity.sameWord(vocabulary.get(headingWord), line.get(lineWord).norm()) ? (byte) 1 : (byte) 2;
                known[lineWord][headingWord] = k;
            }
            return k == 1;
        }

        boolean anyOf(int[] heading, int lineWords) {
            for (int j = 0; j < lineWords; j++) {
                for (int h : heading) {
                    if (test(h, j)) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    private record Alignment(double score, int firstLineWord, int lastLineWord) {
    }

    /** Weighted longest common subsequence of heading words in the line's first words. */
    private Alignment align(Variant v, int m, Same same) {
        int[] heading = v.words();
        int n = heading.length;
        double[][] best = new double[n + 1][m + 1];
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                double skip = Math.max(best[i - 1][j], best[i][j - 1]);
                double take = same.test(heading[i - 1], j - 1) ? best[i - 1][j - 1] + weight[heading[i - 1]] : -1;
                best[i][j] = Math.max(skip, take);
            }
        }
        // walk back to find the first and last line words used
        int i = n;
        int j = m;
        int first = -1;
        int last = -1;
        while (i > 0 && j > 0) {
            if (same.test(heading[i - 1], j - 1) && best[i][j] == best[i - 1][j - 1] + weight[heading[i - 1]]) {
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
        return last < 0 ? new Alignment(0, 0, 0) : new Alignment(best[n][m] / v.total(), first, last);
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
