package se.finsam.check.read.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.finsam.check.CliTest;
import se.finsam.check.TestEngine;
import se.finsam.check.findings.DocumentResult;
import se.finsam.check.findings.Severity;
import se.finsam.check.findings.Messages;
import se.finsam.check.output.FieldNames;
import se.finsam.check.read.InputFiles;

/**
 * A PDF form goes the way of its text export: each sample form printed to PDF (made here with PDFBox) – paragraphs
 * wrapped at the margin, its tab-separated rows as tables with ruling lines or without borders, cells wrapping
 * inside their column, tables running over page breaks, a page header repeating the title – gives exactly the
 * text export's findings, and each finding says the page and line.
 */
class PdfFormTest {

    @TempDir
    Path dir;

    /** How the form is printed: borders round the cells or not, and a page header or not. */
    enum Style {
        RULED(true, false), BORDERLESS(false, false), RULED_WITH_HEADER(true, true);

        final boolean borders;
        final boolean header;

        Style(boolean borders, boolean header) {
            this.borders = borders;
            this.header = header;
        }
    }

    static List<Path> samples() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("testdata/forms"))) {
            return files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
    }

    /**
     * Each style gives the export's findings – except that in a table drawn without lines, whose rows and cells are
     * guessed, an error is a warning that says so (UnsureReadings): such a warning counts as the export's error here,
     * and no error may rest on a guessed row.
     */
    @Test
    void everySampleInEveryStyleGivesTheFindingsOfItsTextExport() throws Exception {
        List<String> wrong = new ArrayList<>();
        int lowered = 0;
        for (Path text : samples()) {
            List<String> expected = findings(TestEngine.checker().check(new InputFiles.Input(text, "t")));
            for (Style style : Style.values()) {
                Path pdf = write(text, style);
                DocumentResult r = TestEngine.checker().check(new InputFiles.Input(pdf, pdf.getFileName().toString()));
                List<String> actual = r.isChecked() ? asExported(r, expected) : List.of("refused: " + r.error().key() + r.error().args());
                lowered += r.isChecked() ? (int) r.findings().stream().filter(PdfFormTest::guessed).count() : 0;
                if (r.isChecked() && r.findings().stream().anyMatch(f -> f.severity() == Severity.ERROR && guessed(f))) {
                    wrong.add(pdf.getFileName() + ": an error on a guessed row");
                }
                if (!expected.equals(actual)) {
                    List<String> missing = new ArrayList<>(expected);
                    actual.forEach(missing::remove);
                    List<String> extra = new ArrayList<>(actual);
                    expected.forEach(extra::remove);
                    wrong.add(pdf.getFileName() + ": missing " + missing + ", extra " + extra);
                }
            }
        }
        assertEquals(List.of(), wrong);
        assertTrue(lowered > 0, "the borderless tables' errors are given as warnings");
    }

    static boolean guessed(se.finsam.check.findings.Finding f) {
        return f.position().place() != null && f.position().place().guessed();
    }

    /** The findings, a warning on a guessed row written as the error the export has in its place. */
    static List<String> asExported(DocumentResult r, List<String> exported) {
        return r.findings().stream().map(f -> {
            String given = f.rule() + "/" + f.severity().id() + " " + f.args();
            String error = f.rule() + "/" + Severity.ERROR.id() + " " + f.args();
            return f.severity() == Severity.WARNING && guessed(f) && exported.contains(error) ? error : given;
        }).sorted().toList();
    }

    /** A late plan whose signature table has no lines: the deadline is a warning that says the rows were guessed. */
    @Test
    void aFindingOnAGuessedRowSaysSoAndIsNoError() throws Exception {
        Path pdf = write(Path.of("testdata/forms/plan-2017-alvkarleby.txt"), Style.BORDERLESS);
        DocumentResult r = TestEngine.checker().check(new InputFiles.Input(pdf, "plan.pdf"));
        var deadline = r.findings().stream().filter(f -> f.rule().equals("deadline")).toList();
        assertEquals(1, deadline.size(), r.findings().toString());
        assertEquals(Severity.WARNING, deadline.get(0).severity());
        String where = FieldNames.where(r.source(), deadline.get(0).position(), Messages.forLanguage("sv"));
        assertTrue(where.endsWith(", i en tabell utan linjer i PDF-filen: dess rader och celler är gissade – kontrollera i originalet)"), where);
    }

    @Test
    void findingsOnAPdfSayThePageAndLine() throws Exception {
        Path pdf = write(Path.of("testdata/forms/plan-2017-heby.txt"), Style.RULED);
        DocumentResult r = TestEngine.checker().check(new InputFiles.Input(pdf, "plan.pdf"));
        Messages messages = Messages.forLanguage("sv");
        List<String> places = r.findings().stream().map(f -> FieldNames.where(r.source(), f.position(), messages)).toList();
        assertFalse(places.isEmpty());
        for (String place : places) {
            assertTrue(place.matches(".*\\((under ”[^”]+”, )?sida \\d+, rad \\d+\\)"), place);
        }
        // nothing from PDFBox's logging reaches the user
        assertEquals("", CliTest.run("check", pdf.toString()).err());
    }

    /**
     * The cold path stays cheap: a check of YAML loads no class of PDFBox (nor of the PDF reader), nor of Jakarta Mail
     * or the readers of e-mails and archives.
     */
    @Test
    void aYamlCheckLoadsNoPdfClass() throws Exception {
        Path log = dir.resolve("classes.log");
        Process check = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info:file=" + log, "-cp", System.getProperty("java.class.path"),
                "se.finsam.check.cli.Main", "check", "testdata/samples/plan-2017-heby.yaml")
                .redirectErrorStream(true).redirectOutput(dir.resolve("check.out").toFile()).start();
        assertTrue(check.waitFor(120, java.util.concurrent.TimeUnit.SECONDS));
        assertEquals(1, check.exitValue(), Files.readString(dir.resolve("check.out")));
        List<String> loaded = Files.readAllLines(log);
        assertTrue(loaded.size() > 1000, "the log lists the classes loaded");
        assertEquals(List.of(), loaded.stream().filter(l -> l.contains("org.apache.pdfbox") || l.contains("org.apache.fontbox")
                || l.contains("se.finsam.check.read.form.Pdf") || l.contains("se.finsam.check.read.form.Ocr")
                || l.contains("jakarta.mail") || l.contains("org.eclipse.angus") || l.contains("org.apache.poi.hsmf")
                || l.matches(".* se\\.finsam\\.check\\.read\\.container\\.(MsgMessage|EmlMessage|ZipArchive) .*")).toList());
    }

    /** Rule, severity and message arguments of each finding, sorted: what a user reads, wherever it is. */
    static List<String> findings(DocumentResult r) {
        return r.findings().stream().map(f -> f.rule() + "/" + f.severity().id() + " " + f.args()).sorted().toList();
    }

    private Path write(Path text, Style style) throws IOException {
        String name = text.getFileName().toString().replace(".txt", "");
        Path pdf = dir.resolve(name + "-" + style.name().toLowerCase() + ".pdf");
        List<String> export = Files.readAllLines(text);
        try (PdfCanvas canvas = new PdfCanvas()) {
            new FormPages(canvas, style.borders, style.header ? title(export) : null).write(export);
            canvas.save(pdf);
        }
        return pdf;
    }

    /** The form's title for a page header: its first line of words, as a template's header repeats it. */
    static String title(List<String> export) {
        return export.stream().map(TextForm::clean).filter(l -> l.matches(".*\\p{L}{4}.*")).findFirst().orElse("")
                .replaceAll("^(.{0,70})\\b.*$", "$1").strip();
    }
}
