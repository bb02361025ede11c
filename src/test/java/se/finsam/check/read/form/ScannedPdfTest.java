package se.finsam.check.read.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.finsam.check.TestEngine;
import se.finsam.check.findings.DocumentResult;
import se.finsam.check.findings.Messages;
import se.finsam.check.output.FieldNames;
import se.finsam.check.read.InputError;
import se.finsam.check.read.InputFiles;

/**
 * A scanned form – its pages images without a text layer, drawn here at 300 dpi – is read by OCR (Tesseract) with
 * the same layout rebuilding as a PDF's text: its signature table comes out as rows, its findings are those of the
 * text export that depend on its text, and each says it was read by OCR. Without Tesseract, one line says so.
 */
class ScannedPdfTest {

    @TempDir
    Path dir;

    @Test
    void aScannedFormIsReadByOcrAndItsFindingsSaySo() throws Exception {
        assumeTrue(Ocr.installed().isPresent(), "tesseract is not installed (Debian: tesseract-ocr tesseract-ocr-swe): OCR of scanned PDFs is not tested");
        Path text = Path.of("testdata/forms/plan-2017-heby.txt");
        Path pdf = scan(text);
        FormText form = PdfForm.read("scan.pdf", Files.readAllBytes(pdf));
        // the signature table is read as rows of four cells, as in the export
        long signatureRows = form.lines().stream().filter(l -> l.cells().size() == 4 && l.cell(0).startsWith("Datum")).count();
        assertEquals(Files.readAllLines(text).stream().filter(l -> l.startsWith("Datum:")).count(), signatureRows, form.lines().toString());
        assertTrue(form.places().values().stream().allMatch(p -> p.ocr() && p.isPage()));

        DocumentResult fromText = TestEngine.checker().check(new InputFiles.Input(text, "t"));
        DocumentResult fromScan = TestEngine.checker().check(new InputFiles.Input(pdf, "scan.pdf"));
        assertTrue(fromScan.isChecked(), () -> fromScan.error().key() + fromScan.error().args());
        // the same signature findings as the export, but no error: what rests on OCR is never a plain reading
        assertEquals(signatures(fromText).stream().map(f -> f.replace("/error ", "/warning ")).sorted().toList(), signatures(fromScan));
        assertTrue(fromText.findings().stream().anyMatch(f -> f.severity() == se.finsam.check.findings.Severity.ERROR),
                "the export has an error, which the scan gives as a warning");
        assertTrue(fromScan.findings().stream().noneMatch(f -> f.severity() == se.finsam.check.findings.Severity.ERROR));
        Messages messages = Messages.forLanguage("sv");
        assertFalse(fromScan.findings().isEmpty());
        for (var f : fromScan.findings()) {
            String where = FieldNames.where(fromScan.source(), f.position(), messages);
            assertTrue(where.matches(".*sida \\d+, rad \\d+, läst med OCR ur en skannad sida – kontrollera i originalet\\)"), where);
        }
    }

    /**
     * A "searchable" scan – the scanner's own OCR text laid invisibly over each page's image – is read from that
     * layer, without Tesseract, but as what it is: recognised text, whose errors are warnings that send kansliet to
     * the original.
     */
    @Test
    void aScannersInvisibleTextLayerIsReadAsRecognisedText() throws Exception {
        Path text = Path.of("testdata/forms/plan-2017-heby.txt");
        ScanCanvas canvas = new ScanCanvas(true);
        new FormPages(canvas, true, null).write(Files.readAllLines(text));
        Path pdf = dir.resolve("searchable.pdf");
        canvas.save(pdf);
        FormText form = PdfForm.read("searchable.pdf", Files.readAllBytes(pdf), Optional.empty());
        assertFalse(form.places().isEmpty());
        assertTrue(form.places().values().stream().allMatch(p -> p.ocr() && p.isPage()), form.places().toString());

        DocumentResult fromText = TestEngine.checker().check(new InputFiles.Input(text, "t"));
        DocumentResult fromScan = TestEngine.checker().check(new InputFiles.Input(pdf, "searchable.pdf"));
        assertTrue(fromScan.isChecked(), () -> fromScan.error().key() + fromScan.error().args());
        assertEquals(signatures(fromText).stream().map(f -> f.replace("/error ", "/warning ")).sorted().toList(),
                signatures(fromScan));
        assertTrue(fromScan.findings().stream().noneMatch(f -> f.severity() == se.finsam.check.findings.Severity.ERROR));
        String where = FieldNames.where(fromScan.source(), fromScan.findings().get(0).position(), Messages.forLanguage("sv"));
        assertTrue(where.endsWith("läst med OCR ur en skannad sida – kontrollera i originalet)"), where);
    }

    /**
     * As offices scan: pages askew by 1.5 degrees, a received stamp, a pen's scribble over every signature line
     * (the heby plan's first two pages: its form and its first signature page). The page is turned straight before
     * OCR ({@link Deskew}), so its table's lines are found and its findings are the export's 6 (measured: 15 before
     * the deskew), about the same things, its errors as warnings: the three parties that have not signed are asked
     * about (the scribble makes their lines unreadable), the kommun, signed, is not.
     */
    @Test
    void anOfficeScanAskewStampedAndSignedGivesNoError() throws Exception {
        assumeTrue(Ocr.installed().isPresent(), "tesseract is not installed: an office's scan is not tested");
        List<String> export = Files.readAllLines(Path.of("testdata/forms/plan-2017-heby.txt")).subList(0, 62);
        ScanCanvas canvas = new ScanCanvas().asOffice();
        new FormPages(canvas, true, null).write(export);
        Path pdf = dir.resolve("office.pdf");
        canvas.save(pdf);
        DocumentResult r = TestEngine.checker().check(new InputFiles.Input(pdf, "office.pdf"));
        assertTrue(r.isChecked(), () -> r.error().key() + r.error().args());
        DocumentResult exported = TestEngine.checker().check(new InputFiles.Input(writeLines(export), "t"));
        assertEquals(List.of(), r.findings().stream().filter(f -> f.severity() == se.finsam.check.findings.Severity.ERROR)
                .map(f -> f.rule() + " " + f.args()).toList());
        assertTrue(r.findings().stream().allMatch(f -> f.position().place() == null || f.position().place().ocr()));
        assertEquals(TurnedScansTest.briefly(exported), TurnedScansTest.briefly(r));
    }

    private Path writeLines(List<String> lines) throws Exception {
        Path file = dir.resolve("export.txt");
        Files.write(file, lines);
        return file;
    }

    /**
     * A page Tesseract fails on (here a stand-in that fails on its second call: page 2 of 3), among pages it reads,
     * is that page unread – named, for the check to say so – not the whole file refused.
     */
    @Test
    void aPageTesseractFailsOnIsNamedAndTheOthersAreRead() throws Exception {
        FormText form = threePagesFailingOnCall(1);
        assertEquals(List.of(new se.finsam.check.model.UnreadPage(2, false)), form.unread());
        assertTrue(form.places().values().stream().noneMatch(p -> p.page() == 2), form.places().toString());
        assertTrue(form.places().values().stream().anyMatch(p -> p.page() == 1));
        assertTrue(form.places().values().stream().anyMatch(p -> p.page() == 3));
    }

    /** The title's page unread: the file is not called no form, but the page is named for kansliet to look at. */
    @Test
    void aFirstPageTesseractFailsOnIsNamedWhenNoTitleIsFound() throws Exception {
        FormText form = threePagesFailingOnCall(0);
        InputError e = org.junit.jupiter.api.Assertions.assertThrows(InputError.class,
                () -> new FormParser(FormLayout.builtIn(), se.finsam.check.edition.Editions.builtIn()).parse(form));
        assertEquals("känns inte igen som en blankett: sidan 1 är skannad och gick inte att läsa säkert, och i det som "
                + "gick att läsa finns ingen rubrik för verksamhetsplan, slutrapport, ansökan eller kvartalsrapport – se "
                + "originalet", Messages.forLanguage("sv").format(e.key(), e.args()));
    }

    /** Three scanned pages of a plan read by a stand-in for Tesseract that fails on one call (counted from 0). */
    private FormText threePagesFailingOnCall(int call) throws Exception {
        assumeTrue(Ocr.installed().isPresent(), "tesseract is not installed: a failing page is not tested");
        Path real = java.util.Arrays.stream(System.getenv("PATH").split(java.io.File.pathSeparator))
                .map(d -> Path.of(d.isEmpty() ? "." : d, "tesseract")).filter(Files::isExecutable).findFirst().orElseThrow();
        Path calls = dir.resolve("calls");
        Path failing = dir.resolve("tesseract");
        Files.writeString(failing, "#!/bin/sh\nn=$(cat '" + calls + "' 2>/dev/null || echo 0)\necho $((n + 1)) > '" + calls
                + "'\n[ \"$n\" = " + call + " ] && exit 1\nexec '" + real + "' \"$@\"\n");
        assertTrue(failing.toFile().setExecutable(true));
        List<String> export = Files.readAllLines(Path.of("testdata/forms/plan-2017-heby.txt")).subList(0, 62);
        ScanCanvas canvas = new ScanCanvas();
        new FormPages(canvas, true, null).write(export);
        Path pdf = dir.resolve("three-pages.pdf");
        canvas.save(pdf);
        return PdfForm.read("three-pages.pdf", Files.readAllBytes(pdf), Optional.of(Ocr.at(failing)));
    }

    @Test
    void withoutTesseractAScannedPdfIsOneClearLine() throws Exception {
        Path pdf = scan(Path.of("testdata/forms/quarterly-support-heby-2018.txt"));
        InputError e = org.junit.jupiter.api.Assertions.assertThrows(InputError.class,
                () -> PdfForm.read("scan.pdf", Files.readAllBytes(pdf), Optional.empty()));
        assertEquals("form.pdf", e.key());
        assertEquals(List.of(PdfForm.Unreadable.SCANNED_NO_OCR.ordinal()), e.args());
        assertEquals("skannad PDF utan text – installera tesseract-ocr eller be om Word-filen",
                Messages.forLanguage("sv").format(e.key(), e.args()));
    }

    /** The signature findings: rule, severity and arguments, sorted. */
    private static List<String> signatures(DocumentResult r) {
        return PdfFormTest.findings(r).stream().filter(f -> f.startsWith("four-parties-signed")).toList();
    }

    private Path scan(Path text) throws Exception {
        ScanCanvas canvas = new ScanCanvas();
        new FormPages(canvas, true, null).write(Files.readAllLines(text));
        Path pdf = dir.resolve("scan.pdf");
        canvas.save(pdf);
        return pdf;
    }
}
