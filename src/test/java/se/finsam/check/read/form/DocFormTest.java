package se.finsam.check.read.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import se.finsam.check.model.Place;
import se.finsam.check.read.InputError;

/**
 * How a Word 97–2003 file's structures become lines of cells (files LibreOffice wrote: the fuzz seed, a plan with a
 * cell merged down; the sample fixtures, with fields, deletions, comments and nested tables), and the one line each
 * unreadable .doc gets.
 */
class DocFormTest {

    private static final Path SEED = Path.of("src/test/resources/se/finsam/check/fuzz/ReadersFuzzTestInputs/docForms/plan-seed.doc");

    private static List<String> lines(FormText form) {
        return form.lines().stream().map(l -> l.line() + ": " + String.join(" | ",
                l.cells().stream().map(FormLine.Cell::text).toList())).toList();
    }

    @Test
    void paragraphsAndRowsWithACellMergedDownStandingForEveryRow() throws Exception {
        FormText form = DocForm.read("plan.doc", Files.readAllBytes(SEED));
        assertEquals(List.of("1: Blankett för verksamhetsplan 2017", "3: LOKUS-grupp område: Heby",
                "5: Resurs | Omfattning | Tidsperiod", "6: Samverkanskoordinator | 100 % | 2017",
                "7: Tilläggsresurs | 50 % | 2017", "9: Underskrifter"), lines(form));
        assertEquals(Place.inText(), form.places().get(3));
        assertEquals(Place.tableRow(1, 3), form.places().get(7));
    }

    /**
     * The page header and footer (header-title.doc: LibreOffice's .doc of an .odt with "Verksamhetsplan 2017" in its
     * header, "Version 3" in its footer, and an answer naming a final report) tell the kind and year; never answers.
     */
    @Test
    void headersAndFootersAreContextNeverAnswers() throws Exception {
        FormText form = DocForm.read("plan.doc", Files.readAllBytes(Path.of("src/test/resources/doc/header-title.doc")));
        assertEquals(List.of("Verksamhetsplan 2017", "Version 3"), form.context().stream().map(FormLine::text).toList());
        assertEquals(List.of("1: LOKUS-grupp område: Gävle", "2: Vilka mål har LOKUS-gruppen för arbetet 2017?",
                "3: Målen följs upp i en slutrapport till förbundet."), lines(form));
        FormParser parser = new FormParser(FormLayout.builtIn(), se.finsam.check.edition.Editions.builtIn());
        var d = new se.finsam.check.read.DocumentReader("plan.doc").read(parser.parse(form).toNode());
        assertEquals("plan", d.getKind().id());
        assertEquals(2017, d.getEdition());
    }

    /** Each paragraph of the fixture starts with an input field and ends with a comment and a deleted "Slutrapport". */
    @Test
    void fieldsShowTheirResultsAndDeletionsAndCommentsAreLeftOut() throws Exception {
        FormText form = DocForm.read("heby.doc", LegacyFormsTest.docFixtures().get("plan-2017-heby.doc"));
        List<String> lines = lines(form);
        assertEquals(List.of("3: 2016-09-26", "5: Blankett för verksamhetsplan 2017. Ska ha inkommit till förbundet senast 2016-09-01."),
                lines.subList(0, 2));
        assertTrue(lines.contains("8: LOKUS-grupp område: Heby"), lines.toString());
        for (String line : lines) {
            assertFalse(line.contains("FORMTEXT") || line.contains("Slutrapport") || line.contains("Kansliet"), line);
        }
        // the tables are nested in one-cell layout tables: their rows are rows of the tables, each counted
        assertTrue(form.places().values().stream().anyMatch(p -> p.isTableRow() && p.table() > 1), form.places().toString());
    }

    private static int reason(byte[] doc) {
        InputError e = assertThrows(InputError.class, () -> DocForm.read("t.doc", doc));
        assertEquals("form.doc", e.key());
        return (Integer) e.args().get(0);
    }

    @Test
    void eachUnreadableDocGetsItsReason() throws Exception {
        byte[] valid = Files.readAllBytes(SEED);
        assertEquals(DocForm.Unreadable.EMPTY.ordinal(), reason(new byte[0]));
        assertEquals(DocForm.Unreadable.NOT_DOC.ordinal(), reason("Verksamhetsplan 2017".getBytes(StandardCharsets.UTF_8)));
        assertEquals(DocForm.Unreadable.NOT_DOC.ordinal(), reason(LinearReadersTest.docx("<w:p/>")));
        assertEquals(DocForm.Unreadable.DAMAGED.ordinal(), reason(java.util.Arrays.copyOf(valid, valid.length / 2)));
        assertEquals(DocForm.Unreadable.DAMAGED.ordinal(), reason(WordFileErrorsTest.word97()));
        byte[] word6 = new byte[4096];
        word6[0] = (byte) 0xEC;
        word6[1] = (byte) 0xA5;
        word6[2] = 101; // nFib of Word 6.0
        assertEquals(DocForm.Unreadable.TOO_OLD.ordinal(), reason(ole2("WordDocument", word6)));
    }

    private static byte[] ole2(String stream, byte[] content) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            fs.createDocument(new ByteArrayInputStream(content), stream);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }
}
