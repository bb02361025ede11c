package se.finsam.check.read.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.finsam.check.CliTest;
import se.finsam.check.TestEngine;
import se.finsam.check.findings.DocumentResult;
import se.finsam.check.read.InputFiles;

/**
 * A Word form goes the same way as its text export: a .docx built from a sample's content – its tab-separated
 * rows as Word tables, the rest as paragraphs – gives the same findings as the text.
 */
class DocxFormTest {

    @TempDir
    Path dir;

    @Test
    void aWordFormGivesTheFindingsOfItsTextExport() throws Exception {
        for (String sample : List.of("plan-2017-heby", "report-2017-enkoping-habo")) {
            Path text = Path.of("testdata/forms/" + sample + ".txt");
            Path docx = dir.resolve(sample + ".docx");
            writeDocx(Files.readAllLines(text), docx);
            DocumentResult fromText = TestEngine.checker().check(new InputFiles.Input(text, "t"));
            DocumentResult fromWord = TestEngine.checker().check(new InputFiles.Input(docx, "w"));
            assertEquals(rules(fromText), rules(fromWord), sample);
            // nothing from the Word library's logging reaches the user
            assertEquals("", CliTest.run("check", docx.toString()).err(), sample);
        }
    }

    @Test
    void findingsOnAWordFormSayWhereInTheOriginalTheyAre() throws Exception {
        Path text = Path.of("testdata/forms/plan-2017-heby.txt");
        Path docx = dir.resolve("plan.docx");
        writeDocx(Files.readAllLines(text), docx);
        DocumentResult r = TestEngine.checker().check(new InputFiles.Input(docx, "plan.docx"));
        var messages = se.finsam.check.findings.Messages.forLanguage("sv");
        List<String> places = r.findings().stream()
                .map(f -> se.finsam.check.output.FieldNames.where(r.source(), f.position(), messages)).toList();
        assertFalse(places.isEmpty());
        // every finding on a Word form names a heading, a table row or a paragraph of the original – no line numbers
        for (String place : places) {
            assertTrue(place.matches(".*\\((under ”[^”]+”(, (tabell \\d+, rad \\d+|stycke \\d+))?|tabell \\d+, rad \\d+|stycke \\d+)\\)"),
                    place);
        }
    }

    @Test
    void aBrokenWordFileIsOneClearError() throws Exception {
        Path docx = dir.resolve("broken.docx");
        Files.writeString(docx, "PK this is not a zip file");
        DocumentResult r = TestEngine.checker().check(new InputFiles.Input(docx, "broken.docx"));
        assertFalse(r.isChecked());
        assertEquals("form.docx", r.error().key());
    }

    private static List<String> rules(DocumentResult r) {
        return r.findings().stream().map(f -> f.rule() + "/" + f.severity().id()).sorted().toList();
    }

    /** Consecutive lines with tabs become one Word table; other lines paragraphs (markup removed as Word has none). */
    private static void writeDocx(List<String> lines, Path target) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(target)) {
            List<String[]> table = new ArrayList<>();
            for (String line : lines) {
                if (line.contains("\t")) {
                    table.add(line.split("\t", -1));
                    continue;
                }
                flush(doc, table);
                doc.createParagraph().createRun().setText(TextForm.clean(line));
            }
            flush(doc, table);
            doc.write(out);
        }
    }

    private static void flush(XWPFDocument doc, List<String[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        int width = rows.stream().mapToInt(r -> r.length).max().orElse(1);
        XWPFTable t = doc.createTable(rows.size(), width);
        for (int i = 0; i < rows.size(); i++) {
            XWPFTableRow row = t.getRow(i);
            for (int c = 0; c < rows.get(i).length; c++) {
                row.getCell(c).setText(TextForm.clean(rows.get(i)[c]));
            }
        }
        rows.clear();
    }
}
