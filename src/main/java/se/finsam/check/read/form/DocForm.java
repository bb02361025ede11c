package se.finsam.check.read.form;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.OldWordFileFormatException;
import org.apache.poi.hwpf.usermodel.CharacterRun;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;
import org.apache.poi.poifs.filesystem.DocumentInputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import se.finsam.check.model.Place;
import se.finsam.check.read.FileSignature;
import se.finsam.check.read.InputError;

/**
 * Reads a Word 97–2003 form (.doc) with POI's HWPF into the neutral representation, as {@link DocxForm} reads a
 * .docx: each paragraph of the main text a line, each table row a row of cells (a cell's paragraphs kept apart by a
 * space) – unless the row is layout ({@link RowLayout}: one cell, a nested table, a question's number beside it),
 * whose cells' paragraphs are lines and nested tables' rows rows of their own; numbered in document order, an
 * empty paragraph and the end of a table leaving a gap as a blank line does in text.
 *
 * <p>What Word shows is read, not what it keeps: a field's result, not its instruction ({@code PAGE}, {@code
 * FORMTEXT}); deleted revisions and hidden text left out; a cell merged down stands for every row it spans, a cell
 * merged into the one on its left is not a cell of its own. Page headers and footers are read as the form's context,
 * never as answers; comments, footnotes and text boxes are other stories of the file and not read.
 *
 * <p>A file that cannot be read is one {@link InputError} ({@code form.doc}) saying why – empty, not a Word
 * 97–2003 file, damaged, encrypted, too old – never the library's message.
 */
public final class DocForm {

    /** Why a .doc cannot be read; the ordinal selects the text of {@code form.doc} in the catalogue. */
    enum Unreadable { EMPTY, NOT_DOC, DAMAGED, ENCRYPTED, TOO_OLD }

    /**
     * How deep tables may nest: Word itself nests far less, and a damaged file's table levels are arbitrary numbers
     * – followed, they ran the walk into a stack overflow.
     */
    static final int MAX_NESTING = 64;

    private DocForm() {
    }

    public static FormText read(String source, byte[] bytes) throws InputError {
        if (bytes.length == 0) {
            throw error(source, Unreadable.EMPTY);
        }
        if (FileSignature.of(bytes).map(FileSignature::container).orElse(null) != FileSignature.Container.OLE2) {
            throw error(source, Unreadable.NOT_DOC);
        }
        try {
            HWPFDocument doc = new HWPFDocument(new ByteArrayInputStream(bytes));
            Walk walk = new Walk();
            walk.range(doc.getRange(), 0);
            return new FormText(source, RepeatedPages.drop(walk.lines), walk.places, context(doc));
        } catch (OldWordFileFormatException e) {
            throw error(source, isWord6(bytes) ? Unreadable.TOO_OLD : Unreadable.DAMAGED);
        } catch (EncryptedDocumentException e) {
            throw error(source, Unreadable.ENCRYPTED);
        } catch (IOException | RuntimeException e) {
            // HWPF on a damaged file fails in many ways (index out of range, a record it does not know …)
            throw error(source, Unreadable.DAMAGED);
        }
    }

    /**
     * The page headers and footers (the file's header story): they may tell the form's kind, title and year but are
     * never answers; each line once. They are only a help: a header story that cannot be read gives none.
     */
    private static List<FormLine> context(HWPFDocument doc) {
        try {
            Range headers = doc.getHeaderStoryRange();
            if (headers == null) {
                return List.of();
            }
            Walk walk = new Walk();
            walk.range(headers, 0);
            java.util.Set<String> seen = new java.util.HashSet<>();
            return walk.lines.stream().filter(l -> seen.add(l.text())).map(l -> new FormLine(0, l.cells())).toList();
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    private static InputError error(String source, Unreadable why) {
        return new InputError(source, 0, 0, "form.doc", why.ordinal());
    }

    /**
     * Whether a file HWPF finds too old is one of Word 6.0/95: its text stream opens with Word's mark (0xA5EC) and
     * a version (nFib) of those years, 101–105 – rather than being damaged (a version of 0).
     */
    private static boolean isWord6(byte[] bytes) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes));
             DocumentInputStream in = fs.createDocumentInputStream("WordDocument")) {
            int ident = in.readUShort();
            int version = in.readUShort();
            return ident == 0xA5EC && version >= 101 && version <= 105;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** The lines and places found walking the text; a field's state carries over paragraphs, as fields may. */
    private static final class Walk {
        private final List<FormLine> lines = new ArrayList<>();
        private final Map<Integer, Place> places = new HashMap<>();
        private final Fields fields = new Fields();
        private int number;
        private int tables;

        /** The paragraphs and tables of a range whose own paragraphs are at this table level (0: outside tables). */
        void range(Range range, int level) {
            int count = range.numParagraphs();
            for (int i = 0; i < count; ) {
                Paragraph p = range.getParagraph(i);
                if (p.isInTable() && p.getTableLevel() > level) {
                    Table t = range.getTable(p);
                    table(t, p.getTableLevel());
                    i += Math.max(1, t.numParagraphs());
                } else {
                    paragraph(p, Place.inText());
                    i++;
                }
            }
        }

        /** A paragraph a line of its own, at this place; an empty one a gap. */
        private void paragraph(Paragraph p, Place place) {
            number++;
            String text = TextForm.clean(fields.text(p));
            if (!text.isEmpty()) {
                lines.add(new FormLine(number, List.of(new FormLine.Cell(text, false))));
                places.put(number, place);
            }
        }

        private void table(Table t, int level) {
            if (level > MAX_NESTING) {
                throw new IllegalStateException("tables nested deeper than " + MAX_NESTING); // read as damaged
            }
            int table = ++tables;
            Map<Integer, String> above = new HashMap<>(); // by left edge: the text of a cell merged down
            for (int r = 0; r < t.numRows(); r++) {
                TableRow row = t.getRow(r);
                List<TableCell> own = new ArrayList<>();
                for (int c = 0; c < row.numCells(); c++) {
                    TableCell cell = row.getCell(c);
                    if (!cell.isMerged() || cell.isFirstMerged()) { // else merged into the cell on its left
                        own.add(cell);
                    }
                }
                Place place = Place.tableRow(table, r + 1);
                boolean holdsTable = own.stream().anyMatch(c -> holdsTable(c, level));
                String first = own.size() >= 2 ? cellText(own.get(0), level) : "";
                RowLayout layout = RowLayout.of(own.size(), holdsTable, first);
                if (layout != RowLayout.DATA) {
                    above = new HashMap<>();
                    layout(layout == RowLayout.NUMBERED ? own.subList(1, own.size()) : own, level, place);
                    continue;
                }
                number++;
                List<FormLine.Cell> cells = new ArrayList<>();
                Map<Integer, String> here = new HashMap<>();
                for (int c = 0; c < own.size(); c++) {
                    TableCell cell = own.get(c);
                    String text = cell.isVerticallyMerged() && !cell.isFirstVerticallyMerged()
                            ? above.getOrDefault(cell.getLeftEdge(), "") : c == 0 && own.size() >= 2 ? first : cellText(cell, level);
                    here.put(cell.getLeftEdge(), text);
                    cells.add(new FormLine.Cell(text, false));
                }
                above = here;
                FormLine formLine = FormLine.of(number, cells);
                if (formLine != null) {
                    lines.add(formLine);
                    places.put(number, place);
                }
            }
            number++;
        }

        /** The cells of a layout row: their paragraphs as lines in the row's place, nested tables as tables. */
        private void layout(List<TableCell> cells, int level, Place place) {
            for (TableCell cell : cells) {
                int count = cell.numParagraphs();
                for (int k = 0; k < count; ) {
                    Paragraph p = cell.getParagraph(k);
                    if (p.getTableLevel() > level) {
                        Table inner = cell.getTable(p);
                        number++; // a nested table is a block of its own
                        table(inner, level + 1);
                        k += Math.max(1, inner.numParagraphs());
                    } else {
                        paragraph(p, place);
                        k++;
                    }
                }
            }
        }

        private static boolean holdsTable(TableCell cell, int level) {
            for (int k = 0; k < cell.numParagraphs(); k++) {
                if (cell.getParagraph(k).getTableLevel() > level) {
                    return true;
                }
            }
            return false;
        }

        /** A cell's paragraphs at its own level, kept apart by a space (a data row's cell holds no table). */
        private String cellText(TableCell cell, int level) {
            StringBuilder text = new StringBuilder();
            for (int k = 0; k < cell.numParagraphs(); k++) {
                Paragraph p = cell.getParagraph(k);
                if (p.getTableLevel() <= level) {
                    text.append(fields.text(p)).append(' ');
                }
            }
            return TextForm.clean(text.toString());
        }
    }

    /**
     * A paragraph's text as Word shows it. A field is stored as begin (0x13), instruction, separator (0x14), the
     * result shown, end (0x15), and may nest; only what is in no instruction is shown. Other control characters
     * (paragraph and cell marks, line breaks, tabs, anchors of pictures and notes) and Unicode spaces become spaces,
     * so that an empty form field is an empty answer.
     */
    private static final class Fields {
        /** For each open field, innermost first: whether its result is being read (false: its instruction). */
        private final Deque<Boolean> open = new ArrayDeque<>();
        private int inInstruction;

        String text(Paragraph p) {
            StringBuilder b = new StringBuilder();
            for (int k = 0; k < p.numCharacterRuns(); k++) {
                CharacterRun run = p.getCharacterRun(k);
                boolean shown = !run.isMarkedDeleted() && !run.isVanished();
                String text = run.text();
                for (int i = 0; i < text.length(); i++) {
                    char c = text.charAt(i);
                    if (c == 0x13) {
                        open.push(false);
                        inInstruction++;
                    } else if (c == 0x14) {
                        if (!open.isEmpty() && !open.peek()) {
                            open.pop();
                            open.push(true);
                            inInstruction--;
                        }
                    } else if (c == 0x15) {
                        if (!open.isEmpty() && !open.pop()) {
                            inInstruction--;
                        }
                    } else if (shown && inInstruction == 0 && c != 0x1f) { // 0x1f: an optional hyphen
                        // 0x1e: a non-breaking hyphen; an empty form field shows five en spaces (U+2002)
                        b.append(c == 0x1e ? '-' : c < 0x20 || Character.isSpaceChar(c) ? ' ' : c);
                    }
                }
            }
            return b.toString();
        }
    }
}
