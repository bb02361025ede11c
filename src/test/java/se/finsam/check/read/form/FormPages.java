package se.finsam.check.read.form;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays a text export out on A4 pages as Word would print it, onto a {@link Canvas} (a PDF's text layer, or a
 * scanned image): each line a paragraph wrapped at the margin, a blank line as a line's space, consecutive
 * tab-separated lines as a table – with ruling lines round every cell, or without borders (columns apart by their
 * padding only) – whose cells wrap inside their column; a table runs on over a page break; and, as a style, a page
 * header repeating a title on every page. As Word also does ({@link #asWord()}): a table row that does not fit
 * is broken across the page break (a row may break across pages, Word's default), and a long word that does not
 * fit at the end of a line is broken at its optional hyphen, drawn as a soft hyphen (U+00AD). And with the text in
 * two columns ({@link #inTwoColumns()}), as a Word section set in columns ends at a continuous section break before
 * each table: the paragraphs before a table balanced over two columns (or filling both to the page's foot and going
 * on on the next page), the table across the page below them.
 */
final class FormPages {

    /** What a page is drawn on, in points from the top left of an A4 page. */
    interface Canvas {
        double width(String text, double size) throws IOException;

        void text(double x, double baseline, String text, double size) throws IOException;

        void line(double x0, double y0, double x1, double y1) throws IOException;

        void newPage() throws IOException;
    }

    static final double PAGE_WIDTH = 595;
    static final double PAGE_HEIGHT = 842;
    private static final double MARGIN = 56;
    private static final double SIZE = 10;
    private static final double LEADING = 12.5;
    /** A cell's padding: left and right as Word's 0.19 cm, a little above and below the text. */
    private static final double PAD = 5.4;
    private static final double VPAD = 1.5;
    /** The space between two columns: Word's 1.25 cm. */
    private static final double COLUMN_GAP = 35;
    /** Words of this many letters or more are hyphenated at a line's end in Word's layout. */
    private static final int HYPHENATED = 12;

    private final Canvas canvas;
    private final boolean borders;
    private final String header;
    private boolean word;
    private boolean twoColumns;
    /** In two columns: the lines of the paragraphs since the last table, wrapped at a column's width ("" a blank). */
    private final List<String> columnLines = new ArrayList<>();
    private double y;

    /** borders: tables with ruling lines; header: the text of a page header, or null. */
    FormPages(Canvas canvas, boolean borders, String header) {
        this.canvas = canvas;
        this.borders = borders;
        this.header = header;
    }

    /** The paragraphs in two columns, the tables across the page between them. */
    FormPages inTwoColumns() {
        twoColumns = true;
        return this;
    }

    /** Rows broken across page breaks and long words hyphenated at the line's end, as Word lays them out. */
    FormPages asWord() {
        word = true;
        return this;
    }

    void write(List<String> export) throws IOException {
        newPage();
        List<List<String>> table = new ArrayList<>();
        for (String line : export) {
            if (line.contains("\t")) {
                List<String> cells = new ArrayList<>();
                for (String c : line.split("\t", -1)) {
                    cells.add(TextForm.clean(c));
                }
                table.add(cells);
                continue;
            }
            table(table);
            String text = TextForm.clean(line);
            if (twoColumns) {
                columnLines.addAll(text.isEmpty() ? List.of("") : wrap(text, (PAGE_WIDTH - 2 * MARGIN - COLUMN_GAP) / 2));
            } else if (text.isEmpty()) {
                y += LEADING;
            } else {
                for (String wrapped : wrap(text, PAGE_WIDTH - 2 * MARGIN)) {
                    room(LEADING);
                    canvas.text(MARGIN, y + SIZE * 0.8, wrapped, SIZE);
                    y += LEADING;
                }
            }
        }
        table(table);
        columns();
    }

    /** The lines gathered for two columns: balanced over both, or both filled to the page's foot and on. */
    private void columns() throws IOException {
        List<String> lines = new ArrayList<>(columnLines);
        columnLines.clear();
        // blank lines before the first paragraph and before the table below: space above and under both columns
        while (!lines.isEmpty() && lines.get(0).isEmpty()) {
            lines.remove(0);
            y += LEADING;
        }
        int blanks = 0;
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
            blanks++;
        }
        double right = MARGIN + (PAGE_WIDTH - 2 * MARGIN + COLUMN_GAP) / 2;
        while (!lines.isEmpty()) {
            int room = (int) ((PAGE_HEIGHT - MARGIN - y) / LEADING);
            if (room < 1) {
                newPage();
                continue;
            }
            int down = lines.size() <= 2 * room ? (lines.size() + 1) / 2 : room;
            int across = Math.min(lines.size(), 2 * down);
            for (int k = 0; k < across; k++) {
                String text = lines.get(k);
                if (!text.isEmpty()) {
                    canvas.text(k < down ? MARGIN : right, y + (k % down) * LEADING + SIZE * 0.8, text, SIZE);
                }
            }
            lines.subList(0, across).clear();
            y += down * LEADING;
            if (!lines.isEmpty()) {
                newPage();
            }
        }
        y += blanks * LEADING;
    }

    private void newPage() throws IOException {
        canvas.newPage();
        if (header != null) {
            canvas.text(MARGIN, 34, header, SIZE);
        }
        y = MARGIN;
    }

    private void room(double height) throws IOException {
        if (y + height > PAGE_HEIGHT - MARGIN) {
            newPage();
        }
    }

    private void table(List<List<String>> rows) throws IOException {
        if (rows.isEmpty()) {
            return;
        }
        columns();
        int columns = rows.stream().mapToInt(List::size).max().orElse(1);
        double[] widths = widths(rows, columns);
        for (List<String> row : rows) {
            List<List<String>> cells = new ArrayList<>();
            int height = 1;
            for (int c = 0; c < columns; c++) {
                List<String> lines = wrap(c < row.size() ? row.get(c) : "", widths[c] - 2 * PAD);
                cells.add(lines);
                height = Math.max(height, lines.size());
            }
            double rowHeight = height * LEADING + 2 * VPAD;
            if (word && y + rowHeight > PAGE_HEIGHT - MARGIN && y + 2 * LEADING + 2 * VPAD <= PAGE_HEIGHT - MARGIN) {
                int fits = (int) ((PAGE_HEIGHT - MARGIN - y - 2 * VPAD) / LEADING);
                row(cells, widths, 0, fits);
                newPage();
                row(cells, widths, fits, height);
            } else {
                room(rowHeight);
                row(cells, widths, 0, height);
            }
        }
        rows.clear();
    }

    /** The lines from..to of a row's cells, at y, with ruling lines round the cells when bordered. */
    private void row(List<List<String>> cells, double[] widths, int from, int to) throws IOException {
        double rowHeight = (to - from) * LEADING + 2 * VPAD;
        double x = MARGIN;
        for (int c = 0; c < cells.size(); c++) {
            List<String> lines = cells.get(c);
            for (int k = from; k < Math.min(to, lines.size()); k++) {
                canvas.text(x + PAD, y + VPAD + (k - from) * LEADING + SIZE * 0.8, lines.get(k), SIZE);
            }
            if (borders) {
                canvas.line(x, y, x, y + rowHeight);
            }
            x += widths[c];
        }
        if (borders) {
            canvas.line(x, y, x, y + rowHeight);
            canvas.line(MARGIN, y, x, y);
            canvas.line(MARGIN, y + rowHeight, x, y + rowHeight);
        }
        y += rowHeight;
    }

    /**
     * Columns as wide as their widest text where that fits (as Word's autofit), the rest sharing what is left, none
     * narrower than its longest word (Word would break the word; the export has it whole).
     */
    private double[] widths(List<List<String>> rows, int columns) throws IOException {
        double total = PAGE_WIDTH - 2 * MARGIN;
        double[] natural = new double[columns];
        for (List<String> row : rows) {
            for (int c = 0; c < row.size(); c++) {
                natural[c] = Math.max(natural[c], canvas.width(row.get(c), SIZE) + 2 * PAD + 1);
            }
        }
        double fair = total / columns;
        double[] widths = new double[columns];
        double left = total;
        int wide = 0;
        for (int c = 0; c < columns; c++) {
            if (natural[c] <= fair) {
                widths[c] = Math.max(natural[c], 3 * PAD);
                left -= widths[c];
            } else {
                wide++;
            }
        }
        double[] longestWord = new double[columns];
        for (List<String> row : rows) {
            for (int c = 0; c < row.size(); c++) {
                for (String word : row.get(c).split(" ")) {
                    longestWord[c] = Math.max(longestWord[c], canvas.width(word, SIZE) + 2 * PAD + 1);
                }
            }
        }
        for (int c = 0; c < columns; c++) {
            if (natural[c] > fair) {
                widths[c] = Math.max(left / wide, longestWord[c]);
            }
        }
        return widths;
    }

    /** The text broken into lines no wider than width, at spaces (a word wider than the line stands alone). */
    private List<String> wrap(String text, double width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (this.word && line.length() > 0 && canvas.width(candidate, SIZE) > width && word.length() >= HYPHENATED) {
                // as Word breaks a long word at its optional hyphen: as much as fits, and a soft hyphen
                int cut = word.length() - 4;
                while (cut > 4 && canvas.width(line + " " + word.substring(0, cut) + "-", SIZE) > width) {
                    cut--;
                }
                if (cut > 4 && Character.isLetter(word.charAt(cut - 1)) && Character.isLowerCase(word.charAt(cut))) {
                    lines.add(line + " " + word.substring(0, cut) + "\u00AD");
                    line.setLength(0);
                    line.append(word.substring(cut));
                    continue;
                }
            }
            if (line.length() > 0 && canvas.width(candidate, SIZE) > width) {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            } else {
                line.setLength(0);
                line.append(candidate);
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }
}
