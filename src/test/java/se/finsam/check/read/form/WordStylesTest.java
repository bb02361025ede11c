package se.finsam.check.read.form;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.finsam.check.Checker;
import se.finsam.check.TestEngine;
import se.finsam.check.findings.DocumentResult;
import se.finsam.check.read.InputFiles;

/**
 * Every sample form written as Word in every style groups fill the template in (WordStyles) gives the findings of
 * its text export: the same rules, severities and message arguments.
 */
class WordStylesTest {

    @TempDir
    Path dir;

    @Test
    void everySampleInEveryWordStyleGivesTheFindingsOfItsText() throws Exception {
        Checker checker = TestEngine.checker();
        Map<String, List<String>> wrong = new TreeMap<>();
        Map<String, Integer> matches = new TreeMap<>();
        for (Path text : samples()) {
            String name = text.getFileName().toString().replace(".txt", "");
            List<String> expected = findings(checker.check(new InputFiles.Input(text, name)));
            String form = Files.readString(text);
            for (WordStyles.Style style : WordStyles.Style.values()) {
                Path docx = dir.resolve(name + "-" + style.name().toLowerCase() + ".docx");
                Files.write(docx, WordStyles.write(form, kind(name), style));
                if (System.getProperty("wordStyles.keep") != null) {
                    Files.copy(docx, Path.of(System.getProperty("wordStyles.keep")).resolve(docx.getFileName()),
                            java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
                List<String> actual = findings(checker.check(new InputFiles.Input(docx, docx.getFileName().toString())));
                matches.merge(style.name(), actual.equals(expected) ? 1 : 0, Integer::sum);
                if (!actual.equals(expected)) {
                    wrong.computeIfAbsent(style.name(), k -> new ArrayList<>()).add(name + ": expected " + expected
                            + " but was " + actual);
                }
            }
        }
        assertEquals(Map.of(), wrong, "Word styles giving the text's findings, of " + samples().size() + ": " + matches);
    }

    /**
     * A finding in a table nested in a layout table names the inner table, counted in document order with the
     * layout tables: the Heby plan's second resource table is table 2 as written plainly, table 4 inside layout tables.
     */
    @Test
    void aFindingInANestedTableNamesTheInnerTable() throws Exception {
        String text = Files.readString(Path.of("testdata/forms/plan-2017-heby.txt"));
        var messages = se.finsam.check.findings.Messages.forLanguage("sv");
        String under = "resurstabellen, nr 3, resurs (under ”Hur utifrån verksamhetsplanen önskar LOKUS-gruppen använda de medel …”, ";
        for (var expected : Map.of(WordStyles.Style.PLAIN, "tabell 2, rad 1)", WordStyles.Style.NESTED_TABLES, "tabell 4, rad 1)")
                .entrySet()) {
            Path docx = dir.resolve("heby-" + expected.getKey() + ".docx");
            Files.write(docx, WordStyles.write(text, "plan", expected.getKey()));
            DocumentResult r = TestEngine.checker().check(new InputFiles.Input(docx, "heby.docx"));
            assertEquals(List.of(under + expected.getValue()), r.findings().stream()
                    .filter(f -> f.rule().equals("percent-of-full-time"))
                    .map(f -> se.finsam.check.output.FieldNames.where(r.source(), f.position(), messages)).toList());
        }
    }

    static List<Path> samples() throws Exception {
        try (var files = Files.list(Path.of("testdata/forms"))) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }

    static String kind(String sample) {
        String prefix = sample.substring(0, sample.indexOf('-'));
        return prefix.equals("quarterly") ? "quarterly" : prefix;
    }

    /** Rule, severity and message arguments of each finding, sorted. */
    static List<String> findings(DocumentResult r) {
        if (!r.isChecked()) {
            return List.of("not checked: " + r.error().key() + " " + r.error().args());
        }
        return r.findings().stream().map(f -> f.rule() + "/" + f.severity().id() + " " + f.args()).sorted().toList();
    }
}
