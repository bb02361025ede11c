package se.finsam.check.read.form;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Rebuilds one page of words with positions – from a PDF's text layer or from OCR of a scanned page – into the rows
 * of the neutral representation: paragraphs (one cell, lines wrapped by the layout joined again) and table rows of
 * cells. Cells come from the ruling lines where a table has them (text wrapped inside a cell joined within the
 * cell, a row ending at the horizontal rule below it), else from column gaps that line up across the lines of a
 * table. Coordinates are in points from the top left of the page; sizes are measured in the text's em.
 */
final class PageLayout {

    /** A word: its text and box, the size of its font (em), and whether it is drawn in grey. */
    record Word(String text, double left, double top, double right, double bottom, double em, boolean grey) {
        double centerX() {
            return (left + right) / 2;
        }

        double centerY() {
            return (top + bottom) / 2;
        }
    }

    /** A ruling line, drawn or found in a scanned image: from (x0, y0) to (x1, y1), x0 ≤ x1 and y0 ≤ y1. */
    record Rule(double x0, double y0, double x1, double y1) {
        static Rule of(double xa, double ya, double xb, double yb) {
            return new Rule(Math.min(xa, xb), Math.min(ya, yb), Math.max(xa, xb), Math.max(ya, yb));
        }

        boolean vertical() {
            return x1 - x0 <= THIN && y1 - y0 > THIN;
        }

        boolean horizontal() {
            return y1 - y0 <= THIN && x1 - x0 > THIN;
        }
    }

    /**
     * A rebuilt row: its cells, the line on the page it starts on (counted from 1, as a person counts the lines of
     * text from the top), whether a blank line's space lies above it, and its extent; grey: for each cell, whether
     * its text is drawn in grey throughout, as a template's guidance is.
     */
    record Row(List<String> cells, int line, boolean blankBefore, boolean table, double top, double left, boolean guessed,
               List<Boolean> grey) {
        String text() {
            return String.join(" ", cells).strip();
        }

        boolean grey(int cell) {
            return cell < grey.size() && grey.get(cell);
        }
    }

    /** A page with more ruling lines than this is read without them. */
    static final int MAX_RULES = 5_000;
    /** A line's cells are held against the columns of at most this many borderless tables above it. */
    private static final int MAX_TABLES = 8;
    /** A rule is at most this thick (points); a filled rectangle thinner than this is a rule. */
    static final double THIN = 3;
    /** Words whose centres lie within this part of an em vertically are on one line. */
    private static final double SAME_LINE = 0.5;
    /** A gap wider than this (in em) between words of a line may separate two cells. */
    private static final double CELL_GAP = 0.8;
    /** A gap at least this wide separates cells even on a line of its own (no other line to line up with). */
    private static final double WIDE_GAP = 2.0;
    /** How many lines away a line of cells is looked for, to see whether the cells of a line line up with it. */
    private static final int NEAR = 4;
    /** Column starts within this (in em) are one column. */
    private static final double ALIGN = 0.6;
    /** More space than this (in em) between two lines is a blank line. */
    private static final double BLANK = 0.9;
    /** A borderless table's cell ends about this far (in em) before the next column's text: its padding. */
    private static final double WRAP_PADDING = 1.5;
    /** Positions within this (points) are one position: double borders, a rule drawn twice. */
    private static final double SAME_POSITION = 2;
    /** The width of a space, in em, for the test whether a word would have fitted on the line above. */
    private static final double SPACE = 0.28;
    /** A word ending within this (in em) of its cell's right edge fills the cell: its next letter did not fit. */
    private static final double FILLS = 0.8;

    private final List<Rule> vertical = new ArrayList<>();
    private final List<Rule> horizontal = new ArrayList<>();
    private final double pageWidth;

    private PageLayout(List<Rule> rules, double pageWidth) {
        // thousands of segments are a drawing (a chart, a hatching), no table: and every line is held against them
        for (Rule r : rules.size() > MAX_RULES ? List.<Rule>of() : rules) {
            if (r.vertical()) {
                vertical.add(r);
            } else if (r.horizontal()) {
                horizontal.add(r);
            }
        }
        this.pageWidth = pageWidth;
    }

    /** The rows of a page, top to bottom. */
    static List<Row> rows(List<Word> words, List<Rule> rules, double pageWidth) {
        return new PageLayout(rules, pageWidth).rebuild(words);
    }

    /** A line of text as it stands on the page: its words left to right, and its number from the top. */
    private record Visual(List<Word> words, int number, double top, double bottom, double em) {
        double left() {
            return words.get(0).left();
        }

        double right() {
            return words.get(words.size() - 1).right();
        }

        double centerY() {
            return (top + bottom) / 2;
        }
    }

    /** A visual line split into cells: by rules (grid: the rules' positions) or by gaps (starts: each cell's left). */
    private record Split(Visual line, List<List<Word>> cells, List<Double> grid, List<Double> starts) {
    }

    private List<Row> rebuild(List<Word> words) {
        List<Visual> lines = visualLines(words);
        double em = median(lines.stream().map(Visual::em).toList());
        List<Split> splits = lines.stream().map(this::split).toList();
        boolean[] gapRow = gapRows(splits, em);
        double rightEdge = rightMargin(lines, splits, gapRow);
        double pitch = pitch(lines, em);
        int[] runs = runs(lines, em);
        List<Row> rows = new ArrayList<>();
        double bottom = Double.NaN; // of what was read last
        double lastRight = 0; // where the last line of text read ended
        List<Double> columns = null; // of the borderless table being read
        List<List<Word>> tails = null; // the words of each of its cells' last line so far, in the row being read
        List<List<Double>> tables = new ArrayList<>(); // the columns of the borderless tables on the page
        for (int i = 0; i < splits.size(); i++) {
            Split s = splits.get(i);
            Visual v = s.line();
            Row last = rows.isEmpty() ? null : rows.get(rows.size() - 1);
            boolean blank = !Double.isNaN(bottom) && v.top() - bottom > BLANK * em;
            if (s.grid() != null) {
                Split previous = i > 0 ? splits.get(i - 1) : null;
                if (last != null && last.table() && previous != null && sameGrid(previous.grid(), s.grid())
                        && !ruleBetween(previous.line(), v, s.grid())) {
                    boolean[] broken = broken(previous.cells(), s.cells(), grid(s.grid()), lines, runs, i, em);
                    rows.set(rows.size() - 1, appended(last, s.cells(), broken));
                } else {
                    double top = ruleAbove(v, s.grid());
                    boolean blankAbove = !Double.isNaN(bottom) && top - bottom > BLANK * em;
                    rows.add(new Row(texts(s.cells()), v.number(), blankAbove, true, top, v.left(), false, greys(s.cells())));
                }
                bottom = ruleBelow(v, s.grid());
                columns = null;
            } else if (columns != null && last != null && last.table() && !blank && i > 0
                    && v.top() - lines.get(i - 1).top() <= pitch * 1.1
                    && wrapsInCells(byColumn(s.cells(), columns, em), tails, columns, em, rightEdge)
                    && !repeatsLabel(byColumn(s.cells(), columns, em), last.cells())) {
                // the text of cells wrapped under a borderless table's row
                List<List<Word>> cells = byColumn(s.cells(), columns, em);
                boolean[] broken = broken(tails, cells, bounds(columns), lines, runs, i, em);
                rows.set(rows.size() - 1, appended(last, cells, broken));
                tails = tails(cells, tails);
                bottom = v.bottom();
            } else if (gapRow[i] || (s.cells().size() >= 2
                    && tableOf(s.starts().subList(1, s.starts().size()), tables, em) != null)) {
                // (a line whose cells start in the columns of a table above is a row of it)
                if (columns == null || blank) {
                    // a table interrupted by a blank line or a paragraph runs on in the columns it had
                    List<Double> found = columnsFrom(splits, gapRow, i, em);
                    columns = tableOf(found, tables, em);
                    if (columns == null) {
                        columns = found;
                        tables.add(found);
                        if (tables.size() > MAX_TABLES) {
                            tables.remove(0);
                        }
                    }
                }
                List<List<Word>> cells = byColumn(s.cells(), columns, em);
                rows.add(new Row(texts(cells), v.number(), blank, true, v.top(), v.left(), true, greys(cells)));
                tails = tails(cells, null);
                bottom = v.bottom();
            } else {
                String text = text(v.words());
                boolean grey = grey(v.words());
                if (last != null && !last.table() && !blank && wrapped(last, v, lastRight, rightEdge)) {
                    boolean broken = broken(List.of(lines.get(i - 1).words()), List.of(v.words()),
                            List.of(new double[] {0, pageWidth}), lines, runs, i, em)[0];
                    rows.set(rows.size() - 1, new Row(List.of(last.text() + (broken ? "" : " ") + text), last.line(),
                            last.blankBefore(), false, last.top(), last.left(), last.guessed(), List.of(last.grey(0) && grey)));
                } else {
                    // a line of one cell amid a borderless table's rows is a piece of a row not placed in its cells
                    rows.add(new Row(List.of(text), v.number(), blank, false, v.top(), v.left(), columns != null && !blank,
                            List.of(grey)));
                }
                bottom = v.bottom();
                columns = blank ? null : columns;
            }
            lastRight = v.right();
        }
        return rows;
    }

    /**
     * A row with the words of the next line added to its cells, cell by cell (text wrapped inside cells): after a
     * space, or without one where the cell's last line ended in a word broken at the cell's edge.
     */
    private static Row appended(Row row, List<List<Word>> more, boolean[] broken) {
        List<String> cells = new ArrayList<>(row.cells());
        List<Boolean> grey = new ArrayList<>(row.grey());
        for (int c = 0; c < more.size(); c++) {
            String add = text(more.get(c));
            if (c >= cells.size()) {
                cells.add(add);
                grey.add(grey(more.get(c)));
            } else if (!add.isEmpty()) {
                grey.set(c, (cells.get(c).isEmpty() || row.grey(c)) && grey(more.get(c)));
                cells.set(c, cells.get(c).isEmpty() ? add : cells.get(c) + (broken[c] ? "" : " ") + add);
            }
        }
        return new Row(cells, row.line(), row.blankBefore(), true, row.top(), row.left(), row.guessed(), grey);
    }

    private static List<String> texts(List<List<Word>> cells) {
        return cells.stream().map(PageLayout::text).toList();
    }

    private static List<Boolean> greys(List<List<Word>> cells) {
        return cells.stream().map(PageLayout::grey).toList();
    }

    /** Whether words are drawn in grey, all of them (no words: no grey). */
    private static boolean grey(List<Word> words) {
        return !words.isEmpty() && words.stream().allMatch(Word::grey);
    }

    private static String text(List<Word> words) {
        StringBuilder b = new StringBuilder();
        for (Word w : words) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(w.text());
        }
        return TextForm.clean(b.toString());
    }

    private static double median(List<Double> values) {
        if (values.isEmpty()) {
            return 10;
        }
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2);
    }

    /**
     * Where the text's lines end at the right: as far from the page's edge as the text's left margin (a table or a
     * long address may reach beyond it); further right only where several lines of text end beyond it.
     */
    private double rightMargin(List<Visual> lines, List<Split> splits, boolean[] gapRow) {
        double left = Double.MAX_VALUE;
        for (int i = 0; i < splits.size(); i++) {
            if (splits.get(i).grid() == null && !gapRow[i]) {
                left = Math.min(left, lines.get(i).left());
            }
        }
        double right = pageWidth - left;
        List<Double> beyond = new ArrayList<>();
        for (int i = 0; i < splits.size(); i++) {
            double end = lines.get(i).right();
            if (splits.get(i).grid() == null && !gapRow[i] && end > right && end <= pageWidth) {
                beyond.add(end);
            }
        }
        beyond.sort(null);
        return beyond.size() > 2 ? beyond.get(beyond.size() / 2) : right;
    }

    /**
     * The distance from line to line within a paragraph or a cell: the lower quartile of the distances between
     * lines less than a blank line apart (rows of a table may stand further apart, by their padding).
     */
    private static double pitch(List<Visual> lines, double em) {
        List<Double> distances = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            double d = lines.get(i).top() - lines.get(i - 1).top();
            if (d < (1 + BLANK) * em * 1.2) {
                distances.add(d);
            }
        }
        distances.sort(null);
        return distances.isEmpty() ? 1.2 * em : distances.get(distances.size() / 4);
    }

    /** Words grouped into lines of text, each left to right, the lines top to bottom. */
    private static List<Visual> visualLines(List<Word> words) {
        List<Word> sorted = new ArrayList<>(words);
        sorted.sort(Comparator.comparingDouble(Word::centerY));
        List<List<Word>> groups = new ArrayList<>();
        double center = Double.NaN;
        for (Word w : sorted) {
            if (groups.isEmpty() || w.centerY() - center > SAME_LINE * w.em()) {
                groups.add(new ArrayList<>());
                center = w.centerY();
            }
            groups.get(groups.size() - 1).add(w);
        }
        List<Visual> lines = new ArrayList<>();
        for (List<Word> g : groups) {
            g.sort(Comparator.comparingDouble(Word::left));
            lines.add(new Visual(g, lines.size() + 1, g.stream().mapToDouble(Word::top).min().orElse(0),
                    g.stream().mapToDouble(Word::bottom).max().orElse(0), median(g.stream().map(Word::em).toList())));
        }
        return lines;
    }

    /** A line cut by the vertical rules that cross it, else by its wide gaps. */
    private Split split(Visual v) {
        List<Double> grid = crossings(v);
        if (grid.size() >= 2) {
            List<List<Word>> cells = new ArrayList<>();
            for (int c = 0; c < grid.size() - 1; c++) {
                cells.add(new ArrayList<>());
            }
            for (Word w : v.words()) {
                if (!isRuleNoise(w, grid)) {
                    cells.get(cellOf(w.centerX(), grid)).add(w);
                }
            }
            return new Split(v, cells, grid, null);
        }
        List<List<Word>> chunks = new ArrayList<>();
        List<Double> starts = new ArrayList<>();
        Word previous = null;
        for (Word w : v.words()) {
            if (previous == null || w.left() - previous.right() > CELL_GAP * v.em()) {
                chunks.add(new ArrayList<>());
                starts.add(w.left());
            }
            chunks.get(chunks.size() - 1).add(w);
            previous = w;
        }
        return new Split(v, chunks, null, starts);
    }

    /** OCR reads a ruling line under a word as a stroke ("|", "[", "l"): such a "word" on a rule is no text. */
    private static boolean isRuleNoise(Word w, List<Double> grid) {
        return w.text().matches("[|\\[\\]Il!()]{1,2}") && grid.stream().anyMatch(x -> x >= w.left() - 2 && x <= w.right() + 2);
    }

    /** The x of each vertical rule that runs through the whole height of the line, left to right, once each. */
    private List<Double> crossings(Visual v) {
        List<Double> xs = new ArrayList<>();
        for (Rule r : vertical) {
            if (r.y0() <= v.top() + SAME_POSITION && r.y1() >= v.bottom() - SAME_POSITION) {
                xs.add((r.x0() + r.x1()) / 2);
            }
        }
        xs.sort(null);
        List<Double> distinct = new ArrayList<>();
        for (double x : xs) {
            if (distinct.isEmpty() || x - distinct.get(distinct.size() - 1) > SAME_POSITION) {
                distinct.add(x);
            }
        }
        // text entirely outside the rules (beside a table) is not in it
        double left = v.left();
        double right = v.right();
        if (distinct.size() >= 2 && (right < distinct.get(0) || left > distinct.get(distinct.size() - 1))) {
            return List.of();
        }
        return distinct;
    }

    private static int cellOf(double x, List<Double> grid) {
        for (int c = 0; c < grid.size() - 1; c++) {
            if (x < grid.get(c + 1)) {
                return c;
            }
        }
        return grid.size() - 2;
    }

    private static boolean sameGrid(List<Double> a, List<Double> b) {
        if (a == null || b == null || a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (Math.abs(a.get(i) - b.get(i)) > SAME_POSITION) {
                return false;
            }
        }
        return true;
    }

    /** Whether a horizontal rule across the table lies between two lines: the border between two rows. */
    private boolean ruleBetween(Visual above, Visual below, List<Double> grid) {
        for (Rule r : horizontal) {
            if (r.y0() >= above.centerY() && r.y1() <= below.centerY() && spans(r, grid)) {
                return true;
            }
        }
        return false;
    }

    private double ruleAbove(Visual v, List<Double> grid) {
        double y = v.top();
        double best = Double.NEGATIVE_INFINITY;
        for (Rule r : horizontal) {
            if (r.y1() <= v.centerY() && spans(r, grid) && r.y1() > best) {
                best = r.y1();
            }
        }
        return best > y - 2 * v.em() ? best : y;
    }

    private double ruleBelow(Visual v, List<Double> grid) {
        double best = Double.POSITIVE_INFINITY;
        for (Rule r : horizontal) {
            if (r.y0() >= v.centerY() && spans(r, grid) && r.y0() < best) {
                best = r.y0();
            }
        }
        return best < v.bottom() + 2 * v.em() ? best : v.bottom();
    }

    /** A horizontal rule under at least part of the table's cells. */
    private static boolean spans(Rule r, List<Double> grid) {
        double left = grid.get(0);
        double right = grid.get(grid.size() - 1);
        return r.x0() < right - SAME_POSITION && r.x1() > left + SAME_POSITION;
    }

    /**
     * Which lines without rules are table rows: two or more cells apart by gaps that line up with the cells of a
     * line next to it (or so wide that no line of text has them).
     */
    private static boolean[] gapRows(List<Split> splits, double em) {
        boolean[] row = new boolean[splits.size()];
        for (int i = 0; i < splits.size(); i++) {
            Split s = splits.get(i);
            if (s.grid() != null || s.cells().size() < 2) {
                continue;
            }
            row[i] = widestGap(s) >= WIDE_GAP * s.line().em() || linesUp(s, nearest(splits, i, -1, em), em)
                    || linesUp(s, nearest(splits, i, 1, em), em);
        }
        return row;
    }

    /**
     * The nearest line above (step -1) or below (1) of two or more cells, within a few lines and no blank line
     * away: the lines between may be one cell's wrapped text.
     */
    private static Split nearest(List<Split> splits, int i, int step, double em) {
        for (int j = i + step, n = 0; j >= 0 && j < splits.size() && n < NEAR; j += step, n++) {
            Split upper = splits.get(Math.min(j, j - step));
            Split lower = splits.get(Math.max(j, j - step));
            if (splits.get(j).grid() != null || lower.line().top() - upper.line().bottom() > BLANK * em) {
                return null;
            }
            if (splits.get(j).cells().size() >= 2) {
                return splits.get(j);
            }
        }
        return null;
    }

    private static double widestGap(Split s) {
        double widest = 0;
        for (int c = 1; c < s.cells().size(); c++) {
            List<Word> before = s.cells().get(c - 1);
            widest = Math.max(widest, s.cells().get(c).get(0).left() - before.get(before.size() - 1).right());
        }
        return widest;
    }

    /** Whether a cell after the first starts where one of the other line's cells after its first starts. */
    private static boolean linesUp(Split s, Split other, double em) {
        if (other == null || other.starts() == null || other.starts().size() < 2) {
            return false;
        }
        for (double a : s.starts().subList(1, s.starts().size())) {
            for (double b : other.starts().subList(1, other.starts().size())) {
                if (Math.abs(a - b) <= ALIGN * em) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The column starts of the borderless table from line i: the cell starts of its rows, nearby ones as one. */
    private static List<Double> columnsFrom(List<Split> splits, boolean[] gapRow, int from, double em) {
        List<Double> starts = new ArrayList<>();
        double bottom = Double.NaN;
        for (int i = from; i < splits.size(); i++) {
            Split s = splits.get(i);
            if (s.grid() != null || (!Double.isNaN(bottom) && s.line().top() - bottom > BLANK * em && i > from)) {
                break;
            }
            // a line of one cell between rows may be a row of the table with one cell filled: it ends no table
            if (gapRow[i] || i == from) {
                starts.addAll(s.starts());
            }
            bottom = s.line().bottom();
        }
        starts.sort(null);
        List<Double> columns = new ArrayList<>();
        for (double x : starts) {
            if (columns.isEmpty() || x - columns.get(columns.size() - 1) > ALIGN * em) {
                columns.add(x);
            }
        }
        return columns;
    }

    /** The columns of the (last) table in which each of these starts is a column's start, or null. */
    private static List<Double> tableOf(List<Double> starts, List<List<Double>> tables, double em) {
        for (int t = tables.size() - 1; t >= 0; t--) {
            List<Double> columns = tables.get(t);
            if (starts.stream().allMatch(x -> columns.stream().anyMatch(c -> Math.abs(c - x) <= ALIGN * em))) {
                return columns;
            }
        }
        return null;
    }

    /** The words of the chunks placed in the columns whose start each chunk is nearest (empty cells between). */
    private static List<List<Word>> byColumn(List<List<Word>> chunks, List<Double> columns, double em) {
        List<List<Word>> cells = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            cells.add(new ArrayList<>());
        }
        for (List<Word> chunk : chunks) {
            double left = chunk.get(0).left();
            int best = 0;
            for (int c = 0; c < columns.size(); c++) {
                if (columns.get(c) <= left + ALIGN * em) {
                    best = c;
                }
            }
            cells.get(best).addAll(chunk);
        }
        return cells;
    }

    /**
     * Whether a line under a borderless table's row holds only the rest of its cells' text: each of its cells
     * continues a cell above whose last line its first word would not have fitted on (the column ends where the
     * next one starts, less the padding). A new row's cells are below cells that had room.
     */
    private static boolean wrapsInCells(List<List<Word>> cells, List<List<Word>> tails, List<Double> columns, double em,
            double rightEdge) {
        boolean any = false;
        for (int c = 0; c < cells.size(); c++) {
            if (cells.get(c).isEmpty()) {
                continue;
            }
            if (tails.get(c).isEmpty()) {
                return false;
            }
            double end = tails.get(c).get(tails.get(c).size() - 1).right();
            Word first = cells.get(c).get(0);
            double limit = (c + 1 < columns.size() ? columns.get(c + 1) : rightEdge + WRAP_PADDING * em / 2) - WRAP_PADDING * em;
            if (end + SPACE * em + (first.right() - first.left()) <= limit) {
                return false;
            }
            any = true;
        }
        return any;
    }

    /**
     * Whether a line starts a cell with the label ("Datum:") that the same column's cell of the row above starts
     * with: a form's table repeats its labels row by row, while a cell's wrapped text does not begin with its label
     * again – a new row, however narrow the column.
     */
    private static boolean repeatsLabel(List<List<Word>> cells, List<String> row) {
        for (int c = 0; c < cells.size() && c < row.size(); c++) {
            if (!cells.get(c).isEmpty()) {
                String label = cells.get(c).get(0).text();
                if (label.length() > 2 && label.endsWith(":") && row.get(c).startsWith(label)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The words of each cell's last line after these cells' words (a cell without words keeps its last line). */
    private static List<List<Word>> tails(List<List<Word>> cells, List<List<Word>> before) {
        List<List<Word>> tails = new ArrayList<>();
        for (int c = 0; c < cells.size(); c++) {
            tails.add(!cells.get(c).isEmpty() || before == null ? cells.get(c) : before.get(c));
        }
        return tails;
    }

    /**
     * For each cell, whether its text goes on from a word broken at the cell's right edge: the cell's last line is
     * that one word, filling the cell (its next letter did not fit: no line of the cell's column ends further right,
     * less a letter), and the next line goes on in the cell as the word's rest ({@link #breaksInside}). A word wrapped whole ("Summa" above
     * "lönekostnader", which did not fit beside it) leaves room; a name wrapped goes on with a capital ("Region" /
     * "Uppsala").
     */
    private static boolean[] broken(List<List<Word>> tails, List<List<Word>> next, List<double[]> bounds,
                                    List<Visual> lines, int[] runs, int line, double em) {
        boolean[] broken = new boolean[next.size()];
        for (int c = 0; c < next.size() && c < tails.size() && c < bounds.size(); c++) {
            List<Word> tail = tails.get(c);
            if (tail.size() != 1 || next.get(c).isEmpty()) {
                continue;
            }
            String before = tail.get(0).text();
            String after = next.get(c).get(0).text();
            if (breaksInside(before, after)) {
                double edge = edge(lines, runs, line, bounds.get(c), em);
                broken[c] = tail.get(0).right() >= edge - FILLS * em;
            }
        }
        return broken;
    }

    /**
     * Whether two pieces of text could be one word broken between them: a letter, then a small letter; or a hyphen
     * after a letter or digit, then a capital or a digit ("Hagelin-" "Kjällman", "2016-" "08-30") – a hyphen then
     * a small letter is a compound's shared end ("hälso- och sjukvård") as often as a break, and keeps its space.
     */
    private static boolean breaksInside(String before, String after) {
        int end = before.codePointBefore(before.length());
        int next = after.codePointAt(0);
        if (Character.isLetter(end)) {
            return Character.isLowerCase(next);
        }
        return end == '-' && before.length() > 1 && Character.isLetterOrDigit(before.codePointBefore(before.length() - 1))
                && (Character.isUpperCase(next) || Character.isDigit(next));
    }

    /**
     * The right edge of a column's text: the furthest right a word within the column's bounds ends on the lines of
     * this line's run (the lines no blank line apart: the table or the block of text it is in).
     */
    private static double edge(List<Visual> lines, int[] runs, int line, double[] bounds, double em) {
        double edge = 0;
        for (int j = line; j >= 0 && runs[j] == runs[line]; j--) {
            edge = Math.max(edge, reach(lines.get(j), bounds, em));
        }
        for (int j = line + 1; j < lines.size() && runs[j] == runs[line]; j++) {
            edge = Math.max(edge, reach(lines.get(j), bounds, em));
        }
        return edge;
    }

    private static double reach(Visual v, double[] bounds, double em) {
        double reach = 0;
        for (Word w : v.words()) {
            if (w.left() >= bounds[0] - ALIGN * em && w.right() <= bounds[1]) {
                reach = Math.max(reach, w.right());
            }
        }
        return reach;
    }

    /** For each line, the number of its run: the lines of a run stand less than a blank line apart. */
    private static int[] runs(List<Visual> lines, double em) {
        int[] runs = new int[lines.size()];
        for (int i = 1; i < lines.size(); i++) {
            runs[i] = runs[i - 1] + (lines.get(i).top() - lines.get(i - 1).bottom() > BLANK * em ? 1 : 0);
        }
        return runs;
    }

    /** The bounds of a borderless table's columns: from each column's start to the next's (the last to the page's). */
    private List<double[]> bounds(List<Double> columns) {
        List<double[]> bounds = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            bounds.add(new double[] {columns.get(c), c + 1 < columns.size() ? columns.get(c + 1) : pageWidth});
        }
        return bounds;
    }

    /** The bounds of a ruled table's cells: between its vertical rules. */
    private static List<double[]> grid(List<Double> grid) {
        List<double[]> bounds = new ArrayList<>();
        for (int c = 0; c + 1 < grid.size(); c++) {
            bounds.add(new double[] {grid.get(c), grid.get(c + 1)});
        }
        return bounds;
    }

    /**
     * Whether a line continues the paragraph above, wrapped by the layout: its first word would not have fitted at
     * the end of the line above (lastRight), and it is not a new item of a list. After a sentence's end, a line
     * that starts with a capital starts a paragraph: a paragraph split in two keeps its text under its heading,
     * while a heading joined to the answer above would be lost.
     */
    private static boolean wrapped(Row last, Visual v, double lastRight, double rightEdge) {
        Word first = v.words().get(0);
        if (first.text().matches("[-–•*·▪]|\\d{1,2}[.)]") || v.left() < last.left() - ALIGN * v.em()) {
            return false;
        }
        if (last.text().matches(".*[.!?:]") && Character.isUpperCase(first.text().codePointAt(0))) {
            return false;
        }
        return lastRight + SPACE * v.em() + (first.right() - first.left()) > rightEdge;
    }
}
