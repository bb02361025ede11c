package se.finsam.check.read.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import se.finsam.check.read.InputError;

/** How an .odt's structures become lines of cells, and the one line each unreadable .odt gets. */
class OdtFormTest {

    /** The lines of this office:text, as "number: cell | cell". */
    private static List<String> lines(String text) throws Exception {
        FormText form = OdtForm.read("t.odt", OdtWriter.odt(OdtWriter.content("<office:text>" + text + "</office:text>")));
        return form.lines().stream().map(l -> l.line() + ": " + String.join(" | ",
                l.cells().stream().map(FormLine.Cell::text).toList())).toList();
    }

    private static String cell(String text) {
        return "<table:table-cell><text:p>" + text + "</text:p></table:table-cell>";
    }

    @Test
    void paragraphsHeadingsListsAndSpacesAreLinesAsShown() throws Exception {
        assertEquals(List.of("1: Verksamhetsplan 2017", "3: Mål: fler i arbete", "4: ett", "5: två tre"),
                lines("<text:h>Verksamhetsplan<text:s/><text:span>2017</text:span></text:h><text:p/>"
                        + "<text:p>Mål:<text:tab/>fler<text:line-break/>i<text:s text:c=\"3\"/>arbete</text:p>"
                        + "<text:list><text:list-item><text:p>ett</text:p></text:list-item>"
                        + "<text:list-item><text:p>två<text:soft-page-break/> tre</text:p></text:list-item></text:list>"));
    }

    @Test
    void deletionsCommentsNotesAndPlaceholdersAreLeftOut() throws Exception {
        assertEquals(List.of("2: Heby kommun", "3: Namn:"), lines(
                "<text:tracked-changes><text:changed-region text:id=\"c1\"><text:deletion><text:p>Slutrapport</text:p>"
                        + "</text:deletion></text:changed-region></text:tracked-changes>"
                        + "<text:p><text:change text:change-id=\"c1\"/></text:p>"
                        + "<text:p>Heby<office:annotation><text:p>fel kommun?</text:p></office:annotation> kommun"
                        + "<text:note><text:note-citation>1</text:note-citation><text:note-body><text:p>not</text:p>"
                        + "</text:note-body></text:note></text:p>"
                        + "<text:p>Namn: <text:placeholder>Klicka här</text:placeholder></text:p>"));
    }

    @Test
    void aTextBoxIsReadOnceAsParagraphsOfItsOwn() throws Exception {
        assertEquals(List.of("1: Diarienr 12", "2: Stämpel", "3: Datum: 2016-09-26"), lines(
                "<text:p><draw:frame><svg:title>Ruta</svg:title><draw:text-box><text:p>Diarienr 12</text:p>"
                        + "</draw:text-box></draw:frame></text:p>"
                        + "<text:p><draw:frame><draw:text-box><text:p>Stämpel</text:p></draw:text-box></draw:frame>Datum: 2016-09-26</text:p>"));
    }

    @Test
    void aCellSpanningRowsStandsForEveryRowAndRepeatedCellsAreCells() throws Exception {
        String table = "<table:table><table:table-column table:number-columns-repeated=\"4\"/>"
                + "<table:table-header-rows><table:table-row><table:table-cell table:number-columns-spanned=\"2\"><text:p>Resurs</text:p>"
                + "</table:table-cell><table:covered-table-cell/>" + cell("Tid") + "</table:table-row></table:table-header-rows>"
                + "<table:table-row>" + cell("SK") + cell("50 %")
                + "<table:table-cell table:number-rows-spanned=\"2\"><text:p>2017</text:p></table:table-cell></table:table-row>"
                + "<table:table-row>" + cell("TR") + cell("40 %") + "<table:covered-table-cell/></table:table-row>"
                + "<table:table-row><table:table-cell table:number-columns-repeated=\"2\"><text:p>x</text:p></table:table-cell>"
                + "<table:table-cell table:number-columns-repeated=\"3\"/></table:table-row>"
                + "<table:table-row table:number-rows-repeated=\"2\">" + cell("y") + "</table:table-row>"
                + "</table:table><text:p>Efter</text:p>";
        assertEquals(List.of("1: Resurs | Tid", "2: SK | 50 % | 2017", "3: TR | 40 % | 2017", "4: x | x", "5: y", "6: y",
                "8: Efter"), lines(table));
    }

    @Test
    void aNestedTableIsRowsOfItsOwnAfterTheRowHoldingIt() throws Exception {
        String inner = "<table:table><table:table-row>" + cell("Namn") + cell("Datum") + "</table:table-row>"
                + "<table:table-row>" + cell("Anna") + cell("2016-09-20") + "</table:table-row></table:table>";
        String outer = "<table:table><table:table-row><table:table-cell><text:p>Underskrifter</text:p>" + inner
                + "</table:table-cell>" + cell("") + "</table:table-row><table:table-row>" + cell("Sist") + "</table:table-row>"
                + "</table:table>";
        assertEquals(List.of("1: Underskrifter", "3: Namn | Datum", "4: Anna | 2016-09-20", "7: Sist"), lines(outer));
        var form = OdtForm.read("t.odt", OdtWriter.odt(OdtWriter.content("<office:text>" + outer + "</office:text>")));
        assertEquals(se.finsam.check.model.Place.tableRow(2, 2), form.places().get(4));
        assertEquals(se.finsam.check.model.Place.tableRow(1, 2), form.places().get(7));
    }

    /**
     * A template's frame: a row of one cell, one of a question's number beside its question and answer, one holding
     * a table – their paragraphs are lines, as in a .docx; a row of two cells of values stays one row.
     */
    @Test
    void aLayoutRowIsReadAsItsLines() throws Exception {
        String signatures = "<table:table><table:table-row>" + cell("Datum") + cell("Namn") + "</table:table-row>"
                + "<table:table-row>" + cell("2016-09-20") + cell("Anna") + "</table:table-row></table:table>";
        String frame = "<table:table><table:table-row><table:table-cell table:number-columns-spanned=\"2\">"
                + "<text:p>Verksamhetsplan 2017</text:p><text:p>LOKUS-grupp område: Heby</text:p></table:table-cell>"
                + "<table:covered-table-cell/></table:table-row>"
                + "<table:table-row>" + cell("1.") + "<table:table-cell><text:p>Vilka mål har gruppen?</text:p>"
                + "<text:p>Fler i arbete.</text:p></table:table-cell></table:table-row>"
                + "<table:table-row>" + cell("Underskrifter") + "<table:table-cell>" + signatures + "<text:p>Efter</text:p>"
                + "</table:table-cell></table:table-row>"
                + "<table:table-row>" + cell("Resurs") + cell("50 %") + "</table:table-row></table:table>";
        assertEquals(List.of("1: Verksamhetsplan 2017", "2: LOKUS-grupp område: Heby", "4: Vilka mål har gruppen?",
                "5: Fler i arbete.", "6: Underskrifter", "8: Datum | Namn", "9: 2016-09-20 | Anna", "11: Efter",
                "12: Resurs | 50 %"), lines(frame));
        var form = OdtForm.read("t.odt", OdtWriter.odt(OdtWriter.content("<office:text>" + frame + "</office:text>")));
        assertEquals(se.finsam.check.model.Place.tableRow(1, 2), form.places().get(5));
        assertEquals(se.finsam.check.model.Place.tableRow(2, 2), form.places().get(9));
        assertEquals(se.finsam.check.model.Place.tableRow(1, 4), form.places().get(12));
        assertEquals(null, form.places().get(3), "the question's number is no line");
    }

    /** The reason form.odt gives for this file. */
    private static int reason(byte[] odt) {
        InputError e = assertThrows(InputError.class, () -> OdtForm.read("t.odt", odt));
        assertEquals("form.odt", e.key());
        return (Integer) e.args().get(0);
    }

    /** The page header and footer tell the kind and year; the body's answers are read as before. */
    @Test
    void headersAndFootersAreContextNeverAnswers() throws Exception {
        String master = "<style:master-page style:name=\"Standard\"><style:header><text:p>Verksamhetsplan 2017</text:p>"
                + "</style:header><style:footer><text:p>Version 3</text:p></style:footer>"
                + "<style:header-first><text:p>Verksamhetsplan 2017</text:p></style:header-first></style:master-page>";
        String body = "<text:p>LOKUS-grupp område: Gävle</text:p><text:p>Vilka mål har LOKUS-gruppen för arbetet 2017?</text:p>"
                + "<text:p>Målen följs upp i en slutrapport till förbundet.</text:p>";
        FormText form = OdtForm.read("t.odt", OdtWriter.odt(OdtWriter.content("<office:text>" + body + "</office:text>"), master));
        assertEquals(List.of("Verksamhetsplan 2017", "Version 3"), form.context().stream().map(FormLine::text).toList());
        assertEquals(3, form.lines().size());
        FormParser parser = new FormParser(FormLayout.builtIn(), se.finsam.check.edition.Editions.builtIn());
        var d = new se.finsam.check.read.DocumentReader("t.odt").read(parser.parse(form).toNode());
        assertEquals("plan", d.getKind().id());
        assertEquals(2017, d.getEdition());
        // a styles.xml that cannot be read gives no context, and the form is still read
        FormText broken = OdtForm.read("t.odt", OdtWriter.odt(OdtWriter.content("<office:text>" + body + "</office:text>"),
                "<style:master-page><style:header><text:p>Verksamhetsplan"));
        assertEquals(List.of(), broken.context());
        assertEquals(3, broken.lines().size());
    }

    @Test
    void eachUnreadableOdtGetsItsReason() throws Exception {
        byte[] valid = OdtWriter.odt(OdtWriter.content("<office:text><text:p>Verksamhetsplan 2017</text:p></office:text>"));
        assertEquals(OdtForm.Unreadable.EMPTY.ordinal(), reason(new byte[0]));
        assertEquals(OdtForm.Unreadable.NOT_ZIP.ordinal(), reason("Verksamhetsplan".getBytes(StandardCharsets.UTF_8)));
        assertEquals(OdtForm.Unreadable.DAMAGED.ordinal(), reason(java.util.Arrays.copyOf(valid, valid.length - 30)));
        assertEquals(OdtForm.Unreadable.XML.ordinal(), reason(OdtWriter.odt("<office:document-content><office:body>")));
        for (String doctype : List.of("<!DOCTYPE x [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>",
                "<!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>")) {
            String xml = OdtWriter.content("<office:text><text:p>&xxe;&c;</text:p></office:text>")
                    .replace("?><office:document-content", "?>" + doctype + "<office:document-content");
            assertEquals(OdtForm.Unreadable.DOCTYPE.ordinal(), reason(OdtWriter.odt(xml)), doctype);
        }
        assertEquals(OdtForm.Unreadable.XML.ordinal(),
                reason(OdtWriter.odt(OdtWriter.content("<text:p>".repeat(5000) + "</text:p>".repeat(5000)))));
        assertEquals(OdtForm.Unreadable.ZIP_BOMB.ordinal(), reason(bomb()));
        String row = "<table:table-row table:number-rows-repeated=\"100\"><table:table-cell table:number-columns-repeated=\"100\">"
                + "<text:p>x</text:p></table:table-cell></table:table-row>";
        assertEquals(OdtForm.Unreadable.TOO_MANY_CELLS.ordinal(), reason(OdtWriter.odt(OdtWriter.content(
                "<office:text><table:table>" + row.repeat(101) + "</table:table></office:text>"))));
        byte[] encrypted = KnownByContentTest.rezip(valid, "META-INF/manifest.xml", m -> m.replace("media-type=\"text/xml\"/>",
                "media-type=\"text/xml\"><manifest:encryption-data manifest:checksum-type=\"SHA1/1K\"/></manifest:file-entry>"));
        assertEquals(OdtForm.Unreadable.ENCRYPTED.ordinal(), reason(encrypted));
    }

    /** An .odt whose content.xml inflates from a quarter of a megabyte to 256 MB of spaces in a paragraph. */
    static byte[] bomb() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("content.xml"));
            String start = OdtWriter.content("<office:text><text:p>");
            zip.write(start.substring(0, start.indexOf("</office:body>")).getBytes(StandardCharsets.UTF_8));
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 256; i++) {
                zip.write(spaces);
            }
            zip.write("</text:p></office:text></office:body></office:document-content>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }
}
