package se.finsam.check.read.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.finsam.check.TestEngine;
import se.finsam.check.findings.DocumentResult;
import se.finsam.check.findings.Severity;
import se.finsam.check.read.InputFiles;

/**
 * Scans as scanners hand them over: a sheet fed sideways or upside down (every page, or only one), a page shown
 * turned by its /Rotate, and searchable scans stored turned (/Rotate or the page's matrix turning them back, or
 * shown sideways). An image-only scan (the heby plan's form and first signature page, scanned as an office does:
 * askew 1.5°, stamped, signed) is read the right way up: every finding of the text export it was printed from, its
 * errors as warnings, as the upright scan gives them ({@link ScannedPdfTest}) – and beyond them only findings on
 * OCR's misreadings of the resource table and of the kommun's signature (measured: "50%" read as "5096", "*" as
 * "+", the signer's name asked about as info; 1 to 5 findings more, the
 * same upright when the page's size differs by a fraction of a point); before the reader turned pages, 5 of these
 * scans were not even taken for a form. A searchable scan reads exactly as the same scan upright does.
 */
class TurnedScansTest {

    @TempDir
    Path dir;

    static List<Arguments> scans() {
        return List.of(
                Arguments.of("upside down", (UnaryOperator<ScanCanvas>) c -> c.turned(180)),
                Arguments.of("sideways, turned left", (UnaryOperator<ScanCanvas>) c -> c.turned(270)),
                Arguments.of("sideways, turned right", (UnaryOperator<ScanCanvas>) c -> c.turned(90)),
                Arguments.of("stored sideways, /Rotate 90 turns it upright", (UnaryOperator<ScanCanvas>) c -> c.withRotate(90)),
                Arguments.of("stored sideways, the matrix turns it upright", (UnaryOperator<ScanCanvas>) c -> c.placedTurned(270)),
                Arguments.of("the signature page alone upside down", (UnaryOperator<ScanCanvas>) c -> c.turned(180, 1)),
                Arguments.of("stored upright, /Rotate 270 shows it sideways",
                        (UnaryOperator<ScanCanvas>) c -> c.turned(270).withRotate(270)));
    }

    static List<Arguments> searchableScans() {
        return List.of(
                Arguments.of("stored sideways, /Rotate 90 turns it upright", (UnaryOperator<ScanCanvas>) c -> c.withRotate(90)),
                Arguments.of("stored upside down, /Rotate 180 turns it upright", (UnaryOperator<ScanCanvas>) c -> c.withRotate(180)),
                Arguments.of("stored sideways, the matrix turns it upright", (UnaryOperator<ScanCanvas>) c -> c.placedTurned(270)),
                Arguments.of("shown sideways, turned right", (UnaryOperator<ScanCanvas>) c -> c.turned(90)),
                Arguments.of("shown sideways, turned left", (UnaryOperator<ScanCanvas>) c -> c.turned(270)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scans")
    void aTurnedScanGivesTheExportsFindings(String name, UnaryOperator<ScanCanvas> how) throws Exception {
        assumeTrue(Ocr.installed().isPresent(), "tesseract is not installed: turned scans are not tested");
        DocumentResult r = check(how.apply(new ScanCanvas().asOffice()));
        Path text = dir.resolve("export.txt");
        Files.write(text, export());
        DocumentResult exported = TestEngine.checker().check(new InputFiles.Input(text, "t"));
        assertEquals(List.of(), r.findings().stream().filter(f -> f.severity() == Severity.ERROR).map(f -> f.rule()).toList());
        List<String> found = briefly(r);
        assertTrue(found.containsAll(briefly(exported)), () -> found + " lacks some of " + briefly(exported));
        assertTrue(found.stream().filter(f -> !briefly(exported).contains(f))
                .allMatch(f -> f.contains("Tilläggsresurs") || f.contains("Tjänster ska anges")
                        || f.startsWith("four-parties-signed/info ")), found::toString);
    }

    @ParameterizedTest(name = "searchable, {0}")
    @MethodSource("searchableScans")
    void aTurnedSearchableScanReadsAsItDoesUpright(String name, UnaryOperator<ScanCanvas> how) throws Exception {
        List<String> upright = briefly(check(new ScanCanvas(true)));
        assertFalse(upright.isEmpty());
        assertEquals(upright, briefly(check(how.apply(new ScanCanvas(true)))));
    }

    private static List<String> export() throws Exception {
        return Files.readAllLines(Path.of("testdata/forms/plan-2017-heby.txt")).subList(0, 62);
    }

    private DocumentResult check(ScanCanvas canvas) throws Exception {
        new FormPages(canvas, true, null).write(export());
        Path pdf = Files.createTempFile(dir, "scan", ".pdf");
        canvas.save(pdf);
        DocumentResult r = TestEngine.checker().check(new InputFiles.Input(pdf, "scan.pdf"));
        assertTrue(r.isChecked(), () -> r.error().key() + r.error().args());
        assertTrue(r.findings().stream().allMatch(f -> f.position().place() == null || f.position().place().ocr()));
        return r;
    }

    /** Each finding's rule, severity (an error as the scan's warning) and its first argument, sorted. */
    static List<String> briefly(DocumentResult r) {
        return r.findings().stream().map(f -> f.rule() + "/"
                + (f.severity() == Severity.ERROR ? "warning" : f.severity().id()) + " "
                + (f.args().isEmpty() ? "" : f.args().get(0))).sorted().toList();
    }
}
