package se.finsam.check.read.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.finsam.check.CliTest;
import se.finsam.check.TestEngine;
import se.finsam.check.findings.DocumentResult;
import se.finsam.check.read.InputFiles;

/**
 * A Word form goes the same way as its text export: a sample written plainly as Word (paragraphs and tables, see
 * WordStyles; every other style is in WordStylesTest) gives the same findings as the text, quietly, and says where.
 */
class DocxFormTest {

    @TempDir
    Path dir;

    @Test
    void aWordFormGivesTheFindingsOfItsTextExport() throws Exception {
        for (String sample : List.of("plan-2017-heby", "report-2017-enkoping-habo")) {
            Path text = Path.of("testdata/forms/" + sample + ".txt");
            Path docx = dir.resolve(sample + ".docx");
            writeDocx(text, docx);
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
        writeDocx(text, docx);
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

    /** A signature block standing below the last question without a heading of its own is named by its table alone. */
    @Test
    void aSignatureIsNotPlacedUnderTheQuestionAboveIt() throws Exception {
        Path text = Path.of("testdata/forms/plan-2017-knivsta.txt");
        Path docx = dir.resolve("knivsta.docx");
        writeDocx(text, docx);
        DocumentResult r = TestEngine.checker().check(new InputFiles.Input(docx, "knivsta.docx"));
        var messages = se.finsam.check.findings.Messages.forLanguage("sv");
        List<String> signatures = r.findings().stream().filter(f -> f.position().pointer().startsWith("/signatures/"))
                .map(f -> se.finsam.check.output.FieldNames.where(r.source(), f.position(), messages)).toList();
        assertFalse(signatures.isEmpty());
        for (String place : signatures) {
            assertTrue(place.matches("underskrifterna, nr \\d+(, [a-zåäö]+)? \\(tabell \\d+, rad \\d+\\)"), place);
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

    private static void writeDocx(Path text, Path target) throws Exception {
        String name = text.getFileName().toString();
        Files.write(target, WordStyles.write(Files.readString(text), WordStylesTest.kind(name), WordStyles.Style.PLAIN));
    }
}
