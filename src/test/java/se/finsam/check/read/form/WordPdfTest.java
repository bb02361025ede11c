package se.finsam.check.read.form;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.finsam.check.Checker;
import se.finsam.check.TestEngine;
import se.finsam.check.findings.DocumentResult;
import se.finsam.check.findings.Severity;
import se.finsam.check.read.InputFiles;

/**
 * Forms as Microsoft Word exports them to PDF ({@link WordPdfCanvas}: tagged, an embedded font, ligatures,
 * non-breaking spaces in numbers, Symbol bullets, soft hyphens, a footer "Sida 2 av 5" and text up the margin,
 * table rows and paragraphs broken across pages): the sample forms and the held-out ones, each against its text
 * export. Promise 2: no error the export has not; and as many give exactly the export's findings as measured.
 */
class WordPdfTest {

    @TempDir
    Path dir;

    /** Of the 17 forms, how many give exactly the text export's findings (a guessed row's warning as its error). */
    private static final int EQUAL = 17;

    @Test
    void wordExportsGiveTheFindingsOfTheTextExport() throws Exception {
        Checker checker = TestEngine.checker();
        Map<String, List<String>> extraErrors = new TreeMap<>();
        List<String> equal = new ArrayList<>();
        List<String> different = new ArrayList<>();
        List<Path> forms;
        try (Stream<Path> a = Files.list(Path.of("testdata/forms")); Stream<Path> b = Files.list(Path.of("src/test/resources/holdout"))) {
            forms = Stream.concat(a, b).filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path text : forms) {
            List<String> expected = PdfFormTest.findings(checker.check(new InputFiles.Input(text, "t")));
            Path pdf = write(text);
            DocumentResult r = checker.check(new InputFiles.Input(pdf, pdf.getFileName().toString()));
            List<String> actual = r.isChecked() ? PdfFormTest.asExported(r, expected) : List.of("refused: " + r.error().key() + r.error().args());
            List<String> extra = new ArrayList<>(actual);
            expected.forEach(extra::remove);
            List<String> missing = new ArrayList<>(expected);
            actual.forEach(missing::remove);
            if (extra.stream().anyMatch(f -> f.contains("/error ") || f.startsWith("refused"))) {
                extraErrors.put(text.getFileName().toString(), extra.stream().filter(f -> f.contains("/error ") || f.startsWith("refused")).toList());
            }
            if (actual.equals(expected)) {
                equal.add(text.getFileName().toString());
            } else {
                different.add(text.getFileName() + ": missing " + missing + ", extra " + extra);
            }
        }
        System.out.println("Word PDFs: " + equal.size() + " of " + forms.size() + " equal; " + extraErrors.size()
                + " with false errors\n  " + String.join("\n  ", different));
        assertEquals(17, forms.size());
        assertEquals(Map.of(), extraErrors, "errors the text export does not have");
        assertEquals(EQUAL, equal.size(), "forms giving the text export's findings: " + different);
    }

    private Path write(Path text) throws IOException {
        Path pdf = dir.resolve(text.getFileName().toString().replace(".txt", ".pdf"));
        List<String> export = Files.readAllLines(text);
        try (WordPdfCanvas canvas = new WordPdfCanvas("SF Uppsala län · Mall 2016-05")) {
            new FormPages(canvas, true, PdfFormTest.title(export)).asWord().write(export);
            canvas.save(pdf);
        }
        return pdf;
    }
}
