package se.finsam.check.read.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import se.finsam.check.edition.Editions;
import se.finsam.check.model.Document;
import se.finsam.check.read.InputError;

/**
 * The Word reader, one capability at a time, on small documents of our own: each line as "number: cell | cell"
 * (a table row's place after it as "@table.row").
 */
class WordBodyTest {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    @Test
    void contentControlsGiveTheirContentAndAPlaceholderIsNoAnswer() throws Exception {
        String body = p(r("Kontaktperson: ") + inline("Maria Lind", ""))
                + block(p(r("Vi ses varannan tisdag.")), "")
                + block(p(r("Skriv målen här.")), "<w:showingPlcHdr/>")
                + p(r("Telefon: ") + inline("Klicka eller tryck här för att ange text.", ""))
                + p(r("Ort: ") + inline("Ange orten", "<w:placeholder><w:docPart w:val=\"Ort\"/></w:placeholder>"));
        String glossary = "<w:glossaryDocument xmlns:w=\"" + W + "\"><w:docParts><w:docPart><w:docPartPr>"
                + "<w:name w:val=\"Ort\"/></w:docPartPr><w:docPartBody>" + p(r("Ange orten")) + "</w:docPartBody>"
                + "</w:docPart></w:docParts></w:glossaryDocument>";
        FormText form = read(new Docx(body).with("glossaryDocument", "word/glossary/document.xml",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document.glossary+xml", glossary));
        // the placeholder paragraph is an empty one: its number is left out, as a blank line's
        assertEquals(List.of("1: Kontaktperson: Maria Lind", "2: Vi ses varannan tisdag.", "4: Telefon:", "5: Ort:"),
                lines(form));
    }

    @Test
    void aTableInALayoutCellIsReadRowByRowAndNumberedInDocumentOrder() throws Exception {
        String inner = tbl(tr(tc(p(r("Namn"))) + tc(p(r("Roll")))) + tr(tc(p(r("Ola Berg"))) + tc(p(r("Ordförande")))));
        String body = tbl(tr(tc(p(r("Styrgruppen")) + inner + "<w:p/>") + tc(p(r("Se bilaga")))))
                + tbl(tr(tc(p(r("Efter"))) + tc(p(r("tabellen")))));
        FormText form = read(new Docx(body));
        assertEquals(List.of("1: Styrgruppen @1.1", "2: Namn | Roll @2.1", "3: Ola Berg | Ordförande @2.2",
                "6: Se bilaga @1.1", "8: Efter | tabellen @3.1"), lines(form));
    }

    @Test
    void mergedCellsKeepTheirValueAndColumns() throws Exception {
        String restart = "<w:tcPr><w:vMerge w:val=\"restart\"/></w:tcPr>";
        String below = "<w:tcPr><w:vMerge/></w:tcPr>";
        String body = tbl(tr("<w:tc><w:tcPr><w:gridSpan w:val=\"3\"/></w:tcPr>" + p(r("Bemanning")) + "</w:tc>")
                + tr(tc(p(r("Roll"))) + tc(p(r("År"))) + tc(p(r("Tjänst"))))
                + tr(tc(p(r("Coach"))) + "<w:tc>" + restart + p(r("2019")) + "</w:tc>" + tc(p(r("50 %"))))
                + tr(tc(p(r("Handledare"))) + "<w:tc>" + below + "<w:p/></w:tc>" + tc(p(r("20 %"))))
                + tr("<w:tc><w:tcPr><w:gridSpan w:val=\"2\"/></w:tcPr>" + p(r("Summa")) + "</w:tc>" + tc(p(r("70 %"))))
                + tr(tc(p(r("Intygas:"))) + "<w:tc>" + restart + p(r("Signatur: Eva Ek")) + "</w:tc>" + tc("<w:p/>"))
                + tr(tc("<w:p/>") + "<w:tc>" + below + "<w:p/></w:tc>" + tc("<w:p/>")));
        // the title row is one cell; the year stands for both rows; "Summa" covers two columns; the row the tall
        // signature cell reaches into has nothing of its own and is no row
        assertEquals(List.of("1: Bemanning @1.1", "2: Roll | År | Tjänst @1.2", "3: Coach | 2019 | 50 % @1.3",
                "4: Handledare | 2019 | 20 % @1.4", "5: Summa |  | 70 % @1.5", "6: Intygas: | Signatur: Eva Ek @1.6"),
                lines(read(new Docx(body))));
    }

    @Test
    void aCellsParagraphsAndLineBreaksStayApart() throws Exception {
        String body = tbl(tr(tc(p(r("Mål")) + p(r("Fler i arbete.")) + p(r("Kortare väntan.")))
                + tc(p(r("Rad ett") + "<w:r><w:br/></w:r>" + r("rad två")))));
        assertEquals(List.of("1: Mål Fler i arbete. Kortare väntan. | Rad ett rad två @1.1"), lines(read(new Docx(body))));
    }

    /**
     * Amounts typed as lines of one paragraph (Shift+Enter): each a line, as in the form's text export – a line
     * that opens with a number and a colon labels its own value and does not go on with the line above.
     */
    @Test
    void amountsTypedAsLinesOfOneParagraphAreLinesOfTheirOwn() throws Exception {
        String br = "<w:r><w:br/></w:r>";
        String body = p(r("2018: 882 000 kronor") + br + r("2019: 832 000 kronor") + br + r("Totalt: 1 714 000 kronor"))
                + p(r("Vi ses varannan vecka, i år") + br + r("2019 och 2020."));
        assertEquals(List.of("1: 2018: 882 000 kronor", "2: 2019: 832 000 kronor", "3: Totalt: 1 714 000 kronor",
                "4: Vi ses varannan vecka, i år 2019 och 2020."), lines(read(new Docx(body))));
    }

    @Test
    void aTextBoxIsReadOnceFromItsDrawingNotItsFallback() throws Exception {
        String box = "<mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wps:txbx><w:txbxContent>"
                + p(r("Vi söker 400 000 kr (för två år)")) + "</w:txbxContent></wps:txbx></w:drawing></mc:Choice>"
                + "<mc:Fallback><w:pict><v:textbox><w:txbxContent>" + p(r("Vi söker 400 000 kr (för två år)"))
                + "</w:txbxContent></v:textbox></w:pict></mc:Fallback></mc:AlternateContent>";
        String body = p(r("Budget")) + p("<w:r>" + box + "</w:r>") + p(r("Slut"));
        assertEquals(List.of("1: Budget", "2: Vi söker 400 000 kr (för två år)", "3: Slut"), lines(read(new Docx(body))));
    }

    @Test
    void fieldsShowTheirResultAndTrackedChangesTheirOutcome() throws Exception {
        String change = " w:id=\"9\" w:author=\"Per\" w:date=\"2019-01-01T00:00:00Z\"";
        String body = p(r("Datum: ") + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
                        + "<w:r><w:instrText xml:space=\"preserve\"> DATE \\@ \"yyyy-MM-dd\" </w:instrText></w:r>"
                        + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>" + r("2019-03-04")
                        + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>")
                + p(r("Sida ") + "<w:fldSimple w:instr=\" PAGE \">" + r("2") + "</w:fldSimple>")
                + p("<w:commentRangeStart w:id=\"1\"/>" + r("Vi arbetar ")
                        + "<w:del" + change + "><w:r><w:delText>inte </w:delText></w:r></w:del>"
                        + "<w:moveFrom" + change + ">" + r("gärna ") + "</w:moveFrom>"
                        + "<w:ins" + change + ">" + r("tillsammans") + "</w:ins>"
                        + "<w:commentRangeEnd w:id=\"1\"/><w:r><w:commentReference w:id=\"1\"/></w:r>");
        assertEquals(List.of("1: Datum: 2019-03-04", "2: Sida 2", "3: Vi arbetar tillsammans"), lines(read(new Docx(body))));
    }

    @Test
    void headersAndFootersAreContextNeverAnswers() throws Exception {
        String header = "<w:hdr xmlns:w=\"" + W + "\">" + p(r("Ansökan om medel 2019")) + "</w:hdr>";
        String footer = "<w:ftr xmlns:w=\"" + W + "\">" + p(r("Version 3")) + "</w:ftr>";
        FormText form = read(new Docx(p(r("Insatsens namn")))
                .with("header", "word/header1.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml", header)
                .with("footer", "word/footer1.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml", footer));
        assertEquals(List.of("1: Insatsens namn"), lines(form));
        assertEquals(List.of("Ansökan om medel 2019", "Version 3"), form.context().stream().map(FormLine::text).toList());
    }

    @Test
    void headingsAndSpacingPartBlocksWithoutEmptyParagraphs() throws Exception {
        String styles = "<w:styles xmlns:w=\"" + W + "\"><w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\">"
                + "<w:name w:val=\"Normal\"/><w:pPr><w:spacing w:after=\"160\"/></w:pPr></w:style>"
                + "<w:style w:type=\"paragraph\" w:styleId=\"Egen\"><w:name w:val=\"Egen rubrik\"/>"
                + "<w:basedOn w:val=\"Normal\"/><w:pPr><w:outlineLvl w:val=\"1\"/></w:pPr></w:style></w:styles>";
        String body = p("<w:pPr><w:pStyle w:val=\"Egen\"/></w:pPr>" + r("Intyg"))
                + p(r("Ort: Gävle")) + p(r("Namn: Ida Ny"))
                + p("<w:pPr><w:spacing w:before=\"360\"/></w:pPr>" + r("Ort: Falun")) + p(r("Namn: Bo Ek"));
        FormText form = read(new Docx(body).with("styles", "word/styles.xml",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml", styles));
        // Normal's 8 pt after a paragraph parts nothing; a heading and 18 pt before do
        assertEquals(List.of("2: Intyg", "4: Ort: Gävle", "5: Namn: Ida Ny", "7: Ort: Falun", "8: Namn: Bo Ek"), lines(form));
    }

    /** An answer that mentions another kind of form does not make the form that kind: the title says which it is. */
    @Test
    void theKindComesFromTheTitleNotFromAnAnswer() throws Exception {
        String plan = "Verksamhetsplan 2017\n\nLOKUS-grupp område: Gävle\n\nVilka mål har LOKUS-gruppen för arbetet 2017?\n"
                + "Målen följs upp i en slutrapport till förbundet.\n";
        FormParser parser = new FormParser(FormLayout.builtIn(), Editions.builtIn());
        Document d = new se.finsam.check.read.DocumentReader("p").read(parser.parse(TextForm.read("p", plan)).toNode());
        assertEquals("plan", d.getKind().id());
        // in Word, with the title in the page header and the answer first in the body
        String header = "<w:hdr xmlns:w=\"" + W + "\">" + p(r("Verksamhetsplan 2017")) + "</w:hdr>";
        FormText word = read(new Docx(p(r("LOKUS-grupp område: Gävle")) + p(r("Vilka mål har LOKUS-gruppen för arbetet 2017?"))
                + p(r("Målen följs upp i en slutrapport till förbundet.")))
                .with("header", "word/header1.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml", header));
        d = new se.finsam.check.read.DocumentReader("w").read(parser.parse(word).toNode());
        assertEquals("plan", d.getKind().id());
        assertEquals(2017, d.getEdition());
    }

    /**
     * A signature cell merged down over a labels row and the values row below it: the values row is read with the
     * label repeated, and the signers are those of the same table written as text.
     */
    @Test
    void aTallSignatureCellOverLabelsAndValuesGivesTheSignersOfTheText() throws Exception {
        String opening = "Verksamhetsplan 2019\n\nLOKUS-grupp område: Gävle\n\nVilka mål har LOKUS-gruppen för arbetet 2019?\n"
                + "Fler i arbete.\n\n";
        String text = opening + "Datum:\tUnderskrift:\tNamnförtydligande:\tOrganisation:\n"
                + "2019-01-10\t\tEva Ek\tFörsäkringskassan\n";
        String restart = "<w:tc><w:tcPr><w:vMerge w:val=\"restart\"/></w:tcPr>" + p(r("Underskrift:")) + "</w:tc>";
        String below = "<w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc>";
        String body = p(r("Verksamhetsplan 2019")) + "<w:p/>" + p(r("LOKUS-grupp område: Gävle")) + "<w:p/>"
                + p(r("Vilka mål har LOKUS-gruppen för arbetet 2019?")) + p(r("Fler i arbete.")) + "<w:p/>"
                + tbl(tr(tc(p(r("Datum:"))) + restart + tc(p(r("Namnförtydligande:"))) + tc(p(r("Organisation:"))))
                + tr(tc(p(r("2019-01-10"))) + below + tc(p(r("Eva Ek"))) + tc(p(r("Försäkringskassan")))));
        FormParser parser = new FormParser(FormLayout.builtIn(), Editions.builtIn());
        List<String> fromText = signers(new se.finsam.check.read.DocumentReader("t").read(
                parser.parse(TextForm.read("t", text)).toNode()));
        assertEquals(List.of("Försäkringskassan|Eva Ek|2019-01-10"), fromText);
        assertEquals(fromText, signers(new se.finsam.check.read.DocumentReader("w").read(parser.parse(read(new Docx(body))).toNode())));
    }

    private static List<String> signers(Document d) {
        return d.getSignatures().stream().map(s -> s.getOrganisation() + "|" + s.getName() + "|" + s.getDate()).toList();
    }

    /** Content nested deeper than any form (a hostile file) is one clear line, not a stack overflow. */
    @Test
    void contentNestedTooDeeplyIsOneClearError() {
        StringBuilder body = new StringBuilder();
        for (int level = 0; level < 120; level++) {
            // a different text at each level: a body repeating itself exactly compresses like a zip bomb
            body.append("<w:tbl><w:tr><w:tc>").append(p(r("Nivå " + Integer.toHexString(level * 7919))));
        }
        body.append("<w:p/></w:tc></w:tr></w:tbl>".repeat(120));
        InputError e = assertThrows(InputError.class, () -> read(new Docx(body.toString())));
        assertEquals("form.docx", e.key());
        assertEquals(List.of(DocxForm.Unreadable.TOO_DEEP.ordinal()), e.args()); // not "damaged": the zip is whole
    }

    /**
     * A check box reads as its state, not as what it shows: a legacy field checked (w:checked) or checked by default,
     * a w14 control whose glyph was left unchecked but whose state is checked, Wingdings boxes; a choice reads as the
     * label checked, none checked as no answer; another Wingdings symbol is no box.
     */
    @Test
    void checkBoxesReadAsTheirStateAndAChoiceAsTheLabelChecked() throws Exception {
        String legacyChecked = legacyBox("<w:default w:val=\"0\"/><w:checked/>");
        String legacyDefault = legacyBox("<w:default w:val=\"1\"/>");
        String legacyOff = legacyBox("<w:default w:val=\"1\"/><w:checked w:val=\"0\"/>");
        String control = inline("☐", "<w14:checkbox><w14:checked w14:val=\"1\"/></w14:checkbox>");
        String controlOff = inline("☒", "<w14:checkbox><w14:checked w14:val=\"0\"/></w14:checkbox>");
        String body = p(legacyChecked + r(" Ja ") + legacyOff + r(" Nej"))
                + p(legacyOff + r(" Ja ") + legacyDefault + r(" Nej"))
                + p(r("Diskuterad: ") + controlOff + r(" Ja ") + control + r(" Nej"))
                + p(legacyOff + r(" Ja ") + controlOff + r(" Nej"))
                + p(r("Ja ") + sym("Wingdings", "F0FE") + r(" Nej ") + sym("Wingdings", "F0A8"))
                + p(sym("Wingdings", "F0E0") + r(" Se bilaga"))
                + tbl(tr(tc(p(r("Har ansökan diskuterats?"))) + tc(p(control + r(" Ja ") + legacyOff + r(" Nej")))));
        assertEquals(List.of("1: Ja", "2: Nej", "3: Diskuterad: Nej", "5: Ja", "6: Se bilaga",
                "7: Har ansökan diskuterats? | Ja @1.1"), lines(read(new Docx(body))));
    }

    /**
     * A paragraph set as the template's guidance (grey, Word's Placeholder Text style, an instruction style – by id
     * or by name) is read with its place saying so – the form reader then leaves out what is worded as guidance
     * (FormParserGuidanceTest); in a table's cell guidance so worded is read as nothing here already.
     */
    @Test
    void textSetAsGuidanceIsReadWithItsPlaceSayingSo() throws Exception {
        String grey = "<w:rPr><w:i/><w:color w:val=\"A6A6A6\"/></w:rPr>";
        String styles = "<w:styles xmlns:w=\"" + W + "\"><w:style w:type=\"paragraph\" w:styleId=\"Formatmall1\">"
                + "<w:name w:val=\"Vägledning\"/></w:style></w:styles>";
        String body = p(r("Vilka mål har LOKUS-gruppen?"))
                + p("<w:r>" + grey + "<w:t>Beskriv här målen. Ta bort denna text.</w:t></w:r>")
                + p("<w:r><w:rPr><w:color w:themeColor=\"text1\" w:themeTint=\"80\"/></w:rPr><w:t>Ange målgrupperna.</w:t></w:r>")
                + p("<w:r><w:rPr><w:rStyle w:val=\"PlaceholderText\"/></w:rPr><w:t>Klicka här för att ange text.</w:t></w:r>")
                + "<w:p><w:pPr><w:pStyle w:val=\"Formatmall1\"/></w:pPr>" + r("Fyll i tabellen nedan.") + "</w:p>"
                + "<w:p><w:pPr><w:pStyle w:val=\"Instruktion\"/></w:pPr>" + r("Nej, inte i år.") + "</w:p>"
                + p("<w:r>" + grey + "<w:t>Målen är att öka samverkan.</w:t></w:r>")
                + tbl(tr(tc(p(r("Syfte"))) + tc(p("<w:r>" + grey + "<w:t>Beskriv syftet.</w:t></w:r>"))));
        FormText form = read(new Docx(body).with("styles", "word/styles.xml",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml", styles));
        assertEquals(List.of("1: Vilka mål har LOKUS-gruppen?", "2: Beskriv här målen. Ta bort denna text. (grey)",
                "3: Ange målgrupperna. (grey)", "4: Klicka här för att ange text. (grey)", "5: Fyll i tabellen nedan. (grey)",
                "6: Nej, inte i år. (grey)", "7: Målen är att öka samverkan. (grey)", "8: Syfte @1.1"), lines(form));
    }

    private static String legacyBox(String state) {
        return "<w:r><w:fldChar w:fldCharType=\"begin\"><w:ffData><w:checkBox><w:sizeAuto/>" + state
                + "</w:checkBox></w:ffData></w:fldChar></w:r><w:r><w:instrText> FORMCHECKBOX </w:instrText></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>";
    }

    private static String sym(String font, String character) {
        return "<w:r><w:sym w:font=\"" + font + "\" w:char=\"" + character + "\"/></w:r>";
    }

    private static FormText read(Docx docx) throws Exception {
        return DocxForm.read("t.docx", docx.bytes());
    }

    private static List<String> lines(FormText form) {
        return form.lines().stream().map(l -> {
            var place = form.places().get(l.line());
            String at = place != null && place.isTableRow() ? " @" + place.table() + "." + place.row()
                    : place != null && place.grey() ? " (grey)" : "";
            return l.line() + ": " + l.cells().stream().map(FormLine.Cell::text).collect(Collectors.joining(" | ")) + at;
        }).toList();
    }

    private static String p(String runs) {
        return "<w:p>" + runs + "</w:p>";
    }

    private static String r(String text) {
        return "<w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r>";
    }

    private static String inline(String text, String properties) {
        return "<w:sdt><w:sdtPr>" + properties + "</w:sdtPr><w:sdtContent>" + r(text) + "</w:sdtContent></w:sdt>";
    }

    private static String block(String content, String properties) {
        return "<w:sdt><w:sdtPr>" + properties + "</w:sdtPr><w:sdtContent>" + content + "</w:sdtContent></w:sdt>";
    }

    private static String tbl(String rows) {
        return "<w:tbl>" + rows + "</w:tbl>";
    }

    private static String tr(String cells) {
        return "<w:tr>" + cells + "</w:tr>";
    }

    private static String tc(String content) {
        return "<w:tc>" + content + "</w:tc>";
    }

    /** A .docx written directly: the body, and parts related to it (header, footer, styles, glossary). */
    private static final class Docx {
        private final String body;
        private final Map<String, String[]> parts = new LinkedHashMap<>();

        Docx(String body) {
            this.body = body;
        }

        Docx with(String relation, String name, String contentType, String xml) {
            parts.put(name, new String[] {relation, contentType, xml});
            return this;
        }

        byte[] bytes() throws IOException {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
                StringBuilder types = new StringBuilder("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                        + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>");
                StringBuilder rels = new StringBuilder("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
                int id = 0;
                for (Map.Entry<String, String[]> part : parts.entrySet()) {
                    types.append("<Override PartName=\"/").append(part.getKey()).append("\" ContentType=\"")
                            .append(part.getValue()[1]).append("\"/>");
                    rels.append("<Relationship Id=\"rId").append(++id).append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/")
                            .append(part.getValue()[0]).append("\" Target=\"").append(part.getKey().substring("word/".length())).append("\"/>");
                    entry(zip, part.getKey(), part.getValue()[2]);
                }
                entry(zip, "[Content_Types].xml", types.append("</Types>").toString());
                entry(zip, "_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
                entry(zip, "word/_rels/document.xml.rels", rels.append("</Relationships>").toString());
                entry(zip, "word/document.xml", "<w:document xmlns:w=\"" + W + "\""
                        + " xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\""
                        + " xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\""
                        + " xmlns:w14=\"http://schemas.microsoft.com/office/word/2010/wordml\""
                        + " xmlns:v=\"urn:schemas-microsoft-com:vml\"><w:body>" + body + "</w:body></w:document>");
            }
            return bytes.toByteArray();
        }

        private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(text.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
    }
}
