package se.finsam.check.read.form;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.w3c.dom.Element;
import se.finsam.check.model.Place;

/**
 * Walks a Word body – or a header, footer or text box – in reading order into the neutral representation, in one
 * pass: each paragraph a line, each table row a row of cells.
 *
 * <ul>
 *   <li>Lines are numbered in document order; an empty paragraph, the end of a table, and a heading or a paragraph
 *       set off by spacing leave a number out, as a blank line parts blocks in a text export.</li>
 *   <li>A block content control is read as its content; while it shows its placeholder it is an empty answer; a
 *       table of contents is not read (the headings again, before their answers).</li>
 *   <li>A row of one cell, or one holding a table, is layout ({@link RowLayout}): its cells are read as blocks –
 *       paragraphs as lines, a nested table's rows as rows of their own (the table counted in document order). So
 *       is a row of a question's number ("1.", "2.1") beside the cell of the question and its answer, the number
 *       left out.</li>
 *   <li>In any other row a cell's paragraphs (and text boxes) are one text, a space apart; a cell spanning grid
 *       columns (w:gridSpan) is followed by empty cells for the columns it covers, so columns stay aligned; a cell
 *       merged down (w:vMerge) gives its value to each row it spans, and a row that only a tall cell reaches into,
 *       with nothing of its own, is no row.</li>
 *   <li>Text boxes anchored in a paragraph are read after it as blocks of their own.</li>
 *   <li>A paragraph set in the template's guidance look (grey, Word's placeholder style, an instruction style) is
 *       read with its place saying so: the form reader leaves it out where it is worded as guidance and is no
 *       question of the form, and asks kansliet to look at it where it is read as an answer.</li>
 * </ul>
 */
final class WordBody {

    private final WordRuns runs;
    private final ParagraphStyles styles;
    private final WordLists lists;
    private final List<FormLine> lines = new ArrayList<>();
    private final Map<Integer, Place> places = new HashMap<>();
    private int number;
    private int tables;
    /** The first row of the table read last, when the next table goes on with it; else null. */
    private String continued;
    /** The first row of the table being read (of the first part of a table split across pages). */
    private String headerOfTable = "";
    /** Whether the layout cell being read is shaded grey: its text worded as guidance is the template's. */
    private boolean greyCell;
    /** The table row a layout cell's lines stand in; null outside tables. */
    private Place row;

    WordBody(WordRuns runs, ParagraphStyles styles, WordLists lists) {
        this.runs = runs;
        this.styles = styles;
        this.lists = lists;
    }

    /** Reads a container of blocks (w:body, w:hdr, w:ftr) after whatever was read before. */
    WordBody read(Element container) {
        block(container, 0);
        return this;
    }

    List<FormLine> lines() {
        return lines;
    }

    Map<Integer, Place> places() {
        return places;
    }

    private void block(Element container, int depth) {
        WordXml.checkDepth(depth);
        List<Element> children = WordXml.children(container);
        for (int i = 0; i < children.size(); i++) {
            Element e = children.get(i);
            switch (WordXml.name(e)) {
                case "p" -> {
                    if (!(continued != null && isBreak(e))) {
                        paragraph(e, depth + 1);
                    }
                }
                case "tbl" -> {
                    table(e, depth + 1, continues(children, i + 1));
                }
                case "sdt" -> control(e, depth + 1);
                case "customXml", "ins", "moveTo", "smartTag", "sdtContent", "body" -> block(e, depth + 1);
                case "AlternateContent" -> {
                    Element chosen = WordXml.chosen(e);
                    if (chosen != null) {
                        block(chosen, depth + 1);
                    }
                }
                default -> {
                    // w:del, w:moveFrom, section and cell properties, bookmarks, comment ranges
                }
            }
        }
    }

    /** A block control: its content, or – while it shows its placeholder – an empty paragraph. */
    private void control(Element sdt, int depth) {
        if (isContents(sdt)) {
            // Word's listing of the headings, each again: read, they would be found before their answers
            number++;
            return;
        }
        Element content = WordXml.child(sdt, "sdtContent");
        int first = lines.size();
        int before = number;
        if (content != null) {
            block(content, depth + 1);
        }
        List<FormLine> read = lines.subList(first, lines.size());
        if (runs.placeholders().shows(sdt, read.stream().map(FormLine::text).collect(Collectors.joining(" ")))) {
            read.forEach(l -> places.remove(l.line()));
            read.clear();
            number = before + 1;
        }
    }

    /** A block control that is a table of contents (Word's building block), not the form's text. */
    private static boolean isContents(Element sdt) {
        Element part = WordXml.child(WordXml.child(sdt, "sdtPr"), "docPartObj");
        return WordXml.attribute(WordXml.child(part, "docPartGallery"), "val").equals("Table of Contents");
    }

    private void paragraph(Element p, int depth) {
        Element properties = WordXml.child(p, "pPr");
        if (styles.isContents(properties)) {
            // a table of contents without its content control (a bare TOC field): the headings again, as above
            number++;
            return;
        }
        WordRuns.Shown shown = runs.paragraph(p, depth);
        boolean guidanceLook = shown.boxes().isEmpty() && (shown.prompt() || styles.isInstruction(properties)
                || greyCell && Placeholders.isWordedAsGuidance(shown.text()));
        Place at = row != null ? row : Place.inText();
        boolean heading = styles.isHeading(properties);
        if (heading || styles.spacedBefore(properties)) {
            number++;
        }
        String label = lists.label(properties, styles);
        if (heading) {
            // a heading's number is the template's outline ("2."), no words of its question: read, it would be
            // taken for an answer's last line, and would change a text that must stay as the form has it
            label = "";
        }
        boolean any = false;
        for (String part : broken(shown.text())) {
            List<FormLine.Cell> cells = tabbed(part, any ? "" : label);
            if (!cells.isEmpty()) {
                number++;
                lines.add(FormLine.of(number, cells));
                places.put(number, guidanceLook ? at.setAsGuidance() : at);
                any = true;
            }
        }
        if (!any && shown.boxes().isEmpty()) {
            number++;
        }
        for (Element box : shown.boxes()) {
            block(box, depth + 1);
        }
        if (heading || styles.spacedAfter(properties)) {
            number++;
        }
    }

    /** The template's guidance left in: read as nothing, as a placeholder is. */
    private boolean isGuidance(WordRuns.Shown shown, Element properties) {
        return shown.boxes().isEmpty() && runs.placeholders().isGuidance(shown, styles.isInstruction(properties));
    }

    /**
     * A paragraph's lines: a line break (w:br) after the end of a sentence or a prompt (". ? ! : )"), or before a
     * line that does not go on with the sentence, begins a new line, as in its text export – an answer typed below
     * its question with Shift+Enter, an answer's paragraphs typed as lines –, one inside a sentence (a long question
     * broken to fit) is a space.
     */
    private static List<String> broken(String shown) {
        List<String> parts = new ArrayList<>();
        int from = 0;
        for (int at = shown.indexOf('\n'); at >= 0; at = shown.indexOf('\n', at + 1)) {
            String before = shown.substring(from, at).stripTrailing();
            char last = before.isEmpty() ? ' ' : before.charAt(before.length() - 1);
            if (".?!:)".indexOf(last) >= 0 || before.isBlank() || !goesOn(shown.substring(at + 1))) {
                parts.add(before);
                from = at + 1;
            }
        }
        parts.add(shown.substring(from));
        return parts;
    }

    /**
     * Whether the line after a break goes on with the sentence before it: it opens with a small letter or a digit
     * ("… behov hos⏎män och kvinnor?"), as a PDF's line that goes on does – not when it is empty (two breaks, a
     * blank line between paragraphs), opens with a capital ("Underskrifter⏎Inför behandling …"), a list's mark
     * ("- ", "2. ") or a number labelling what follows ("2018: 882 000 kronor⏎2019: 832 000 kronor").
     */
    private static boolean goesOn(String after) {
        String line = after.stripLeading();
        return !after.startsWith("\n") && !line.isEmpty() && !LIST_MARK.matcher(after).lookingAt()
                && (Character.isLowerCase(line.codePointAt(0)) || Character.isDigit(line.codePointAt(0)));
    }

    private static final Pattern LIST_MARK = Pattern.compile("\\s*(?:[-–•*]|\\d{1,2}[.)]|\\d{1,4}:)\\s");

    /**
     * A line of a paragraph as its text export reads: cells apart at its tabs (a row typed with tab stops is a row),
     * a tab before the text being indentation; a list paragraph's number or bullet before its text. Empty when the
     * line has no text.
     */
    private List<FormLine.Cell> tabbed(String shown, String label) {
        List<FormLine.Cell> cells = new ArrayList<>();
        for (String part : shown.split("\t", -1)) {
            String text = TextForm.clean(part);
            if (!cells.isEmpty() || !text.isEmpty()) {
                cells.add(new FormLine.Cell(text, false));
            }
        }
        while (!cells.isEmpty() && cells.get(cells.size() - 1).text().isEmpty()) {
            cells.remove(cells.size() - 1);
        }
        if (!cells.isEmpty() && !label.isEmpty()) {
            cells.set(0, new FormLine.Cell(label + " " + cells.get(0).text(), false));
        }
        return cells;
    }

    /** A cell and the content control around it, if any. */
    private record Cell(Element tc, Element control) {
    }

    /**
     * Whether the table before this index goes on in the next one: only paragraphs that break the page (or the
     * section) stand between them – a table the group split across pages, which a reader reads as one. Tables with
     * nothing between them are two tables, as before.
     */
    private static boolean continues(List<Element> children, int from) {
        boolean broken = false;
        for (int i = from; i < children.size(); i++) {
            Element e = children.get(i);
            switch (WordXml.name(e)) {
                case "tbl" -> {
                    return broken;
                }
                case "p" -> {
                    if (!isBreak(e)) {
                        return false;
                    }
                    broken = true;
                }
                case "bookmarkStart", "bookmarkEnd", "proofErr", "commentRangeStart", "commentRangeEnd" -> {
                }
                default -> {
                    return false;
                }
            }
        }
        return false;
    }

    /** A paragraph without text that breaks the page or ends a section. */
    private static boolean isBreak(Element p) {
        boolean breaks = WordXml.child(WordXml.child(p, "pPr"), "sectPr") != null
                || WordXml.on(WordXml.child(WordXml.child(p, "pPr"), "pageBreakBefore"));
        for (Element r : WordXml.children(p)) {
            if (!WordXml.name(r).equals("r")) {
                continue;
            }
            for (Element e : WordXml.children(r)) {
                switch (WordXml.name(e)) {
                    case "br" -> breaks |= WordXml.attribute(e, "type").equals("page");
                    case "lastRenderedPageBreak" -> breaks = true;
                    case "rPr" -> {
                    }
                    default -> {
                        return false;
                    }
                }
            }
        }
        return breaks;
    }

    /**
     * A table; when it goes on in the next one (continuing), no gap is left after it, and the next one's first row
     * is not read again when it is a header row (w:tblHeader) repeating this one's (copied onto the next page).
     */
    private void table(Element tbl, int depth, boolean continuing) {
        int table = ++tables;
        int rowInTable = 0;
        String repeated = continued;
        continued = null;
        int first = lines.size();
        // the value of a cell merged down, by the grid column it starts in
        Map<Integer, String> mergedDown = new HashMap<>();
        List<Element> rows = new ArrayList<>();
        collect(tbl, "tr", rows, depth + 1);
        rows.removeIf(tr -> WordXml.child(WordXml.child(tr, "trPr"), "del") != null); // deleted with tracking on
        List<List<Cell>> grid = new ArrayList<>();
        for (Element tr : rows) {
            List<Element> tcs = new ArrayList<>();
            collect(tr, "tc", tcs, depth + 1);
            grid.add(tcs.stream().map(tc -> new Cell(tc, control(tc, tr))).toList());
        }
        if (captioned(rows, grid)) {
            // the caption once, on a line of its own, as the table's title row
            String caption = cellText(grid.get(0).get(0), depth + 1);
            if (!caption.isEmpty()) {
                number++;
                lines.add(new FormLine(number, List.of(new FormLine.Cell(caption, false))));
                places.put(number, Place.tableRow(table, 1));
            }
            grid.replaceAll(cells -> cells.subList(1, cells.size()));
        }
        for (int r = 0; r < rows.size(); r++) {
            Element tr = rows.get(r);
            List<Cell> cells = grid.get(r);
            Place place = Place.tableRow(table, ++rowInTable);
            RowLayout layout = RowLayout.of(cells.size(), cells.stream().anyMatch(c -> holdsTable(c.tc(), depth + 1)),
                    cells.size() >= 2 ? cellText(cells.get(0), depth + 1) : "");
            switch (layout) {
                case LAYOUT -> layout(cells, place, depth + 1);
                case NUMBERED -> layout(cells.subList(1, cells.size()), place, depth + 1);
                case DATA -> dataRow(tr, cells, place, mergedDown, depth + 1);
            }
            if (rowInTable == 1 && lines.size() == first + 1) {
                FormLine header = lines.get(first);
                // only a row marked as the table's header row: a signer's row may well repeat the one above
                if (header.text().equals(repeated) && WordXml.child(WordXml.child(tr, "trPr"), "tblHeader") != null) {
                    lines.remove(first);
                    places.remove(header.line());
                } else {
                    headerOfTable = header.text();
                }
            }
        }
        if (continuing) {
            continued = headerOfTable;
        } else {
            number++;
        }
    }

    /**
     * Whether the table's first column is one cell merged down over all its rows – a caption beside the table
     * ("Underskrifter" beside the signature rows), not a value of each row: a value merged down over some rows (a
     * period shared by a table's posts) stands in a later column or leaves rows out.
     */
    private static boolean captioned(List<Element> rows, List<List<Cell>> grid) {
        if (rows.size() < 2) {
            return false;
        }
        for (int r = 0; r < rows.size(); r++) {
            List<Cell> cells = grid.get(r);
            if (cells.size() < 2 || WordXml.number(WordXml.child(rows.get(r), "trPr"), "gridBefore", "val", 0) > 0) {
                return false;
            }
            Element vMerge = WordXml.child(WordXml.child(cells.get(0).tc(), "tcPr"), "vMerge");
            if (vMerge == null || WordXml.attribute(vMerge, "val").equals("restart") != (r == 0)) {
                return false;
            }
        }
        return true;
    }

    /** The rows of a table or the cells of a row, also those inside row or cell controls and custom XML. */
    private static void collect(Element parent, String name, List<Element> found, int depth) {
        WordXml.checkDepth(depth);
        for (Element e : WordXml.children(parent)) {
            String n = WordXml.name(e);
            if (n.equals(name)) {
                found.add(e);
            } else if (n.equals("sdt") || n.equals("sdtContent") || n.equals("customXml")) {
                collect(e, name, found, depth + 1);
            }
        }
    }

    /** The content control a cell stands in (w:sdt › w:sdtContent › w:tc), or null. */
    private static Element control(Element tc, Element tr) {
        for (Element up = (Element) tc.getParentNode(); up != null && up != tr; up = (Element) up.getParentNode()) {
            if (WordXml.name(up).equals("sdt")) {
                return up;
            }
        }
        return null;
    }

    private static boolean holdsTable(Element container, int depth) {
        WordXml.checkDepth(depth);
        for (Element e : WordXml.children(container)) {
            String n = WordXml.name(e);
            if (n.equals("tbl") || (n.equals("sdt") || n.equals("sdtContent") || n.equals("customXml"))
                    && holdsTable(e, depth + 1)) {
                return true;
            }
        }
        return false;
    }

    private void layout(List<Cell> cells, Place place, int depth) {
        Place outer = row;
        boolean outerGrey = greyCell;
        row = place;
        for (Cell c : cells) {
            greyCell = isShadedGrey(c.tc());
            block(c.tc(), depth + 1);
        }
        row = outer;
        greyCell = outerGrey;
    }

    /**
     * A cell shaded grey – a grey of its own or the theme's background darkened –, as a template shades the box of
     * its guidance ("Beskriv här …" in a grey box above the answer's).
     */
    private static boolean isShadedGrey(Element tc) {
        Element shading = WordXml.child(WordXml.child(tc, "tcPr"), "shd");
        if (WordXml.attribute(shading, "themeFill").startsWith("background")) {
            return !WordXml.attribute(shading, "themeFillShade").isEmpty();
        }
        String fill = WordXml.attribute(shading, "fill");
        return fill.matches("[0-9A-Fa-f]{6}") && Placeholders.isGrey(Integer.parseInt(fill, 16));
    }

    private void dataRow(Element tr, List<Cell> cells, Place place, Map<Integer, String> mergedDown, int depth) {
        List<FormLine.Cell> out = new ArrayList<>();
        int column = WordXml.number(WordXml.child(tr, "trPr"), "gridBefore", "val", 0);
        for (int k = 0; k < column; k++) {
            out.add(new FormLine.Cell("", false));
        }
        boolean own = false;
        boolean reached = false;
        for (Cell c : cells) {
            Element properties = WordXml.child(c.tc(), "tcPr");
            int span = Math.max(1, WordXml.number(properties, "gridSpan", "val", 1));
            Element vMerge = WordXml.child(properties, "vMerge");
            String text;
            if (vMerge != null && !WordXml.attribute(vMerge, "val").equals("restart")) {
                text = mergedDown.getOrDefault(column, "");
                reached = true;
            } else {
                text = cellText(c, depth + 1);
                own |= !text.isEmpty();
                if (vMerge != null) {
                    mergedDown.put(column, text);
                } else {
                    mergedDown.remove(column);
                }
            }
            out.add(new FormLine.Cell(text, false));
            for (int k = 1; k < span; k++) {
                out.add(new FormLine.Cell("", false));
            }
            column += span;
        }
        if (reached && !own) {
            return;
        }
        number++;
        FormLine line = FormLine.of(number, out);
        if (line != null) {
            lines.add(line);
            places.put(number, place);
        }
    }

    /** A cell's text: its paragraphs and text boxes a space apart; empty while its control shows the placeholder. */
    private String cellText(Cell cell, int depth) {
        StringBuilder text = new StringBuilder();
        cellText(cell.tc(), text, depth);
        String shown = TextForm.clean(text.toString());
        return cell.control() != null && runs.placeholders().shows(cell.control(), shown) ? "" : shown;
    }

    private void cellText(Element container, StringBuilder text, int depth) {
        WordXml.checkDepth(depth);
        for (Element e : WordXml.children(container)) {
            switch (WordXml.name(e)) {
                case "p" -> {
                    WordRuns.Shown shown = runs.paragraph(e, depth);
                    if (isGuidance(shown, WordXml.child(e, "pPr"))) {
                        continue;
                    }
                    text.append(shown.text()).append(' ');
                    for (Element box : shown.boxes()) {
                        cellText(box, text, depth + 1);
                    }
                }
                case "sdt" -> {
                    int mark = text.length();
                    Element content = WordXml.child(e, "sdtContent");
                    if (content != null) {
                        cellText(content, text, depth + 1);
                    }
                    if (runs.placeholders().shows(e, text.substring(mark))) {
                        text.setLength(mark);
                    }
                }
                case "customXml", "ins", "moveTo", "sdtContent" -> cellText(e, text, depth + 1);
                case "AlternateContent" -> {
                    Element chosen = WordXml.chosen(e);
                    if (chosen != null) {
                        cellText(chosen, text, depth + 1);
                    }
                }
                default -> {
                }
            }
        }
    }
}
