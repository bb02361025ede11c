package se.finsam.check.read.form;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 *   <li>A block content control is read as its content; while it shows its placeholder it is an empty answer.</li>
 *   <li>A row of one cell, or one holding a table, is layout: its cells are read as blocks – paragraphs as lines,
 *       a nested table's rows as rows of their own (the table counted in document order).</li>
 *   <li>In any other row a cell's paragraphs (and text boxes) are one text, a space apart; a cell spanning grid
 *       columns (w:gridSpan) is followed by empty cells for the columns it covers, so columns stay aligned; a cell
 *       merged down (w:vMerge) gives its value to each row it spans, and a row that only a tall cell reaches into,
 *       with nothing of its own, is no row.</li>
 *   <li>Text boxes anchored in a paragraph are read after it as blocks of their own.</li>
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
        for (Element e : WordXml.children(container)) {
            switch (WordXml.name(e)) {
                case "p" -> paragraph(e, depth + 1);
                case "tbl" -> table(e, depth + 1);
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

    private void paragraph(Element p, int depth) {
        WordRuns.Shown shown = runs.paragraph(p, depth);
        Element properties = WordXml.child(p, "pPr");
        List<FormLine.Cell> cells = tabbed(shown.text(), properties);
        boolean heading = styles.isHeading(properties);
        if (heading || styles.spacedBefore(properties)) {
            number++;
        }
        if (!cells.isEmpty()) {
            number++;
            lines.add(FormLine.of(number, cells));
            places.put(number, row != null ? row : Place.inText());
        } else if (shown.boxes().isEmpty()) {
            number++;
        }
        for (Element box : shown.boxes()) {
            block(box, depth + 1);
        }
        if (heading || styles.spacedAfter(properties)) {
            number++;
        }
    }

    /**
     * A paragraph as its text export reads: cells apart at its tabs (a row typed with tab stops is a row), a tab
     * before the text being indentation; a list paragraph's number or bullet before its text. Null when empty.
     */
    private List<FormLine.Cell> tabbed(String shown, Element properties) {
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
        String label = cells.isEmpty() ? "" : lists.label(properties, styles);
        if (!label.isEmpty()) {
            cells.set(0, new FormLine.Cell(label + " " + cells.get(0).text(), false));
        }
        return cells;
    }

    /** A cell and the content control around it, if any. */
    private record Cell(Element tc, Element control) {
    }

    private void table(Element tbl, int depth) {
        int table = ++tables;
        int rowInTable = 0;
        // the value of a cell merged down, by the grid column it starts in
        Map<Integer, String> mergedDown = new HashMap<>();
        List<Element> rows = new ArrayList<>();
        collect(tbl, "tr", rows, depth + 1);
        for (Element tr : rows) {
            if (WordXml.child(WordXml.child(tr, "trPr"), "del") != null) {
                continue; // a row deleted with tracking on
            }
            List<Element> tcs = new ArrayList<>();
            collect(tr, "tc", tcs, depth + 1);
            List<Cell> cells = tcs.stream().map(tc -> new Cell(tc, control(tc, tr))).toList();
            Place place = Place.tableRow(table, ++rowInTable);
            if (cells.size() == 1 || cells.stream().anyMatch(c -> holdsTable(c.tc(), depth + 1))) {
                layout(cells, place, depth + 1);
            } else {
                dataRow(tr, cells, place, mergedDown, depth + 1);
            }
        }
        number++;
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
        row = place;
        for (Cell c : cells) {
            block(c.tc(), depth + 1);
        }
        row = outer;
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
