package se.finsam.check.read.form;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a sample form's text export as an OpenDocument text: consecutive lines with tabs as one table, the other
 * lines as paragraphs (markup removed, as a document has none). Plain, or in the ways a word processor stores what
 * it shows: words in spans with the spaces as {@code text:s}, a comment and a tracked deletion in the text (whose
 * words must not count), a value repeated down a column as one cell spanning those rows, a trailing empty column
 * as one repeated cell, every table nested in a one-cell layout table, and a short paragraph in a text box. Or
 * framed, as a template frames its questions in a table: each block of the export (up to a blank line) one row.
 */
final class OdtWriter {

    /**
     * PLAIN: paragraphs and tables; RICH: all the ways above; WORD_97: those a Word 97–2003 file keeps in its main
     * text (the source of the .doc fixtures) – RICH without the text box, which a .doc keeps in a story of its own,
     * and with the first word of each paragraph in an input field, which LibreOffice saves as a Word field.
     */
    enum Style {
        PLAIN, RICH, WORD_97,
        /**
         * The form in a two-column frame table: the title block in a row of one cell spanning both columns, every
         * other block in a row of its number ("2.") beside a cell of its paragraphs and its tables nested.
         */
        FRAMED
    }

    static final String MIMETYPE = "application/vnd.oasis.opendocument.text";
    static final String NAMESPACES = "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
            + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
            + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
            + " xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\""
            + " xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\""
            + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
            + " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\""
            + " xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\"";

    private final Style style;
    private final StringBuilder body = new StringBuilder();
    private int changes;

    private OdtWriter(Style style) {
        this.style = style;
    }

    /** Writes every sample form as a WORD_97 (or the style named second) .odt into the folder named: the sources of the .doc fixtures. */
    public static void main(String[] args) throws IOException {
        Style style = args.length > 1 ? Style.valueOf(args[1]) : Style.WORD_97;
        for (String sample : LegacyFormsTest.samples()) {
            List<String> lines = java.nio.file.Files.readAllLines(java.nio.file.Path.of("testdata/forms", sample + ".txt"));
            java.nio.file.Files.write(java.nio.file.Path.of(args[0], sample + ".odt"), write(lines, style));
        }
    }

    static byte[] write(List<String> lines, Style style) throws IOException {
        OdtWriter w = new OdtWriter(style);
        if (style == Style.FRAMED) {
            w.framed(lines);
            return odt(content("<office:text>" + w.body + "</office:text>"));
        }
        List<String[]> table = new ArrayList<>();
        for (String line : lines) {
            if (line.contains("\t")) {
                table.add(line.split("\t", -1));
                continue;
            }
            w.table(table);
            w.paragraph(TextForm.clean(line));
        }
        w.table(table);
        String tracked = w.changes == 0 ? "" : w.trackedChanges();
        return odt(content("<office:text>" + tracked + w.body + "</office:text>"));
    }

    /** The lines in the frame table, a block (lines up to a blank one) a row. */
    private void framed(List<String> lines) {
        body.append("<table:table table:name=\"Ram\"><table:table-column table:number-columns-repeated=\"2\"/>");
        int blocks = 0;
        for (int i = 0; i < lines.size(); ) {
            if (TextForm.clean(lines.get(i)).isEmpty()) {
                i++;
                continue;
            }
            body.append(blocks == 0 ? "<table:table-row><table:table-cell table:number-columns-spanned=\"2\">"
                    : "<table:table-row><table:table-cell><text:p>" + blocks + ".</text:p></table:table-cell><table:table-cell>");
            List<String[]> table = new ArrayList<>();
            for (; i < lines.size() && !TextForm.clean(lines.get(i)).isEmpty(); i++) {
                if (lines.get(i).contains("\t")) {
                    table.add(lines.get(i).split("\t", -1));
                } else {
                    table(table);
                    body.append("<text:p>").append(esc(TextForm.clean(lines.get(i)))).append("</text:p>");
                }
            }
            table(table);
            body.append(blocks == 0 ? "</table:table-cell><table:covered-table-cell/></table:table-row>"
                    : "</table:table-cell></table:table-row>");
            blocks++;
        }
        body.append("</table:table>");
    }

    /** A content.xml around this body (office:body's children). */
    static String content(String officeBody) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content " + NAMESPACES
                + " office:version=\"1.3\"><office:body>" + officeBody + "</office:body></office:document-content>";
    }

    /** An .odt of this content.xml: the mimetype entry first and stored, as ODF asks, and a manifest. */
    static byte[] odt(String contentXml) throws IOException {
        return odt(contentXml, null);
    }

    /** The same with a styles.xml holding these master pages (their headers and footers), when not null. */
    static byte[] odt(String contentXml, String masterStyles) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            byte[] mimetype = MIMETYPE.getBytes(StandardCharsets.US_ASCII);
            ZipEntry m = new ZipEntry("mimetype");
            m.setMethod(ZipEntry.STORED);
            m.setSize(mimetype.length);
            CRC32 crc = new CRC32();
            crc.update(mimetype);
            m.setCrc(crc.getValue());
            zip.putNextEntry(m);
            zip.write(mimetype);
            zip.closeEntry();
            entry(zip, "content.xml", contentXml);
            if (masterStyles != null) {
                entry(zip, "styles.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-styles " + NAMESPACES
                        + " office:version=\"1.3\"><office:styles/><office:master-styles>" + masterStyles
                        + "</office:master-styles></office:document-styles>");
            }
            entry(zip, "META-INF/manifest.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.3\">"
                    + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"" + MIMETYPE + "\"/>"
                    + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
                    + "</manifest:manifest>");
        }
        return bytes.toByteArray();
    }

    static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private void paragraph(String text) {
        if (style == Style.PLAIN || text.isEmpty()) {
            body.append("<text:p>").append(esc(text)).append("</text:p>");
            return;
        }
        if (style == Style.RICH && text.length() < 12 && !text.contains(":")) {
            // a text box anchored in an otherwise empty paragraph: its text once, as a paragraph of its own
            body.append("<text:p><draw:frame draw:name=\"box\" svg:width=\"5cm\"><svg:title>Rubrikruta Slutrapport</svg:title>")
                    .append("<draw:text-box><text:p>").append(rich(text)).append("</text:p></draw:text-box></draw:frame></text:p>");
            return;
        }
        body.append("<text:h text:outline-level=\"2\">").append(rich(text)).append("</text:h>");
    }

    /**
     * A paragraph's words in spans, each space as text:s (one word the other side of a text:tab would do the same),
     * with a comment and a tracked deletion holding words that would change what the form is read as.
     */
    private String rich(String text) {
        String[] words = text.split(" ");
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            if (i > 0) {
                b.append(i % 3 == 0 ? "<text:s text:c=\"2\"/>" : i % 3 == 1 ? "<text:s/>" : "<text:tab/>");
            }
            String word = esc(words[i]);
            b.append(style == Style.WORD_97 && i == 0 ? "<text:text-input text:description=\"Svar\">" + word + "</text:text-input>"
                    : "<text:span text:style-name=\"T1\">" + word + "</text:span>");
        }
        changes++;
        b.append("<office:annotation><dc:creator>Kansliet</dc:creator><text:p>Slutrapport? Verksamhetsplan 2099</text:p></office:annotation>");
        b.append("<text:change text:change-id=\"ct").append(changes).append("\"/>");
        return b.toString();
    }

    /** The deleted texts the change marks point at: kept apart from the text, as Writer stores them. */
    private String trackedChanges() {
        StringBuilder b = new StringBuilder("<text:tracked-changes>");
        for (int i = 1; i <= changes; i++) {
            b.append("<text:changed-region text:id=\"ct").append(i).append("\"><text:deletion><office:change-info>")
                    .append("<dc:creator>x</dc:creator><dc:date>2016-09-20T10:00:00</dc:date></office:change-info><text:p>Slutrapport 2099 Underskrift</text:p>")
                    .append("</text:deletion></text:changed-region>");
        }
        return b.append("</text:tracked-changes>").toString();
    }

    private void table(List<String[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        int width = rows.stream().mapToInt(r -> r.length).max().orElse(1);
        String[][] cells = new String[rows.size()][width];
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < width; c++) {
                cells[r][c] = c < rows.get(r).length ? TextForm.clean(rows.get(r)[c]) : "";
            }
        }
        boolean rich = style == Style.RICH || style == Style.WORD_97;
        if (rich) {
            body.append("<table:table table:name=\"Layout\"><table:table-column/><table:table-row><table:table-cell>");
        }
        body.append("<table:table table:name=\"T\"><table:table-column table:number-columns-repeated=\"")
                .append(width + (rich ? 2 : 0)).append("\"/>");
        for (int r = 0; r < cells.length; r++) {
            body.append("<table:table-row>");
            for (int c = 0; c < width; c++) {
                String text = cells[r][c];
                if (rich && r > 0 && !text.isEmpty() && text.equals(cells[r - 1][c])) {
                    body.append("<table:covered-table-cell/>");
                    continue;
                }
                int down = 1;
                while (rich && !text.isEmpty() && r + down < cells.length && text.equals(cells[r + down][c])) {
                    down++;
                }
                body.append("<table:table-cell").append(down > 1 ? " table:number-rows-spanned=\"" + down + "\"" : "")
                        .append(">").append(text.isEmpty() ? "" : "<text:p>" + (rich ? rich(text) : esc(text)) + "</text:p>")
                        .append("</table:table-cell>");
            }
            if (rich) {
                body.append("<table:table-cell table:number-columns-repeated=\"2\"><text:p/></table:table-cell>");
            }
            body.append("</table:table-row>");
        }
        body.append("</table:table>");
        if (rich) {
            body.append("</table:table-cell></table:table-row></table:table>");
        }
        rows.clear();
    }

    static String esc(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
