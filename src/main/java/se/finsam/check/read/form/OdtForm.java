package se.finsam.check.read.form;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import se.finsam.check.model.Place;
import se.finsam.check.read.InputError;
import se.finsam.check.read.ZipDirectory;

/**
 * Reads an OpenDocument text form (.odt) from its {@code content.xml}, with the JDK's StAX reader (no DTDs, no
 * external entities: a DOCTYPE is refused), into the neutral representation, as {@link DocxForm} reads a .docx:
 * each paragraph or heading a line, each table row a row of cells (a cell's paragraphs kept apart by a space) –
 * unless the row is layout ({@link RowLayout}: one cell, a nested table, a question's number beside it), whose
 * cells' paragraphs are lines and nested tables' rows rows of their own; numbered in document order, an empty
 * paragraph and the end of a table leaving a gap as a blank line does in text.
 *
 * <p>What the document shows is read: spans, links and fields' values as text, {@code text:s}, tabs and line breaks
 * as spaces; a cell repeated ({@code number-columns-repeated}) as that many cells; a cell spanning rows
 * ({@code number-rows-spanned}) stands for every row it spans, in place of the covered cells below it; a cell
 * spanning columns is one cell. Left out: tracked deletions (kept apart in {@code text:tracked-changes}), comments
 * ({@code office:annotation}), footnotes, placeholders (an unanswered prompt is no answer), images' titles. A text
 * box's paragraphs are lines of their own before the paragraph it is anchored in, in place of it when it holds
 * nothing else (in a cell: the cell's text).
 * Page headers and footers (in styles.xml) are read as the form's context, never as answers.
 *
 * <p>A file that cannot be read is one {@link InputError} ({@code form.odt}) saying why – empty, not a zip,
 * damaged, no content.xml, encrypted, broken XML, a DOCTYPE, a zip bomb, far too many cells.
 */
public final class OdtForm {

    /** Why an .odt cannot be read; the ordinal selects the text of {@code form.odt} in the catalogue. */
    enum Unreadable { EMPTY, NOT_ZIP, DAMAGED, NO_CONTENT, ENCRYPTED, XML, DOCTYPE, ZIP_BOMB, TOO_MANY_CELLS }

    private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    private static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    private static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    private static final String DRAW = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0";
    private static final String SVG = "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0";

    /** Elements whose content is not shown as the form's text. */
    private static final Set<String> LEFT_OUT = Set.of(TEXT + " tracked-changes", OFFICE + " annotation",
            TEXT + " note", TEXT + " placeholder", SVG + " title", SVG + " desc");
    /** content.xml may inflate to 100 times its compressed size (plus 1 MB), and never beyond 64 MB. */
    private static final int RATIO = 100;
    private static final long MAX_XML = 64L << 20;
    /** A repeated row or cell is read as at most this many (Writer repeats only empty ones). */
    private static final int MAX_REPEAT = 100;
    /** Table cells in one form beyond which it is no form. */
    private static final int MAX_CELLS = 1_000_000;
    /** Elements nested deeper than this are no form's (and would exhaust the reader's stack). */
    private static final int MAX_DEPTH = 200;

    private OdtForm() {
    }

    public static FormText read(String source, byte[] bytes) throws InputError {
        if (bytes.length == 0) {
            throw error(source, Unreadable.EMPTY);
        }
        Optional<ZipDirectory> zip = ZipDirectory.of(bytes);
        if (zip.isEmpty()) {
            throw error(source, bytes.length >= 2 && bytes[0] == 'P' && bytes[1] == 'K' ? Unreadable.DAMAGED : Unreadable.NOT_ZIP);
        }
        Optional<ZipDirectory.Entry> content = zip.get().entry("content.xml");
        if (content.isEmpty()) {
            throw error(source, Unreadable.NO_CONTENT);
        }
        if (encrypted(zip.get())) {
            throw error(source, Unreadable.ENCRYPTED);
        }
        try (InputStream in = open(zip.get(), content.get())) {
            Body body = new Body(reader(in));
            body.blocks();
            return new FormText(source, RepeatedPages.drop(body.lines), body.places, context(zip.get()));
        } catch (Refused e) {
            throw error(source, e.why);
        } catch (XMLStreamException e) {
            throw error(source, isTooLarge(e) ? Unreadable.ZIP_BOMB : Unreadable.XML);
        } catch (ZipDirectory.TooLarge e) {
            throw error(source, Unreadable.ZIP_BOMB);
        } catch (IOException | RuntimeException e) {
            throw error(source, Unreadable.DAMAGED);
        }
    }

    /** A part, inflated to at most {@link #RATIO} times its compressed size (plus 1 MB), never beyond 64 MB. */
    private static InputStream open(ZipDirectory zip, ZipDirectory.Entry part) throws IOException {
        return zip.open(part, Math.min(MAX_XML, RATIO * part.compressedSize() + (1 << 20)));
    }

    /**
     * The page headers and footers, from styles.xml (the master pages'): their paragraphs and tables may tell the
     * form's kind, title and year, but are never answers; each line once. They are only a help: a styles.xml that
     * is missing or cannot be read gives none, and the form is read from its content alone.
     */
    private static List<FormLine> context(ZipDirectory zip) {
        Optional<ZipDirectory.Entry> styles = zip.entry("styles.xml");
        if (styles.isEmpty()) {
            return List.of();
        }
        try (InputStream in = open(zip, styles.get())) {
            Body body = new Body(reader(in));
            body.blocks();
            Set<String> seen = new java.util.HashSet<>();
            return body.lines.stream().filter(l -> seen.add(l.text())).map(l -> new FormLine(0, l.cells())).toList();
        } catch (Refused | XMLStreamException | IOException | RuntimeException e) {
            return List.of();
        }
    }

    private static InputError error(String source, Unreadable why) {
        return new InputError(source, 0, 0, "form.odt", why.ordinal());
    }

    /** Whether the manifest lists encryption data (the parts are then encrypted, each with its own key). */
    private static boolean encrypted(ZipDirectory zip) {
        var manifest = zip.entry("META-INF/manifest.xml");
        if (manifest.isEmpty()) {
            return false;
        }
        try (InputStream in = zip.open(manifest.get(), 1 << 20)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).contains("encryption-data");
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean isTooLarge(Throwable e) {
        for (Throwable t = e; t != null; t = t instanceof XMLStreamException x && x.getNestedException() != null
                ? x.getNestedException() : t.getCause()) {
            if (t instanceof ZipDirectory.TooLarge) {
                return true;
            }
        }
        return false;
    }

    /** The JDK's own StAX reader (not one a library on the class path offers), with DTDs and entities off. */
    private static XMLStreamReader reader(InputStream in) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory.createXMLStreamReader(in);
    }

    /** A reason found while reading, carried out of the walk. */
    private static final class Refused extends Exception {
        final Unreadable why;

        Refused(Unreadable why) {
            super(why.name(), null, false, false);
            this.why = why;
        }
    }

    /** A cell spanning rows: its text, the last row (in its table) it covers, the column it starts at. */
    private record Span(String text, int lastRow, int column) {
    }

    /** A table being read: its number in the document, the rows read, the cells spanning rows down from above. */
    private static final class Table {
        final int number;
        int rows;
        final Map<Integer, Span> spans = new HashMap<>();

        Table(int number) {
            this.number = number;
        }
    }

    /** A recursive walk of content.xml, each method from an element's start to its end. */
    private static final class Body {
        private final XMLStreamReader x;
        private final List<FormLine> lines = new ArrayList<>();
        private final Map<Integer, Place> places = new HashMap<>();
        /** Where finished lines go: the document, or the lines of a table cell being read. */
        private List<FormLine> target = lines;
        /** How many table cells the walk is inside. */
        private int inCells;
        private int number;
        private int tables;
        private int cells;
        private int depth;

        Body(XMLStreamReader x) {
            this.x = x;
        }

        /** The next event; the end of the document counts as an end; a DOCTYPE is refused. */
        private int next() throws XMLStreamException, Refused {
            int e = x.next();
            if (e == XMLStreamConstants.DTD) {
                throw new Refused(Unreadable.DOCTYPE);
            }
            return e == XMLStreamConstants.END_DOCUMENT ? XMLStreamConstants.END_ELEMENT : e;
        }

        private boolean is(String ns, String name) {
            return name.equals(x.getLocalName()) && ns.equals(x.getNamespaceURI());
        }

        private boolean leftOut() {
            return LEFT_OUT.contains(x.getNamespaceURI() + " " + x.getLocalName());
        }

        private void enter() throws Refused {
            if (++depth > MAX_DEPTH) {
                throw new Refused(Unreadable.XML);
            }
        }

        /** Past the current element's end, reading nothing of it. */
        private void skip() throws XMLStreamException, Refused {
            for (int open = 1; open > 0; ) {
                int e = next();
                open += e == XMLStreamConstants.START_ELEMENT ? 1 : e == XMLStreamConstants.END_ELEMENT ? -1 : 0;
            }
        }

        /** The paragraphs and tables inside the current element (or the document), as lines into target. */
        void blocks() throws XMLStreamException, Refused {
            enter();
            while (next() != XMLStreamConstants.END_ELEMENT) {
                if (x.getEventType() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                if (is(TEXT, "p") || is(TEXT, "h")) {
                    int before = number;
                    StringBuilder text = new StringBuilder();
                    inline(text);
                    if (number == before || !text.toString().isBlank()) {
                        paragraph(text); // a paragraph holding only a text box is that box's paragraphs
                    }
                } else if (is(TABLE, "table")) {
                    if (inCells > 0) {
                        number++; // a nested table is a block of its own
                    }
                    table();
                } else if (leftOut()) {
                    skip();
                } else {
                    blocks();
                }
            }
            depth--;
        }

        private void paragraph(StringBuilder raw) {
            number++;
            String text = TextForm.clean(raw.toString());
            if (!text.isEmpty()) {
                target.add(new FormLine(number, List.of(new FormLine.Cell(text, false))));
                places.put(number, Place.inText());
            }
        }

        /** The text inside a paragraph, up to its end. */
        private void inline(StringBuilder text) throws XMLStreamException, Refused {
            enter();
            for (int e = next(); e != XMLStreamConstants.END_ELEMENT; e = next()) {
                if (e == XMLStreamConstants.CHARACTERS || e == XMLStreamConstants.CDATA || e == XMLStreamConstants.SPACE) {
                    text.append(x.getText());
                } else if (e != XMLStreamConstants.START_ELEMENT) {
                    continue;
                } else if (is(TEXT, "s") || is(TEXT, "tab") || is(TEXT, "line-break")) {
                    text.append(' ');
                    skip();
                } else if (is(DRAW, "text-box")) {
                    text.append(' ');
                    blocks();
                    text.append(' ');
                } else if (leftOut()) {
                    skip();
                } else {
                    inline(text);
                }
            }
            depth--;
        }

        private void table() throws XMLStreamException, Refused {
            Table t = new Table(++tables);
            rows(t);
            number++;
        }

        /** The rows inside the current element: a table or one of its row groups (header rows, row groups). */
        private void rows(Table t) throws XMLStreamException, Refused {
            enter();
            while (next() != XMLStreamConstants.END_ELEMENT) {
                if (x.getEventType() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                if (is(TABLE, "table-row")) {
                    row(t);
                } else if (is(TABLE, "table-header-rows") || is(TABLE, "table-rows") || is(TABLE, "table-row-group")) {
                    rows(t);
                } else {
                    skip(); // columns, a title, a description
                }
            }
            depth--;
        }

        /**
         * A row, read as {@link RowLayout} says. As data: its cells (a cell's lines a space apart, a repeated cell as
         * that many, a covered cell below a cell spanning rows as that cell's text, one covered by a cell spanning
         * columns as nothing) on one line; a repeated row as that many. As layout: each cell's lines – paragraphs,
         * text boxes, nested tables' rows – in document order.
         */
        private void row(Table t) throws XMLStreamException, Refused {
            int repeated = repeat("number-rows-repeated");
            int start = number;
            int row = ++t.rows;
            List<FormLine> outer = target;
            List<FormLine.Cell> cells = new ArrayList<>();
            List<List<FormLine>> contents = new ArrayList<>(); // each cell's lines, a covered cell's none
            int tablesBefore = tables;
            int column = 0;
            enter();
            while (next() != XMLStreamConstants.END_ELEMENT) {
                if (x.getEventType() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                if (is(TABLE, "table-cell")) {
                    int times = repeat("number-columns-repeated");
                    int across = repeat("number-columns-spanned");
                    int down = repeat("number-rows-spanned");
                    List<FormLine> content = new ArrayList<>();
                    target = content;
                    inCells++;
                    blocks();
                    inCells--;
                    target = outer;
                    String text = TextForm.clean(String.join(" ", content.stream().map(FormLine::text).toList()));
                    for (int k = 0; k < times; k++) {
                        add(cells, text);
                        contents.add(k == 0 ? content : List.of());
                        for (int c = column; down > 1 && c < column + across; c++) {
                            t.spans.put(c, new Span(text, row + down - 1, column));
                        }
                        column += across;
                    }
                } else if (is(TABLE, "covered-table-cell")) {
                    int times = repeat("number-columns-repeated");
                    skip(); // what it holds is hidden under the cell spanning it
                    for (int k = 0; k < times; k++, column++) {
                        Span span = t.spans.get(column);
                        if (span != null && row <= span.lastRow() && span.column() == column) {
                            add(cells, span.text());
                            contents.add(List.of());
                        }
                    }
                } else {
                    skip();
                }
            }
            depth--;
            // a repeated row is a data table's (a template's frame is never repeated)
            RowLayout layout = repeated > 1 ? RowLayout.DATA
                    : RowLayout.of(cells.size(), tables > tablesBefore, cells.isEmpty() ? "" : cells.get(0).text());
            Place place = Place.tableRow(t.number, row);
            for (int c = 0; c < contents.size(); c++) {
                for (FormLine l : contents.get(c)) {
                    if (layout == RowLayout.DATA || layout == RowLayout.NUMBERED && c == 0) {
                        places.remove(l.line()); // a line of the row's one, or the question's number
                    } else {
                        outer.add(l);
                        if (Place.inText().equals(places.get(l.line()))) {
                            places.put(l.line(), place); // a nested table's rows keep their own places
                        }
                    }
                }
            }
            if (layout != RowLayout.DATA) {
                return;
            }
            number = start + 1; // the cells' lines are one line, numbered as one
            FormLine first = FormLine.of(number, cells);
            if (first == null) {
                number += repeated - 1;
                t.rows += repeated - 1;
                return;
            }
            outer.add(first);
            places.put(number, place);
            for (int r = 1; r < repeated; r++) {
                number++;
                places.put(number, Place.tableRow(t.number, ++t.rows));
                outer.add(new FormLine(number, first.cells()));
                spend(first.cells().size());
            }
        }

        private void add(List<FormLine.Cell> row, String text) throws Refused {
            spend(1);
            row.add(new FormLine.Cell(text, false));
        }

        private void spend(int n) throws Refused {
            cells += n;
            if (cells > MAX_CELLS) {
                throw new Refused(Unreadable.TOO_MANY_CELLS);
            }
        }

        /** A repetition or span attribute of the current element: at least 1, at most MAX_REPEAT. */
        private int repeat(String attribute) {
            String value = x.getAttributeValue(TABLE, attribute);
            if (value == null) {
                return 1;
            }
            try {
                return Math.max(1, Math.min(MAX_REPEAT, Integer.parseInt(value.strip())));
            } catch (NumberFormatException e) {
                return value.strip().matches("\\d+") ? MAX_REPEAT : 1;
            }
        }
    }
}
