package se.finsam.check.read.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.finsam.check.edition.Editions;
import se.finsam.check.model.Kind;

/**
 * A form's mandatory questions are worded once, in the editions (editions.yaml): the findings quote that wording
 * and the form reader finds the question on a form by it. forms.yaml names the part and may add other wordings
 * seen on forms, never the edition's own, so the two cannot drift apart again.
 */
class QuestionsWordedOnceTest {

    private static final FormLayout LAYOUT = FormLayout.builtIn();

    @TempDir
    Path dir;

    @Test
    void everyQuestionOfAnEditionIsAPartOfItsFormAndWordedThereOnlyByOtherWords() {
        Editions editions = Editions.builtIn();
        for (Kind kind : Kind.values()) {
            Map<String, List<String>> parts = LAYOUT.headings().get(kind.id());
            editions.questionWordings(kind).forEach((key, wordings) -> {
                assertTrue(parts.containsKey(key), "forms.yaml has no part " + key + " of the " + kind.id() + " form");
                for (String variant : parts.get(key)) {
                    for (String wording : wordings) {
                        assertFalse(words(wording).startsWith(words(variant)), "forms.yaml words the question " + kind.id()
                                + "." + key + " as editions.yaml does (\"" + variant + "\"); it is worded in editions.yaml only");
                    }
                }
            });
        }
    }

    @Test
    void theFormReaderFindsEachQuestionByTheEditionsWording() {
        assertEveryQuestionIsRead(Editions.builtIn());
    }

    /** A local edition that words a question anew: its forms are read by the new wording, forms.yaml unchanged. */
    @Test
    void aQuestionWordedAnewInALocalEditionIsFoundOnItsForms() throws Exception {
        Path file = dir.resolve(Editions.LOCAL_NAME);
        Files.writeString(file, """
                editions:
                  - edition: 2019
                    extends: 2017
                    deadline: 2018-09-01
                    planYear: 2019
                    questions:
                      plan:
                        competenceEfforts: Vilken kompetensutveckling planerar LOKUS-gruppen för {planYear}?
                """);
        Editions editions = Editions.builtIn().withLocal(file);
        assertEquals("Vilken kompetensutveckling planerar LOKUS-gruppen för 2019?",
                editions.questionWordings(Kind.PLAN).get("competenceEfforts").get(1));
        assertEveryQuestionIsRead(editions);
    }

    /**
     * For every edition and kind: a form made of the kind's marker and the edition's questions, each followed by
     * an answer, is read into exactly those answers.
     */
    private static void assertEveryQuestionIsRead(Editions editions) {
        FormParser parser = new FormParser(LAYOUT, editions);
        for (int year : editions.years()) {
            for (Kind kind : List.of(Kind.PLAN, Kind.REPORT, Kind.APPLICATION)) {
                Map<String, String> questions = editions.get(year).orElseThrow().questionsFor(kind);
                StringBuilder form = new StringBuilder(LAYOUT.kinds().get(kind.id()).get(0) + " " + year + "\n\n");
                questions.forEach((key, q) -> form.append(q).append("\n").append("Svaret om ").append(key).append(".\n\n"));
                Map<String, String> read = new LinkedHashMap<>();
                try {
                    Object answers = parser.parse(TextForm.read("form.txt", form.toString())).root().get("answers");
                    ((Map<?, ?>) answers).forEach((k, v) -> read.put((String) k, String.valueOf(((Sourced) v).value())));
                } catch (Exception e) {
                    throw new AssertionError(kind.id() + " " + year + ": " + e, e);
                }
                Map<String, String> expected = new LinkedHashMap<>();
                questions.keySet().forEach(key -> expected.put(key, "Svaret om " + key + "."));
                assertEquals(expected, read, kind.id() + " " + year + ":\n" + form);
            }
        }
    }

    private static String words(String text) {
        return List.of(text.split("[^\\p{L}\\p{N}]+")).stream().filter(w -> !w.isEmpty()).map(Similarity::normalise)
                .collect(Collectors.joining(" "));
    }
}
