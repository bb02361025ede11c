package se.finsam.check.read.form;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One line of a form in the neutral representation: a paragraph (one cell) or a table row (several cells), with
 * the line of the source it came from (the text file's line; for Word, the paragraph or table row counted from 1).
 */
public record FormLine(int line, List<Cell> cells) {

    /** A cell's text; handwritten when the export marked it as a recognised handwritten signature. */
    public record Cell(String text, boolean handwritten) {
    }

    /** A line of these cells without its trailing empty cells (exports pad rows); null when nothing is left. */
    static FormLine of(int line, List<Cell> cells) {
        int end = cells.size();
        while (end > 0 && cells.get(end - 1).text().isEmpty()) {
            end--;
        }
        return end == 0 ? null : new FormLine(line, List.copyOf(cells.subList(0, end)));
    }

    public boolean isRow() {
        return cells.size() > 1;
    }

    public String cell(int i) {
        return i < cells.size() ? cells.get(i).text() : "";
    }

    /** The whole line as one text, cells separated by a space. */
    public String text() {
        return cells.stream().map(Cell::text).filter(t -> !t.isEmpty()).collect(Collectors.joining(" "));
    }
}
