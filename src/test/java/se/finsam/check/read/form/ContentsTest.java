package se.finsam.check.read.form;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.finsam.check.Checker;
import se.finsam.check.TestEngine;
import se.finsam.check.read.InputFiles;

/**
 * A table of contents before the questions – the headings again with their page numbers, as a Word form's text
 * export and its PDF have it – changes no finding: every sample and held-out form, with its questions listed after
 * a tab, after a dotted leader, and with long questions wrapped onto a second line, in text and printed to PDF as
 * Word does. Before {@link Contents}, 13 of the 102 variants (6 texts, 7 PDFs of three plans) lost findings, an
 * error among them: the entries were read as the questions and the real questions below as second ones.
 */
class ContentsTest {

    @TempDir
    Path dir;

    private enum Style { TAB, LEADER, WRAPPED }

    @Test
    void aTableOfContentsChangesNoFinding() throws Exception {
        Checker checker = TestEngine.checker();
        Map<String, String> differing = new TreeMap<>();
        int files = 0;
        List<Path> forms;
        try (Stream<Path> a = Files.list(Path.of("testdata/forms")); Stream<Path> b = Files.list(Path.of("src/test/resources/holdout"))) {
            forms = Stream.concat(a, b).filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path text : forms) {
            List<String> export = Files.readAllLines(text);
            List<String> plain = findings(checker, Files.write(dir.resolve("plain.txt"), export));
            List<String> printed = findings(checker, pdf(export, "plain.pdf"));
            for (Style style : Style.values()) {
                List<String> listed = withContents(export, style);
                String name = text.getFileName() + " " + style;
                List<String> read = findings(checker, Files.write(dir.resolve("contents.txt"), listed));
                if (!read.equals(plain)) {
                    differing.put(name + " (text)", "expected " + plain + " but was " + read);
                }
                List<String> readPdf = findings(checker, pdf(listed, "contents.pdf"));
                if (!readPdf.equals(printed)) {
                    differing.put(name + " (PDF)", "expected " + printed + " but was " + readPdf);
                }
                files += 2;
            }
        }
        assertEquals(102, files);
        assertEquals(Map.of(), differing);
    }

    /** A line that is a question with a lone number after it is its answer – kept, unless the question comes again. */
    @Test
    void aQuestionAnsweredWithANumberIsNoEntry() {
        Map<String, String> keys = Map.of("Antal deltagare?", "participants", "Vilka mål har gruppen?", "goals");
        FormText form = new FormText("t", List.of(line(1, "Antal deltagare?", "12"), line(2, "Vilka mål har gruppen?"),
                line(3, "Att nå fler.")));
        assertEquals(form, Contents.without(form, l -> match(keys, l)));
        FormText listed = new FormText("t", List.of(line(1, "Antal deltagare?", "2"), line(2, "Vilka mål har gruppen?", "2"),
                line(3, "Antal deltagare?", "12"), line(4, "Vilka mål har gruppen?"), line(5, "Att nå fler.")));
        assertEquals(listed.lines().subList(2, 5), Contents.without(listed, l -> match(keys, l)).lines());
        // one entry alone, without a leader, is kept: it may be an answer
        FormText lone = new FormText("t", List.of(line(1, "Antal deltagare?", "2"), line(2, "Antal deltagare?", "12")));
        assertEquals(lone, Contents.without(lone, l -> match(keys, l)));
    }

    private static FormLine line(int n, String... cells) {
        return FormLine.of(n, Stream.of(cells).map(c -> new FormLine.Cell(c, false)).toList());
    }

    private static Optional<Headings.Match> match(Map<String, String> keys, FormLine line) {
        return Optional.ofNullable(keys.get(line.cell(0))).map(k -> new Headings.Match(k,
                String.join(" ", line.cells().subList(1, line.cells().size()).stream().map(FormLine.Cell::text).toList()), false));
    }

    /** The form with its questions (the lines that end in a question mark) listed after its first line. */
    private static List<String> withContents(List<String> export, Style style) {
        List<String> questions = export.stream().map(String::strip).filter(l -> l.endsWith("?") && l.length() < 160).toList();
        int first = 0;
        while (first < export.size() && export.get(first).isBlank()) {
            first++;
        }
        List<String> form = new ArrayList<>(export.subList(0, first + 1));
        form.addAll(List.of("", "Innehåll", ""));
        for (int i = 0; i < questions.size(); i++) {
            String q = questions.get(i);
            String page = String.valueOf(2 + i / 3);
            switch (style) {
                case TAB -> form.add(q + "\t" + page);
                case LEADER -> form.add(q + " " + ".".repeat(12) + " " + page);
                case WRAPPED -> {
                    int cut = q.length() > 50 ? q.lastIndexOf(' ', 45) : -1;
                    if (cut > 0) {
                        form.add(q.substring(0, cut));
                        form.add(q.substring(cut + 1) + " " + ".".repeat(12) + " " + page);
                    } else {
                        form.add(q + " " + ".".repeat(12) + " " + page);
                    }
                }
            }
        }
        form.add("");
        form.addAll(export.subList(first + 1, export.size()));
        return form;
    }

    private Path pdf(List<String> export, String name) throws IOException {
        Path pdf = dir.resolve(name);
        try (WordPdfCanvas canvas = new WordPdfCanvas("SF Uppsala län · Mall 2016-05")) {
            new FormPages(canvas, true, PdfFormTest.title(export)).asWord().write(export);
            canvas.save(pdf);
        }
        return pdf;
    }

    private static List<String> findings(Checker checker, Path file) {
        return WordStylesTest.findings(checker.check(new InputFiles.Input(file, file.getFileName().toString())));
    }
}
