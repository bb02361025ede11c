package se.finsam.check.model;

/**
 * Where a line of a form stands in the original file, in what a person finds it by there – a Word or PDF file has
 * no line numbers of ours. A reader sets what it knows: for Word the table and its row (counted from 1 in the
 * document, 0 for a paragraph outside tables), for PDF the page and the line on the page; the form reader then adds
 * the heading above and, for a paragraph, which paragraph under it. {@code ocr}: the line was recognised from a
 * scanned image; {@code guessed}: the line is a row of a PDF table drawn without lines, whose rows and cells were
 * guessed from the gaps between its words. Either way any finding on it is a reading to be checked in the original.
 * {@code grey}: a Word paragraph set in the template's guidance look (grey, or a placeholder or instruction style)
 * though not worded as guidance: read as the answer a group typed over the guidance – it may be guidance left in.
 * {@code derived}: not a reader's – the place of a finding on a plain line whose value was derived from such lines
 * (a total against rows guessed), see {@code findings.UnsureReadings}.
 */
public record Place(String heading, int paragraph, int table, int row, int page, int pageLine, boolean ocr,
                    boolean guessed, boolean grey, boolean derived) {

    /** A row of a Word table: the table counted in the document, the row in the table (both from 1). */
    public static Place tableRow(int table, int row) {
        return new Place("", 0, table, row, 0, 0, false, false, false, false);
    }

    /** A paragraph of a Word file outside tables; which one is counted under its heading by the form reader. */
    public static Place inText() {
        return new Place("", 0, 0, 0, 0, 0, false, false, false, false);
    }

    /** A line on a page of a PDF (both from 1); ocr when the page was a scanned image. */
    public static Place pageLine(int page, int line, boolean ocr) {
        return pageLine(page, line, ocr, false);
    }

    /** The same; guessed when the line is a row of a table without lines, its cells found by the gaps. */
    public static Place pageLine(int page, int line, boolean ocr, boolean guessed) {
        return new Place("", 0, 0, 0, page, line, ocr, guessed, false, false);
    }

    /**
     * Whether what stands here was not read plainly: recognised by OCR, a row of a table guessed from gaps, or set
     * as the template's guidance.
     */
    public boolean unsure() {
        return ocr || guessed || grey;
    }

    /** This place, for a line that is not read as it is set: the form's question in the guidance's grey. */
    public Place asRead() {
        return new Place(heading, paragraph, table, row, page, pageLine, ocr, guessed, false, derived);
    }

    /** This place, for a line set in the template's guidance look (see {@code grey}). */
    public Place setAsGuidance() {
        return new Place(heading, paragraph, table, row, page, pageLine, ocr, guessed, true, derived);
    }

    /** This place under a heading of the form (its own words) and, for a paragraph, the paragraph's number. */
    public Place under(String heading, int paragraph) {
        return new Place(heading, paragraph, table, row, page, pageLine, ocr, guessed, grey, derived);
    }

    /** This place, for a finding whose value was derived from lines read unsurely elsewhere in the form. */
    public Place derivedFromUnsure() {
        return new Place(heading, paragraph, table, row, page, pageLine, ocr, guessed, grey, true);
    }

    public boolean isPage() {
        return page > 0;
    }

    public boolean isTableRow() {
        return table > 0;
    }
}
