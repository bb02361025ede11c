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
import se.finsam.check.edition.Editions;
import se.finsam.check.read.InputFiles;

/**
 * Held-out cases of what a group marks rather than types, written before the reader read them: the gender question
 * of every plan and report answered by check boxes ("☒ Ja ☐ Nej") in each way Word keeps them, and questions left
 * unanswered with the template's instruction still under them. Each Word file gives the findings of the text export
 * the same form would have if typed: the checked box's label as the answer, none checked or only the instruction
 * left as no answer.
 */
class AnswerMarksTest {

    @TempDir
    Path dir;

    /** The ways of keeping a check box: a legacy FORMCHECKBOX, a w14 control, Wingdings (w:sym) and typed ☐. */
    private static final List<TemplateHabits.Habit> BOXES = List.of(TemplateHabits.Habit.LEGACY_FIELDS,
            TemplateHabits.Habit.CONTROL_LEVELS, TemplateHabits.Habit.LISTS_AND_BREAKS,
            TemplateHabits.Habit.INSTRUCTIONS_LEFT);

    private static final List<TemplateHabits.Habit> INSTRUCTIONS = List.of(TemplateHabits.Habit.INSTRUCTIONS_LEFT,
            TemplateHabits.Habit.INSTRUCTIONS_STYLED);

    @Test
    void checkBoxesAndInstructionsLeftGiveTheFindingsOfTheTypedForm() throws Exception {
        Checker checker = TestEngine.checker();
        Map<String, List<String>> wrong = new TreeMap<>();
        Map<String, Integer> matches = new TreeMap<>();
        int cases = 0;
        for (Path sample : WordStylesTest.samples()) {
            String name = sample.getFileName().toString().replace(".txt", "");
            String kind = WordStylesTest.kind(name);
            if (!kind.equals("plan") && !kind.equals("report")) {
                continue;
            }
            List<String> lines = List.of(Files.readString(sample).split("\n", -1));
            int[] gender = answer(lines, kind, "gender");
            if (gender == null) {
                continue; // most reports have no gender question of their own
            }
            List<String> reasoning = lines.subList(gender[0], gender[1]);
            List<Case> all = new ArrayList<>();
            for (TemplateHabits.Habit habit : BOXES) {
                String h = habit.name().toLowerCase();
                all.add(new Case("yes-" + h, replaced(lines, gender, List.of("Ja")), replaced(lines, gender, List.of("Ja Nej")), habit, 0));
                List<String> no = new ArrayList<>(List.of("Nej", ""));
                no.addAll(reasoning);
                List<String> boxes = new ArrayList<>(List.of("Ja Nej", ""));
                boxes.addAll(reasoning);
                all.add(new Case("no-reasoned-" + h, replaced(lines, gender, no), replaced(lines, gender, boxes), habit, 1));
                all.add(new Case("none-" + h, replaced(lines, gender, List.of()), replaced(lines, gender, List.of("Ja Nej")), habit, -1));
            }
            String first = kind.equals("plan") ? "goals" : "purpose";
            for (TemplateHabits.Habit habit : INSTRUCTIONS) {
                for (String key : List.of("gender", first)) {
                    int[] answer = answer(lines, kind, key);
                    if (answer == null) {
                        continue;
                    }
                    String unanswered = replaced(lines, answer, List.of());
                    all.add(new Case("unanswered-" + key + "-" + habit.name().toLowerCase(), unanswered, unanswered, habit, 0));
                }
            }
            for (Case c : all) {
                cases++;
                Path typed = dir.resolve(name + "-" + c.name() + ".txt");
                Files.writeString(typed, c.typed());
                List<String> expected = WordStylesTest.findings(checker.check(new InputFiles.Input(typed, name)));
                Path word = dir.resolve(name + "-" + c.name() + ".docx");
                Files.write(word, TemplateHabits.write(c.marked(), kind, c.habit(), c.checked()));
                List<String> actual = WordStylesTest.findings(checker.check(new InputFiles.Input(word, name)));
                String group = c.name().replaceAll("-(gender|goals|purpose)-", "-");
                matches.merge(group, actual.equals(expected) ? 1 : 0, Integer::sum);
                if (!actual.equals(expected)) {
                    wrong.computeIfAbsent(group, k -> new ArrayList<>()).add(name + ": expected " + expected
                            + " but was " + actual);
                }
            }
        }
        assertEquals(Map.of(), wrong, "cases giving the typed form's findings, of " + cases + ": " + matches);
    }

    /** A held-out case: the form as typed (the export), as marked in Word, the habit and the box checked. */
    private record Case(String name, String typed, String marked, TemplateHabits.Habit habit, int checked) {
    }

    /** The physical lines (from 0, end exclusive) of the answer under the question of this key; null if none. */
    private static int[] answer(List<String> lines, String kind, String key) {
        Headings headings = new Headings(new FormParser(FormLayout.builtIn(), Editions.builtIn()).headings(kind));
        int start = -1;
        for (int i = 0; i < lines.size(); i++) {
            var match = headings.match(lines.get(i));
            boolean heading = match.isPresent() && match.get().rest().isEmpty();
            if (start < 0 && heading && match.get().key().equals(key)) {
                start = i + 1;
            } else if (start >= 0 && heading) {
                return new int[] {start, i};
            }
        }
        return null;
    }

    /** The form with these lines in place of the answer, a blank line either side. */
    private static String replaced(List<String> lines, int[] answer, List<String> with) {
        List<String> out = new ArrayList<>(lines.subList(0, answer[0]));
        out.add("");
        out.addAll(with);
        if (!with.isEmpty()) {
            out.add("");
        }
        out.addAll(lines.subList(answer[1], lines.size()));
        return String.join("\n", out);
    }
}
