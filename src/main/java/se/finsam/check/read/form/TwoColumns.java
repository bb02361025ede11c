package se.finsam.check.read.form;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Text set in two columns on a PDF page (a Word or LibreOffice section's columns) is read as one column: the left,
 * then the right, as the group reads it – not line by line across both, which would join the columns' lines. Each
 * column is a part of the page read on its own, the next part going on from it as a page goes on from the page
 * before (a paragraph the column's foot broke is read whole). The page is cut, top to bottom, into runs of lines that leave a band in the middle third of the text's
 * width, an em and a fifth wide at least, free (a line across – a title, a table, a footer – ends a run). A run is
 * in two columns when no table line crosses its band, each side holds at least five lines, the two sides are about
 * as wide as each other, and the page draws one side's words before the other's: a table without lines, whose cells
 * stand side by side too, is drawn row by row, from side to side and back, its cells seldom of one width.
 */
final class TwoColumns {

    /** The words and rules of a page as read, and the width of the page they stand on. */
    record Laid(List<PageLayout.Word> words, List<PageLayout.Rule> rules, double width) {
    }

    private static final int LINES = 5;
    private static final int SWITCHES = 3;
    /** A free band is at least this many ems wide. */
    private static final double BAND = 1.2;

    private TwoColumns() {
    }

    /** A run of lines, by their numbers from the top, and the free band it leaves. */
    private record Run(int first, int last, double from, double to) {
    }

    /**
     * The page as read, in parts to be read one after the other: what stands above a run in two columns, its left
     * column, its right column (moved to the left margin), and so on to what stands below the last – one part, the
     * page itself, when it has no columns. A column's part is as wide as the column and its margins.
     */
    static List<Laid> lay(List<PageLayout.Word> words, List<PageLayout.Rule> rules, double width) {
        List<Laid> same = List.of(new Laid(words, rules, width));
        if (words.size() < 4 * LINES) {
            return same;
        }
        List<PageLayout.Word> byTop = new ArrayList<>(words);
        byTop.sort(Comparator.comparingDouble(PageLayout.Word::top));
        // each word's line, counted from the top (both columns' lines at one height are one line here)
        Map<PageLayout.Word, Integer> lineOf = new IdentityHashMap<>();
        List<List<PageLayout.Word>> lines = new ArrayList<>();
        double lineTop = Double.NEGATIVE_INFINITY;
        for (PageLayout.Word w : byTop) {
            if (w.top() - lineTop > 0.5 * w.em()) {
                lines.add(new ArrayList<>());
                lineTop = w.top();
            }
            lines.get(lines.size() - 1).add(w);
            lineOf.put(w, lines.size() - 1);
        }
        double left = words.stream().mapToDouble(PageLayout.Word::left).min().orElse(0);
        double right = words.stream().mapToDouble(PageLayout.Word::right).max().orElse(0);
        double em = byTop.stream().mapToDouble(PageLayout.Word::em).sorted().skip(words.size() / 2).findFirst().orElse(10);
        List<Laid> parts = new ArrayList<>();
        int from = 0; // the first line not yet in a part
        for (Run run : runs(lines, rules, left, right, em)) {
            List<Laid> columns = columns(run, words, rules, lineOf, left);
            if (columns.isEmpty()) {
                continue;
            }
            int upTo = run.first();
            int since = from;
            parts.add(part(words, rules, w -> lineOf.get(w) >= since && lineOf.get(w) < upTo, width));
            parts.addAll(columns);
            from = run.last() + 1;
        }
        if (parts.isEmpty()) {
            return same;
        }
        int since = from;
        parts.add(part(words, rules, w -> lineOf.get(w) >= since, width));
        return parts.stream().filter(p -> !p.words().isEmpty()).toList();
    }

    /** The words a test picks and the rules among them (from their top to their bottom), on a page this wide. */
    private static Laid part(List<PageLayout.Word> words, List<PageLayout.Rule> rules,
                             java.util.function.Predicate<PageLayout.Word> in, double width) {
        List<PageLayout.Word> picked = words.stream().filter(in).toList();
        double top = picked.stream().mapToDouble(PageLayout.Word::top).min().orElse(0);
        double bottom = picked.stream().mapToDouble(PageLayout.Word::bottom).max().orElse(0);
        double em = picked.isEmpty() ? 0 : picked.get(0).em();
        return new Laid(picked, rules.stream().filter(r -> r.y1() >= top - em && r.y0() <= bottom + em).toList(), width);
    }

    /**
     * The page's runs of lines that leave a band free, each as long as it goes on (of two lines at least); a line
     * across the band, or a table's row (a table line down through the band beside it), ends a run.
     */
    private static List<Run> runs(List<List<PageLayout.Word>> lines, List<PageLayout.Rule> rules, double left,
                                  double right, double em) {
        double from = left + (right - left) / 3;
        int steps = (int) Math.max(1, (right - left) / 3);
        List<Run> runs = new ArrayList<>();
        boolean[] crossed = new boolean[steps + 1];
        int first = 0;
        double[] band = null;
        for (int i = 0; i <= lines.size(); i++) {
            boolean[] line = i < lines.size() && !ruled(lines.get(i), rules, from, from + steps) ? covered(lines.get(i), from, steps) : null;
            double[] with = null;
            boolean[] next = null;
            if (line != null) {
                next = crossed.clone();
                for (int s = 0; s <= steps; s++) {
                    next[s] |= line[s];
                }
                with = widest(next, from, em);
            }
            if (with == null) {
                if (band != null && i - first >= 2) {
                    runs.add(new Run(first, i - 1, band[0], band[1]));
                }
                // the line that ended the run may begin the next one
                double[] alone = line == null ? null : widest(line, from, em);
                crossed = alone == null ? new boolean[steps + 1] : line;
                first = alone == null ? i + 1 : i;
                band = alone;
            } else {
                crossed = next;
                band = with;
            }
        }
        return runs;
    }

    /** Which steps of the middle third (from from, steps of a point) a line's words cover. */
    private static boolean[] covered(List<PageLayout.Word> line, double from, int steps) {
        boolean[] covered = new boolean[steps + 1];
        for (PageLayout.Word w : line) {
            for (int s = (int) Math.max(0, Math.floor(w.left() - from)); s <= Math.min(steps, Math.ceil(w.right() - from)); s++) {
                covered[s] = true;
            }
        }
        return covered;
    }

    /** Whether a table line runs down through the middle third beside a line: the line is a table's row. */
    private static boolean ruled(List<PageLayout.Word> line, List<PageLayout.Rule> rules, double from, double to) {
        double y = line.get(0).centerY();
        return rules.stream().anyMatch(r -> r.vertical() && r.x0() >= from && r.x0() <= to && r.y0() <= y && r.y1() >= y);
    }

    /** The widest stretch of steps not crossed, as page coordinates; null when none is BAND ems wide. */
    private static double[] widest(boolean[] crossed, double from, double em) {
        int bestFrom = -1;
        int bestLength = 0;
        for (int s = 0, start = -1; s <= crossed.length; s++) {
            if (s < crossed.length && !crossed[s]) {
                start = start < 0 ? s : start;
            } else if (start >= 0) {
                if (s - start > bestLength) {
                    bestLength = s - start;
                    bestFrom = start;
                }
                start = -1;
            }
        }
        return bestLength >= BAND * em ? new double[] {from + bestFrom, from + bestFrom + bestLength} : null;
    }

    /**
     * A run's two columns as parts – the left, then the right moved to the left margin –, each as wide as the
     * column and its margins; none when the run is no two columns. The column's width: where nine in ten of its
     * lines end (a line drawn past the column is rare).
     */
    private static List<Laid> columns(Run run, List<PageLayout.Word> words, List<PageLayout.Rule> rules,
                                      Map<PageLayout.Word, Integer> lineOf, double left) {
        List<PageLayout.Word> leftSide = new ArrayList<>();
        List<PageLayout.Word> rightSide = new ArrayList<>();
        StringBuilder order = new StringBuilder();
        for (PageLayout.Word w : words) {
            int line = lineOf.get(w);
            if (line < run.first() || line > run.last()) {
                continue;
            }
            boolean isLeft = w.right() <= run.from();
            (isLeft ? leftSide : rightSide).add(w);
            order.append(isLeft ? 'L' : 'R');
        }
        double top = words.stream().filter(w -> lineOf.get(w) == run.first()).mapToDouble(PageLayout.Word::top).min().orElse(0);
        double bottom = words.stream().filter(w -> lineOf.get(w) == run.last()).mapToDouble(PageLayout.Word::bottom).max().orElse(0);
        if (lines(leftSide, lineOf) < LINES || lines(rightSide, lineOf) < LINES || switches(order) > SWITCHES
                || rules.stream().anyMatch(r -> r.x0() < run.to() && r.x1() > run.from() && r.y1() > top && r.y0() < bottom)) {
            return List.of();
        }
        Map<Integer, Double> ends = new java.util.HashMap<>();
        leftSide.forEach(w -> ends.merge(lineOf.get(w), w.right(), Math::max));
        double[] sorted = ends.values().stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double edge = sorted[Math.min(sorted.length - 1, (int) (0.9 * sorted.length))];
        double rightLeft = rightSide.stream().mapToDouble(PageLayout.Word::left).min().orElse(left);
        double rightEnd = rightSide.stream().mapToDouble(PageLayout.Word::right).max().orElse(left);
        if (Math.abs((edge - left) - (rightEnd - rightLeft)) > 0.2 * Math.max(edge - left, rightEnd - rightLeft)) {
            return List.of(); // columns are as wide as each other; a table's cells seldom are
        }
        double dx = left - rightLeft;
        List<PageLayout.Rule> within = rules.stream().filter(r -> r.y1() >= top && r.y0() <= bottom).toList();
        return List.of(new Laid(leftSide, within.stream().filter(r -> r.x1() <= run.from()).toList(), edge + left),
                new Laid(rightSide.stream().map(w -> moved(w, dx)).toList(), within.stream().filter(r -> r.x0() >= run.to())
                        .map(r -> new PageLayout.Rule(r.x0() + dx, r.y0(), r.x1() + dx, r.y1())).toList(), edge + left));
    }

    private static int lines(List<PageLayout.Word> side, Map<PageLayout.Word, Integer> lineOf) {
        return (int) side.stream().map(lineOf::get).distinct().count();
    }

    /** How often the order of drawing goes from one side to the other. */
    private static int switches(CharSequence order) {
        int n = 0;
        for (int i = 1; i < order.length(); i++) {
            n += order.charAt(i) != order.charAt(i - 1) ? 1 : 0;
        }
        return n;
    }

    private static PageLayout.Word moved(PageLayout.Word w, double dx) {
        return new PageLayout.Word(w.text(), w.left() + dx, w.top(), w.right() + dx, w.bottom(), w.em(), w.grey());
    }
}
