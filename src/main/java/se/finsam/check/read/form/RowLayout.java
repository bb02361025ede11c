package se.finsam.check.read.form;

import java.util.regex.Pattern;

/**
 * How a table row of a Word or OpenDocument form is read: as a row of data (its cells as cells) or as layout – a
 * template's frame around its questions and answers, each cell's paragraphs read as lines and its nested tables as
 * rows of their own. One rule for every word processor's file, so that a form reads the same saved as .docx, .odt or
 * .doc.
 */
enum RowLayout {
    /** The cells are cells of a row. */
    DATA,
    /** Each cell's blocks are lines: a row of one cell, or one holding a table. */
    LAYOUT,
    /** Layout after the first cell, a question's number ("1.", "2.1", "a)") left out as a heading's outline number is. */
    NUMBERED;

    /** A cell holding only an item's number ("1.", "2.1", "3)", "a)"): the template's numbering of its questions. */
    private static final Pattern ITEM_NUMBER = Pattern.compile("\\d{1,2}(\\.\\d{1,2})*[.)]?|[A-Za-z][.)]");

    /**
     * A row of this many cells, holding a table in one of them or not, whose first cell shows this text: a number's
     * cell beside one other – the question and its answer – is layout too.
     */
    static RowLayout of(int cells, boolean holdsTable, String firstCell) {
        boolean numbered = cells >= 2 && ITEM_NUMBER.matcher(firstCell).matches();
        if (cells == 1 || holdsTable) {
            return numbered ? NUMBERED : LAYOUT;
        }
        return numbered && cells == 2 ? NUMBERED : DATA;
    }
}
