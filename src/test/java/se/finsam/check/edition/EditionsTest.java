package se.finsam.check.edition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.finsam.check.findings.Messages;
import se.finsam.check.model.Kind;
import se.finsam.check.model.Position;
import se.finsam.check.read.InputError;

/** The editions file as the program reads it, and what whoever edits it is told when it is wrong. */
class EditionsTest {

    private static String builtInText() throws IOException {
        try (InputStream in = Editions.class.getClassLoader().getResourceAsStream(Editions.RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Editions read(String text) {
        return Editions.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theBundledFileGivesThe2017Parameters() {
        Edition e = Editions.builtIn().get(2017).orElseThrow();
        assertEquals(LocalDate.of(2016, 9, 1), e.getDeadline());
        assertEquals(2017, e.getPlanYear());
        assertEquals(600000, e.getSchablon());
        assertEquals(4, e.getParties().size());
    }

    @Test
    void anUnknownKeyIsToldWithItsLine() throws IOException {
        String text = builtInText().replace("    planYear: 2017", "    planYear: 2017\n    planyear: 2017");
        int line = (int) text.lines().takeWhile(l -> !l.startsWith("    planyear")).count() + 1;
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> read(text));
        assertTrue(e.getMessage().startsWith(Editions.RESOURCE + ":" + line + ":"), e.getMessage());
        assertTrue(e.getMessage().contains("unknown field \"planyear\""), e.getMessage());
    }

    @Test
    void aParameterLeftOutIsToldByName() throws IOException {
        String text = builtInText().replaceAll("(?m)^    deadline: .*\\n", "");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> read(text));
        assertTrue(e.getMessage().contains("the field \"deadline\" is missing"), e.getMessage());
    }

    @TempDir
    Path dir;

    /** A local editions file with these lines, read over the built-in editions. */
    private Editions local(String text) throws IOException, InputError {
        Path file = dir.resolve(Editions.LOCAL_NAME);
        Files.writeString(file, text);
        return Editions.builtIn().withLocal(file);
    }

    /** The error a local editions file gives, as the user reads it: file:line:column: message. */
    private String localError(String text) throws IOException {
        InputError e = assertThrows(InputError.class, () -> local(text));
        return e.source() + ":" + e.line() + ":" + e.column() + ": " + Messages.forLanguage("en").format(e.key(), e.args());
    }

    @Test
    void aQuestionNamesThePlanYearOfItsEdition() {
        Edition e = Editions.builtIn().get(2017).orElseThrow();
        assertEquals("Vilka mål har LOKUS-gruppen för arbetet 2017?", e.questionsFor(Kind.PLAN).get("goals"));
    }

    @Test
    void anEditionExtendsAnotherAndOverridesOnlyWhatChanged() throws Exception {
        Editions editions = local("""
                editions:
                  - edition: 2019
                    extends: 2017
                    deadline: 2018-09-01
                    planYear: 2019
                    questions:
                      plan:
                        goals: Vilka effektmål har LOKUS-gruppen för {planYear}?
                      report:
                        lessons: null
                """);
        Edition e2017 = editions.get(2017).orElseThrow();
        Edition e2019 = editions.get(2019).orElseThrow();
        assertEquals(List.of(2017, 2019), editions.years());
        assertEquals(LocalDate.of(2018, 9, 1), e2019.getDeadline());
        assertEquals(2019, e2019.getPlanYear());
        assertEquals(e2017.getSchablon(), e2019.getSchablon(), "inherited");
        assertEquals(e2017.getMaxPercent(), e2019.getMaxPercent());
        assertEquals(e2017.getParties(), e2019.getParties());
        assertEquals(e2017.getAgreement(), e2019.getAgreement());
        assertEquals("Vilka effektmål har LOKUS-gruppen för 2019?", e2019.questionsFor(Kind.PLAN).get("goals"));
        assertEquals("Vilka målgrupper kommer LOKUS-gruppen att prioritera under 2019?",
                e2019.questionsFor(Kind.PLAN).get("targetGroups"), "an inherited question follows the plan year");
        assertFalse(e2019.questionsFor(Kind.REPORT).containsKey("lessons"), "null drops a question");
        assertTrue(e2019.questionsFor(Kind.REPORT).containsKey("purpose"));
        assertEquals(e2017.questionsFor(Kind.APPLICATION), e2019.questionsFor(Kind.APPLICATION));
        assertEquals(LocalDate.of(2016, 9, 1), e2017.getDeadline(), "the edition extended is left as it was");
    }

    @Test
    void aLocalFileOverridesABuiltInEditionAndMayExtendItself() throws Exception {
        Editions editions = local("editions:\n  - {edition: 2017, extends: 2017, deadline: 2016-09-15}\n");
        assertEquals(LocalDate.of(2016, 9, 15), editions.get(2017).orElseThrow().getDeadline());
        assertEquals(600000, editions.get(2017).orElseThrow().getSchablon());
        assertEquals(LocalDate.of(2016, 9, 1), Editions.builtIn().get(2017).orElseThrow().getDeadline());
    }

    @Test
    void anEditionMayExtendOneDefinedBeforeItInTheSameFile() throws Exception {
        Editions editions = local("""
                editions:
                  - {edition: 2018, extends: 2017, deadline: 2017-09-01, planYear: 2018}
                  - {edition: 2019, extends: 2018, deadline: 2018-09-03, planYear: 2019, schablon: 620000}
                """);
        assertEquals(620000, editions.get(2019).orElseThrow().getSchablon());
        assertEquals(600000, editions.get(2018).orElseThrow().getSchablon());
    }

    @Test
    void anEditionOfItsOwnGivesEveryParameter() throws IOException {
        String file = dir.resolve(Editions.LOCAL_NAME).toString();
        assertEquals(file + ":2:5: the field \"planYear\" is missing",
                localError("editions:\n  - edition: 2019\n    deadline: 2018-09-01\n"));
    }

    @Test
    void mistakesInALocalFileAreToldWithTheirLineAndColumn() throws IOException {
        String file = dir.resolve(Editions.LOCAL_NAME).toString();
        assertEquals(file + ":5:14: unknown field \"deadlne\"; fields allowed here: agreement, deadline, edition, "
                        + "extends, maxPercent, parties, planYear, questions, schablon",
                localError("editions:\n  - edition: 2019\n    extends: 2017\n    planYear: 2019\n    deadlne: 2018-09-01\n"));
        assertEquals(file + ":3:14: edition 2019 extends 2016, which is not defined before it; known editions: 2017",
                localError("editions:\n  - edition: 2019\n    extends: 2016\n"));
        assertEquals(file + ":4:15: \"2018-09-31\" in the field deadline is not a valid date; write YYYY-MM-DD",
                localError("editions:\n  - edition: 2019\n    extends: 2017\n    deadline: 2018-09-31\n"));
        assertEquals(file + ":4:15: unknown party \"kommunen\"; must be one of kommun, arbetsformedlingen, "
                        + "forsakringskassan, region",
                localError("editions:\n  - edition: 2019\n    extends: 2017\n    parties: [kommunen]\n"));
        assertEquals(file + ":3:15: edition 2019 appears twice in the file",
                localError("editions:\n  - {edition: 2019, extends: 2017}\n  - {edition: 2019, extends: 2017}\n"));
        assertEquals(file + ":1:10: unknown field \"parties\"; fields allowed here: editions",
                localError("parties: []\neditions: []\n"));
        assertEquals(file + ":4:24: unknown document kind \"plans\"; must be plan, report, application or quarterly",
                localError("editions:\n  - edition: 2019\n    extends: 2017\n    questions: {plans: {goals: x}}\n"));
    }

    @Test
    void aDocumentOfAnUnknownEditionIsToldHowToAddIt() {
        Editions editions = Editions.builtIn().naming(Path.of("plans", Editions.LOCAL_NAME));
        InputError e = editions.unknown("plans/heby-2019.yaml", new Position("/edition", 2, 10), 2019);
        assertEquals("unknown form edition 2019; known editions: 2017. Add it to " + Path.of("plans", Editions.LOCAL_NAME)
                        + ": \"editions:\" and on the line below \"  - {edition: 2019, extends: 2017, planYear: 2019, "
                        + "deadline: YYYY-MM-DD}\" with the plan's last day for submission",
                Messages.forLanguage("en").format(e.key(), e.args()));
        assertEquals(2, e.line());
        assertEquals(10, e.column());
    }
}
