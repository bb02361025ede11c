package se.finsam.check.read.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import se.finsam.check.read.InputFiles;

/**
 * The held-out fillings (GroupFillings): every sample form, whole and with half its questions unanswered, filled
 * in each way a group fills the Word template in, against the findings of its text export – rule, severity and
 * message arguments. Locations are not compared: a Word form's are its headings, tables and rows, the text's its
 * lines. Never an error the text does not have (the reader never accuses on a misreading); the rest measured
 * against a floor.
 */
class FilledFormsTest {

    /** Files giving exactly the findings of their text, of 352 (11 samples × 16 fillings × whole and half). */
    private static final int AGREEING_AT_LEAST = 352;

    @TempDir
    Path dir;

    @Test
    void everyFillingGivesTheFindingsOfItsTextAndNeverAnErrorItHasNot() throws Exception {
        Checker checker = TestEngine.checker();
        Map<String, List<String>> wrong = new TreeMap<>();
        Map<String, List<String>> accusing = new TreeMap<>();
        int files = 0;
        int agreeing = 0;
        int errorsNotInText = 0;
        for (Path text : WordStylesTest.samples()) {
            String sample = text.getFileName().toString().replace(".txt", "");
            String kind = WordStylesTest.kind(sample);
            String whole = Files.readString(text);
            Path half = Files.writeString(dir.resolve(sample + "-half.txt"), TemplateHabits.halfUnanswered(whole, kind));
            for (Path typed : List.of(text, half)) {
                String name = typed == text ? sample : sample + "-half";
                String form = Files.readString(typed);
                List<String> expected = WordStylesTest.findings(checker.check(new InputFiles.Input(typed, name)));
                for (GroupFillings.Filling filling : GroupFillings.Filling.values()) {
                    Path docx = Files.write(dir.resolve(name + "-" + filling.name().toLowerCase() + ".docx"),
                            GroupFillings.write(form, kind, filling));
                    if (System.getProperty("fillings.keep") != null) {
                        Files.copy(docx, Path.of(System.getProperty("fillings.keep")).resolve(docx.getFileName()),
                                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    }
                    List<String> actual = WordStylesTest.findings(checker.check(
                            new InputFiles.Input(docx, docx.getFileName().toString())));
                    files++;
                    if (actual.equals(expected)) {
                        agreeing++;
                        continue;
                    }
                    List<String> missing = new ArrayList<>(expected);
                    actual.forEach(missing::remove);
                    List<String> extra = new ArrayList<>(actual);
                    expected.forEach(extra::remove);
                    List<String> errors = extra.stream().filter(f -> f.contains("/error ") || f.startsWith("not checked")).toList();
                    if (!errors.isEmpty()) {
                        errorsNotInText += errors.size();
                        accusing.computeIfAbsent(filling.name(), k -> new ArrayList<>()).add(name);
                    }
                    wrong.computeIfAbsent(filling.name(), k -> new ArrayList<>()).add(name + ": missing " + missing + " extra " + extra);
                }
            }
        }
        System.out.println("FilledFormsTest: " + agreeing + " of " + files + " filled forms give their text's findings; "
                + errorsNotInText + " errors not in the text; differing by filling: " + counts(wrong));
        if (System.getProperty("fillings.detail") != null) {
            wrong.forEach((filling, names) -> names.forEach(n -> System.out.println("  " + filling + " " + n)));
        }
        assertEquals(Map.of(), counts(accusing), "files giving an error their text has not, by filling: " + accusing);
        assertTrue(agreeing >= AGREEING_AT_LEAST, agreeing + " of " + files + " agree, fewer than " + AGREEING_AT_LEAST);
    }

    private static Map<String, Integer> counts(Map<String, List<String>> wrong) {
        Map<String, Integer> counts = new TreeMap<>();
        wrong.forEach((filling, names) -> counts.put(filling, names.size()));
        return counts;
    }
}
