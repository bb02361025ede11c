package se.finsam.check.read.form;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import se.finsam.check.Checker;
import se.finsam.check.TestEngine;
import se.finsam.check.read.InputFiles;

/**
 * Forms printed to PDF by LibreOffice 7.4 from the {@link WordStyles} files – tables without ruling lines, cells
 * narrow and filled to the brim – kept in {@code src/test/resources/pdf-libreoffice/} as {@code <sample>-<style>.pdf}
 * (CI has no LibreOffice). Promise 2: no error that the sample's text export does not have – where rows are guessed
 * the reader's doubt makes it a warning; and the findings equal the export's in exactly as many files as today, so
 * that a change cannot make the reading silently worse.
 */
class LibreOfficePdfTest {

    /** Of the 8 files, how many give exactly the text export's findings. */
    private static final int EQUAL = 1;

    @Test
    void noErrorTheTextExportHasNotAndAsManyEqualAsBefore() throws Exception {
        Checker checker = TestEngine.checker();
        Map<String, List<String>> extraErrors = new TreeMap<>();
        List<String> equal = new ArrayList<>();
        List<Path> pdfs;
        try (var files = Files.list(Path.of("src/test/resources/pdf-libreoffice"))) {
            pdfs = files.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
        }
        for (Path pdf : pdfs) {
            String name = pdf.getFileName().toString();
            String sample = name.substring(0, name.lastIndexOf('-'));
            Path text = Path.of("testdata/forms", sample + ".txt");
            List<String> expected = WordStylesTest.findings(checker.check(new InputFiles.Input(text, sample)));
            List<String> actual = WordStylesTest.findings(checker.check(new InputFiles.Input(pdf, name)));
            List<String> extra = new ArrayList<>(actual);
            expected.forEach(extra::remove);
            extra.removeIf(f -> !f.contains("/error "));
            if (!extra.isEmpty()) {
                extraErrors.put(name, extra);
            }
            if (actual.equals(expected)) {
                equal.add(name);
            }
        }
        assertEquals(8, pdfs.size());
        assertEquals(Map.of(), extraErrors, "errors the text export does not have");
        assertEquals(EQUAL, equal.size(), "files giving the text export's findings: " + equal);
    }
}
