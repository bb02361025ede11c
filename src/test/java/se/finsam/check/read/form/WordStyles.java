package se.finsam.check.read.form;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFComments;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import se.finsam.check.edition.Editions;
import se.finsam.check.read.SwedishDates;

/**
 * Writes a form – its text export read into lines – as a Word file the way groups fill the association's template
 * in: each {@link Style} one habit. POI's XWPF makes the package, styles, header, footer and comments; the body is
 * written as WordprocessingML, since POI has no API for content controls, merged cells, text boxes or tracked
 * changes.
 *
 * <p>What each line is, is told as the form reader tells it: a heading is a line that matches a heading of the
 * form's kind, an answer a paragraph below a heading, the title the first line before the headings that names the
 * kind. A blank line of the text (a gap in the line numbers) is an empty paragraph, or spacing where a style has none.
 */
final class WordStyles {

    /** The ways of filling the template in. */
    enum Style {
        /** Paragraphs and tables, an empty paragraph for each blank line. */
        PLAIN,
        /**
         * Answers in content controls (block and inline, in turn), each "Label: value" cell as its label and a
         * control, resource rows in a repeating section; an empty label cell and an unanswered question hold a
         * control showing its placeholder.
         */
        CONTENT_CONTROLS,
        /** The answers under a heading in a one-cell table, a paragraph each. */
        ONE_CELL_TABLES,
        /** Headings in a heading style, the title in Title, no empty paragraphs: spacing before a block instead. */
        STYLED_HEADINGS,
        /** Each table inside a layout table: the table and a margin cell beside it. */
        NESTED_TABLES,
        /**
         * A value repeated down a column (Tidsperiod) written once and merged down, the heading above a table as its
         * title row merged across, empty cells merged across, and the signature cell tall: merged down into a row
         * below.
         */
        MERGED_CELLS,
        /** The title in the page header, again in the footer with the page number; not in the body. */
        HEADER_FOOTER,
        /** Each answer in a text box (DrawingML, with its VML fallback holding the same text). */
        TEXT_BOXES,
        /**
         * Answers edited with tracking on (a word deleted, one moved away, the rest inserted), a comment on each,
         * the dates of the signatures as a field's shown result.
         */
        TRACKED_CHANGES,
        /** A cell's text in several paragraphs (at a label's colon and between sentences) or with a line break. */
        CELL_PARAGRAPHS
    }

    static final String PLACEHOLDER = "Klicka eller tryck här för att ange text.";

    private static final String NAMESPACES = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
            + " xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\""
            + " xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\""
            + " xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\""
            + " xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\""
            + " xmlns:v=\"urn:schemas-microsoft-com:vml\"";

    /** A paragraph of the form, with what it is. */
    record Paragraph(String text, Role role, boolean gapBefore) implements Block {
    }

    /** Consecutive table rows of the form. */
    record Table(List<FormLine> rows, boolean gapBefore) implements Block {
    }

    sealed interface Block permits Paragraph, Table {
        boolean gapBefore();
    }

    enum Role { TITLE, HEADING, ANSWER, OTHER, UNANSWERED }

    private final Style style;
    private final StringBuilder body = new StringBuilder();
    private int comments;
    /** Whether a one-cell table is open, its answer's paragraphs being written into it. */
    private boolean cellOpen;
    private int controls;
    private int ids;

    private WordStyles(Style style) {
        this.style = style;
    }

    /** The form in the style, as the bytes of a .docx; kind is the form's kind (plan, report …). */
    static byte[] write(String text, String kind, Style style) {
        return new WordStyles(style).document(blocks(text, kind));
    }

    /**
     * The form's lines as paragraphs and tables, each paragraph with its role. A line with a tab is a table row
     * even when only its first cell has text ("Insatsägare (Heby kommun)⇥"): the export keeps the row's cells.
     */
    static List<Block> blocks(String text, String kind) {
        FormText form = TextForm.read("form", text);
        String[] physical = text.split("\\R", -1);
        FormLayout layout = FormLayout.builtIn();
        Headings headings = new Headings(new FormParser(layout, Editions.builtIn()).headings(kind));
        List<Block> blocks = new ArrayList<>();
        List<FormLine> rows = new ArrayList<>();
        boolean rowsGap = false;
        boolean headingSeen = false;
        boolean titleSeen = false;
        int previous = Integer.MIN_VALUE;
        for (FormLine line : form.lines()) {
            boolean gap = line.line() > previous + 1;
            boolean adjacent = line.line() == previous || line.line() == previous + 1;
            previous = line.line();
            if (line.isRow() || physical[line.line() - 1].contains("\t")) {
                if (!rows.isEmpty() && !adjacent) {
                    blocks.add(new Table(List.copyOf(rows), rowsGap));
                    rows.clear();
                }
                if (rows.isEmpty()) {
                    rowsGap = gap;
                }
                rows.add(line);
                continue;
            }
            if (!rows.isEmpty()) {
                blocks.add(new Table(List.copyOf(rows), rowsGap));
                rows.clear();
            }
            Optional<Headings.Match> heading = headings.match(line.text());
            Role role;
            if (heading.isPresent() && heading.get().rest().isEmpty()) {
                role = Role.HEADING;
                headingSeen = true;
            } else if (headingSeen) {
                role = Role.ANSWER;
            } else if (!titleSeen && layout.kinds().get(kind).stream()
                    .anyMatch(m -> Similarity.normalise(line.text()).contains(Similarity.normalise(m)))) {
                role = Role.TITLE;
                titleSeen = true;
            } else {
                role = Role.OTHER;
            }
            if (role == Role.HEADING && !blocks.isEmpty() && blocks.get(blocks.size() - 1) instanceof Paragraph p
                    && p.role() == Role.HEADING) {
                // the heading above has no answer: a control left showing its placeholder is what a group leaves
                blocks.add(new Paragraph("", Role.UNANSWERED, false));
            }
            blocks.add(new Paragraph(line.text(), role, gap));
        }
        if (!rows.isEmpty()) {
            blocks.add(new Table(List.copyOf(rows), rowsGap));
        }
        return blocks;
    }

    private byte[] document(List<Block> blocks) {
        try (XWPFDocument doc = new XWPFDocument()) {
            styles(doc);
            XWPFComments notes = style == Style.TRACKED_CHANGES ? doc.createComments() : null;
            String title = null;
            for (int i = 0; i < blocks.size(); i++) {
                Block b = blocks.get(i);
                Block next = i + 1 < blocks.size() ? blocks.get(i + 1) : null;
                if (style == Style.MERGED_CELLS && b instanceof Paragraph p && p.role() == Role.HEADING
                        && next instanceof Table) {
                    title = p.text();
                    continue;
                }
                if (b.gapBefore() && style != Style.STYLED_HEADINGS && i > 0) {
                    body.append("<w:p/>");
                }
                if (b instanceof Paragraph p) {
                    paragraph(doc, p, next);
                } else {
                    table((Table) b, title);
                    title = null;
                }
            }
            for (int c = 1; c <= comments; c++) {
                notes.createComment(BigInteger.valueOf(c)).createParagraph().createRun()
                        .setText("Slutrapport? Se kommentar " + c + ".");
            }
            setBody(doc, NAMESPACES, body);
            return bytes(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (XmlException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The document's body set to these elements, written with these namespaces' prefixes. */
    static void setBody(XWPFDocument doc, String namespaces, CharSequence body) throws XmlException {
        doc.getDocument().setBody(CTBody.Factory.parse("<xml-fragment " + namespaces + ">" + body + "</xml-fragment>"));
    }

    /** The document as the bytes of a .docx. */
    static byte[] bytes(XWPFDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.write(out);
        return out.toByteArray();
    }

    /** Heading 1 and Title as Swedish Word names them (the reader must go by name and outline level, not the id). */
    private static void styles(XWPFDocument doc) throws XmlException {
        XWPFStyles styles = doc.createStyles();
        styles.addStyle(new XWPFStyle(CTStyle.Factory.parse("<w:style " + NAMESPACES
                + " w:type=\"paragraph\" w:styleId=\"Rubrik1\"><w:name w:val=\"heading 1\"/>"
                + "<w:pPr><w:keepNext/><w:spacing w:before=\"240\" w:after=\"120\"/><w:outlineLvl w:val=\"0\"/></w:pPr>"
                + "</w:style>")));
        styles.addStyle(new XWPFStyle(CTStyle.Factory.parse("<w:style " + NAMESPACES
                + " w:type=\"paragraph\" w:styleId=\"Rubrik\"><w:name w:val=\"Title\"/>"
                + "<w:pPr><w:spacing w:after=\"240\"/></w:pPr></w:style>")));
    }

    private void paragraph(XWPFDocument doc, Paragraph p, Block next) {
        String pPr = p.gapBefore() && style == Style.STYLED_HEADINGS ? "<w:spacing w:before=\"280\"/>" : "";
        switch (style) {
            case STYLED_HEADINGS -> {
                String styled = p.role() == Role.HEADING ? "<w:pStyle w:val=\"Rubrik1\"/>"
                        : p.role() == Role.TITLE ? "<w:pStyle w:val=\"Rubrik\"/>" : "";
                if (p.role() != Role.UNANSWERED) {
                    body.append("<w:p><w:pPr>").append(styled).append(pPr).append("</w:pPr>").append(run(p.text()))
                            .append("</w:p>");
                }
            }
            case CONTENT_CONTROLS -> {
                if (p.role() == Role.UNANSWERED) {
                    body.append(blockControl(paragraphXml(run(PLACEHOLDER)), true));
                } else if (p.role() == Role.ANSWER && controls++ % 2 == 0) {
                    body.append(blockControl(paragraphXml(run(p.text())), false));
                } else if (p.role() == Role.ANSWER) {
                    body.append(paragraphXml(inlineControl(p.text())));
                } else {
                    body.append(paragraphXml(run(p.text())));
                }
            }
            case ONE_CELL_TABLES -> {
                if (p.role() == Role.ANSWER) {
                    // the answer's paragraphs share one cell: open it at the first, close it after the last
                    if (!cellOpen) {
                        body.append("<w:tbl>").append(tableProperties(1)).append("<w:tr><w:tc>");
                        cellOpen = true;
                    }
                    body.append(paragraphXml(run(p.text())));
                    if (!(next instanceof Paragraph n && n.role() == Role.ANSWER && !n.gapBefore())) {
                        body.append("</w:tc></w:tr></w:tbl>");
                        cellOpen = false;
                    }
                } else if (p.role() != Role.UNANSWERED) {
                    body.append(paragraphXml(run(p.text())));
                }
            }
            case HEADER_FOOTER -> {
                if (p.role() == Role.TITLE) {
                    doc.createHeader(HeaderFooterType.DEFAULT).createParagraph().createRun().setText(p.text());
                    XWPFParagraph footer = doc.createFooter(HeaderFooterType.DEFAULT).createParagraph();
                    footer.createRun().setText(p.text() + " – sida ");
                    footer.getCTP().addNewFldSimple().setInstr(" PAGE ");
                    footer.getCTP().getFldSimpleArray(0).addNewR().addNewT().setStringValue("1");
                } else if (p.role() != Role.UNANSWERED) {
                    body.append(paragraphXml(run(p.text())));
                }
            }
            case TEXT_BOXES -> {
                if (p.role() == Role.ANSWER) {
                    body.append(paragraphXml("<w:r>" + textBox(paragraphXml(run(p.text()))) + "</w:r>"));
                } else if (p.role() != Role.UNANSWERED) {
                    body.append(paragraphXml(run(p.text())));
                }
            }
            case TRACKED_CHANGES -> {
                if (p.role() == Role.ANSWER) {
                    body.append(paragraphXml(tracked(p.text())));
                } else if (p.role() != Role.UNANSWERED) {
                    body.append(paragraphXml(run(p.text())));
                }
            }
            default -> {
                if (p.role() != Role.UNANSWERED) {
                    body.append(paragraphXml(run(p.text())));
                }
            }
        }
    }

    private void table(Table t, String title) {
        int width = t.rows().stream().mapToInt(r -> r.cells().size()).max().orElse(1);
        StringBuilder rows = new StringBuilder();
        if (title != null) {
            // the heading above the table is its title row, merged across
            rows.append("<w:tr>").append(merged("<w:gridSpan w:val=\"" + width + "\"/>", paragraphXml(run(title))))
                    .append("</w:tr>");
        }
        List<FormLine> all = t.rows();
        for (int i = 0; i < all.size(); i++) {
            FormLine row = all.get(i);
            boolean signatures = isSignatureRow(row);
            StringBuilder cells = new StringBuilder();
            int tall = -1;
            for (int c = 0; c < width; c++) {
                String text = row.cell(c);
                if (style == Style.MERGED_CELLS) {
                    if (signatures && text.startsWith("Underskrift")) {
                        tall = c;
                        cells.append(merged("<w:vMerge w:val=\"restart\"/>", cellContent(text, c)));
                        continue;
                    }
                    if (sameAsAbove(all, i, c)) {
                        cells.append(merged("<w:vMerge/>", "<w:p/>"));
                        continue;
                    }
                    if (sameAsAbove(all, i + 1, c)) {
                        cells.append(merged("<w:vMerge w:val=\"restart\"/>", cellContent(text, c)));
                        continue;
                    }
                    int span = 1;
                    while (text.isEmpty() && c + span < width && row.cell(c + span).isEmpty()) {
                        span++;
                    }
                    if (span > 1) {
                        cells.append(merged("<w:gridSpan w:val=\"" + span + "\"/>", "<w:p/>"));
                        c += span - 1;
                        continue;
                    }
                }
                cells.append(cell(text, c));
            }
            String tr = "<w:tr>" + cells + "</w:tr>";
            if (style == Style.CONTENT_CONTROLS && !signatures && rows.length() > 0 && controls++ % 2 == 0) {
                tr = "<w:sdt><w:sdtPr><w:id w:val=\"" + ++ids + "\"/></w:sdtPr><w:sdtContent>" + tr
                        + "</w:sdtContent></w:sdt>";
            }
            rows.append(tr);
            if (tall >= 0) {
                rows.append("<w:tr>");
                for (int c = 0; c < width; c++) {
                    rows.append(c == tall ? "<w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc>" : "<w:tc><w:p/></w:tc>");
                }
                rows.append("</w:tr>");
            }
        }
        String table = "<w:tbl>" + tableProperties(width) + rows + "</w:tbl>";
        if (style == Style.NESTED_TABLES) {
            table = "<w:tbl>" + tableProperties(2) + "<w:tr><w:tc>" + table + "<w:p/></w:tc><w:tc><w:p/></w:tc></w:tr></w:tbl>";
        }
        body.append(table);
    }

    static boolean isSignatureRow(FormLine row) {
        return row.cells().stream().anyMatch(c -> c.text().startsWith("Underskrift"));
    }

    /**
     * Whether row i repeats the value above it in column c, so the two are merged: not in the first column, which
     * names the row, nor in signature rows, whose tall cell is merged instead.
     */
    private static boolean sameAsAbove(List<FormLine> rows, int i, int c) {
        return c > 0 && i > 0 && i < rows.size() && !rows.get(i).cell(c).isEmpty()
                && rows.get(i).cell(c).equals(rows.get(i - 1).cell(c))
                && !isSignatureRow(rows.get(i)) && !isSignatureRow(rows.get(i - 1));
    }

    private static String merged(String merge, String content) {
        return "<w:tc><w:tcPr>" + merge + "</w:tcPr>" + content + "</w:tc>";
    }

    private static String tableProperties(int width) {
        return "<w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr><w:tblGrid>"
                + "<w:gridCol w:w=\"1800\"/>".repeat(width) + "</w:tblGrid>";
    }

    /** A cell in the style: in the content-control style a value without a label is a cell-level control. */
    private String cell(String text, int column) {
        boolean value = !text.isEmpty() && !(text.indexOf(':') > 0 && text.indexOf(':') < 30);
        if (style == Style.CONTENT_CONTROLS && value && column % 2 == 0) {
            return "<w:sdt><w:sdtPr><w:id w:val=\"" + ++ids + "\"/></w:sdtPr><w:sdtContent><w:tc>"
                    + paragraphXml(run(text)) + "</w:tc></w:sdtContent></w:sdt>";
        }
        return "<w:tc>" + cellContent(text, column) + "</w:tc>";
    }

    /** A cell's paragraphs in the style. */
    private String cellContent(String text, int column) {
        int colon = text.indexOf(':');
        boolean labelled = colon > 0 && colon < 30;
        String label = labelled ? text.substring(0, colon + 1) : "";
        String value = labelled ? text.substring(colon + 1).strip() : text;
        switch (style) {
            case CONTENT_CONTROLS -> {
                if (labelled) {
                    String control = value.isEmpty() ? placeholder() : inlineControl(value);
                    return paragraphXml(run(label + " ") + control);
                }
                return text.isEmpty() ? "<w:p/>" : paragraphXml(inlineControl(text));
            }
            case CELL_PARAGRAPHS -> {
                if (labelled && !value.isEmpty()) {
                    return paragraphXml(run(label)) + paragraphXml(run(value));
                }
                int sentence = text.indexOf(". ");
                if (sentence > 0) {
                    String first = text.substring(0, sentence + 1);
                    String rest = text.substring(sentence + 2);
                    return column % 2 == 0 ? paragraphXml(run(first)) + paragraphXml(run(rest))
                            : paragraphXml(run(first) + "<w:r><w:br/></w:r>" + run(rest));
                }
                return paragraphXml(run(text));
            }
            case TRACKED_CHANGES -> {
                if (labelled && SwedishDates.read(value, 2000).isPresent()) {
                    return paragraphXml(run(label + " ") + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
                            + "<w:r><w:instrText xml:space=\"preserve\"> FILLIN \"Datum\" \\* MERGEFORMAT </w:instrText></w:r>"
                            + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>" + run(value)
                            + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>");
                }
                return paragraphXml(run(text));
            }
            default -> {
                return text.isEmpty() ? "<w:p/>" : paragraphXml(run(text));
            }
        }
    }

    private String blockControl(String content, boolean showingPlaceholder) {
        return "<w:sdt><w:sdtPr><w:id w:val=\"" + ++ids + "\"/>" + placeholderProperties(showingPlaceholder)
                + "</w:sdtPr><w:sdtContent>" + content + "</w:sdtContent></w:sdt>";
    }

    private String inlineControl(String text) {
        return "<w:sdt><w:sdtPr><w:id w:val=\"" + ++ids + "\"/>" + placeholderProperties(false)
                + "</w:sdtPr><w:sdtContent>" + run(text) + "</w:sdtContent></w:sdt>";
    }

    /** An inline control left as the template had it: showing its placeholder. */
    private String placeholder() {
        return "<w:sdt><w:sdtPr><w:id w:val=\"" + ++ids + "\"/>" + placeholderProperties(true)
                + "</w:sdtPr><w:sdtContent>" + run(PLACEHOLDER) + "</w:sdtContent></w:sdt>";
    }

    private static String placeholderProperties(boolean showing) {
        return "<w:placeholder><w:docPart w:val=\"DefaultPlaceholder_-1854013440\"/></w:placeholder>"
                + (showing ? "<w:showingPlcHdr/>" : "") + "<w:text/>";
    }

    /** The text in a text box: the DrawingML shape, and the VML fallback an older Word reads, with the same text. */
    private String textBox(String content) {
        int id = ++ids;
        return "<mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wp:inline><wp:extent cx=\"5400000\" cy=\"900000\"/>"
                + "<wp:docPr id=\"" + id + "\" name=\"Textruta " + id + "\"/><a:graphic><a:graphicData"
                + " uri=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\"><wps:wsp><wps:spPr/>"
                + "<wps:txbx><w:txbxContent>" + content + "</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp>"
                + "</a:graphicData></a:graphic></wp:inline></w:drawing></mc:Choice><mc:Fallback><w:pict>"
                + "<v:shape id=\"Textruta " + id + "\" style=\"width:425pt;height:71pt\"><v:textbox><w:txbxContent>"
                + content + "</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent>";
    }

    /**
     * The answer as tracking shows an edit: "slutrapport" deleted, a word moved away, the answer's second half
     * inserted, a comment on the whole.
     */
    private String tracked(String text) {
        int c = ++comments;
        int half = text.indexOf(' ', text.length() / 2);
        String first = half < 0 ? text : text.substring(0, half);
        String second = half < 0 ? "" : text.substring(half);
        String change = " w:author=\"Anna\" w:date=\"2016-08-20T10:00:00Z\"";
        return "<w:commentRangeStart w:id=\"" + c + "\"/>"
                + "<w:del w:id=\"" + ++ids + "\"" + change + "><w:r><w:delText xml:space=\"preserve\">Enligt slutrapport: </w:delText></w:r></w:del>"
                + run(first)
                + "<w:moveFrom w:id=\"" + ++ids + "\"" + change + "><w:r><w:t xml:space=\"preserve\"> (flyttat)</w:t></w:r></w:moveFrom>"
                + (second.isEmpty() ? "" : "<w:ins w:id=\"" + ++ids + "\"" + change + ">" + run(second) + "</w:ins>")
                + "<w:commentRangeEnd w:id=\"" + c + "\"/><w:r><w:commentReference w:id=\"" + c + "\"/></w:r>";
    }

    static String paragraphXml(String runs) {
        return "<w:p>" + runs + "</w:p>";
    }

    static String run(String text) {
        return "<w:r><w:t xml:space=\"preserve\">" + escape(text) + "</w:t></w:r>";
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
