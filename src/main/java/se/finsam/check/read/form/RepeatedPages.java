package se.finsam.check.read.form;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Drops pages an export repeated (scans that overlapped, a page copied for each signer): a run of four or more
 * lines that repeats an earlier run. Repeats may differ by markup and by a few OCR letters. Empty form lines
 * ("Datum:", "Underskrift:") are neither dropped nor counted, since every copy of a signature page has them. Shorter
 * runs are kept: two posts can be described alike (Funktion, Tjänstgöringsgrad, Period), and a budget repeats its
 * header rows for each year.
 */
final class RepeatedPages {

    private static final int MIN_RUN = 4;
    private static final double SIMILAR = 0.9;
    /**
     * A line is compared as the start of a repeat with this many earlier lines of the same text, the nearest: a page
     * is repeated a few times, and a line that recurs in thousands of places ("Datum: 1/2") must not make each
     * line cost a pass over all the earlier ones.
     */
    static final int CANDIDATES = 32;

    private static final ArrayDeque<Integer> EMPTY = new ArrayDeque<>();

    private RepeatedPages() {
    }

    static List<FormLine> drop(List<FormLine> lines) {
        List<Integer> content = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!isTemplate(lines.get(i))) {
                content.add(i);
            }
        }
        List<String> norm = content.stream().map(i -> Similarity.normalise(lines.get(i).text())).toList();
        Map<String, ArrayDeque<Integer>> earlier = new HashMap<>();
        Set<Integer> dropped = new HashSet<>();
        int c = 0;
        while (c < content.size()) {
            int run = 0;
            for (int start : earlier.getOrDefault(norm.get(c), EMPTY)) {
                run = Math.max(run, runLength(norm, start, c));
            }
            if (run >= MIN_RUN) {
                for (int k = 0; k < run; k++) {
                    dropped.add(content.get(c + k));
                }
                c += run;
            } else {
                ArrayDeque<Integer> starts = earlier.computeIfAbsent(norm.get(c), k -> new ArrayDeque<>());
                if (starts.size() == CANDIDATES) {
                    starts.removeFirst();
                }
                starts.addLast(c);
                c++;
            }
        }
        List<FormLine> kept = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!dropped.contains(i)) {
                kept.add(lines.get(i));
            }
        }
        return kept;
    }

    /** How many lines from at repeat the lines from start (which lie before at). */
    private static int runLength(List<String> norm, int start, int at) {
        int n = 0;
        while (at + n < norm.size() && start + n < at && Similarity.similar(norm.get(start + n), norm.get(at + n), SIMILAR)) {
            n++;
        }
        return n;
    }

    /** A line of empty form fields: every cell is a label ending in ':' with nothing after it. */
    private static boolean isTemplate(FormLine line) {
        return line.cells().stream().allMatch(c -> c.text().isEmpty() || c.text().endsWith(":"));
    }
}
