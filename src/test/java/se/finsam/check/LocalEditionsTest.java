package se.finsam.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.finsam.check.edition.Editions;
import se.finsam.check.findings.Messages;
import se.finsam.check.model.Kind;
import se.finsam.check.model.Position;

/**
 * Kansliet adds the next year's edition without a new build: a plan of an unknown edition says where and how,
 * the lines it shows are enough, and the local editions file is found beside the documents as the waiver file is.
 */
class LocalEditionsTest {

    /** A clean plan of 2017 moved to 2019: every date a year and a half later. */
    static final String PLAN_2019 = CliTest.CLEAN_PLAN.replace("edition: 2017", "edition: 2019")
            .replace("2016-09-01", "2018-08-31").replace("2016-08-30", "2018-08-30").replace("period: 2017", "period: 2019")
            .replace("under 2017", "under 2019");

    @TempDir
    Path dir;

    @Test
    void aPlanOfAnUnknownEditionIsToldTheLinesToWriteAndTheyAreEnough() throws Exception {
        Files.writeString(dir.resolve("plan.yaml"), PLAN_2019);
        CliTest.Run r = CliTest.run("check", dir.toString());
        assertEquals(2, r.status(), r.err());
        Path file = dir.resolve(Editions.LOCAL_NAME);
        String line = r.err().lines().findFirst().orElseThrow();
        assertTrue(line.contains("plan.yaml:2:10: okänd blankettutgåva 2019; kända utgåvor: 2017. Lägg till den i " + file
                + ": ”editions:” och på raden under ”  - {edition: 2019, extends: 2017, planYear: 2019, deadline: ÅÅÅÅ-MM-DD}”"),
                line);

        Matcher shown = Pattern.compile("”(editions:)” och på raden under ”(.*?)”").matcher(line);
        assertTrue(shown.find());
        Files.writeString(file, shown.group(1) + "\n" + shown.group(2).replace("ÅÅÅÅ-MM-DD", "2018-09-01") + "\n");
        r = CliTest.run("check", dir.toString());
        assertEquals(0, r.status(), r.out() + r.err());
        assertTrue(r.out().contains("plan.yaml – verksamhetsplan, Testby"), r.out());
        assertTrue(r.out().startsWith(dir.resolve("plan.yaml").toString()), "the editions file is no document: " + r.out());
        assertEquals("", r.err());

        // the deadline of the new edition is the one checked
        Files.writeString(file, "editions:\n  - {edition: 2019, extends: 2017, planYear: 2019, deadline: 2018-08-15}\n");
        r = CliTest.run("check", dir.resolve("plan.yaml").toString());
        assertEquals(1, r.status(), r.out() + r.err());
        assertTrue(r.out().contains("deadline"), r.out());
    }

    @Test
    void aLocalFileIsCheckedWithItsLineAndColumnAndNothingIsCheckedAgainstIt() throws Exception {
        Path plan = dir.resolve("plan.yaml");
        Files.writeString(plan, PLAN_2019);
        Path file = dir.resolve("utgavor.yaml");
        Files.writeString(file, "editions:\n  - edition: 2019\n    extend: 2017\n");
        CliTest.Run r = CliTest.run("check", "--editions", file.toString(), plan.toString());
        assertEquals(2, r.status(), r.err());
        assertEquals(file + ":3:13: okänt fält ”extend”; tillåtna fält här: agreement, deadline, edition, extends, "
                + "maxPercent, parties, planYear, questions, schablon", r.err().strip());
        assertEquals("", r.out());

        r = CliTest.run("check", "--lang", "en", "--editions", dir.resolve("none.yaml").toString(), plan.toString());
        assertEquals(2, r.status(), r.err());
        assertEquals(dir.resolve("none.yaml") + ": no such file or directory", r.err().strip());
    }

    @Test
    void theReportMayNotReplaceTheEditionsFile() throws Exception {
        Files.writeString(dir.resolve("plan.yaml"), PLAN_2019);
        Path file = dir.resolve(Editions.LOCAL_NAME);
        Files.writeString(file, "editions:\n  - {edition: 2019, extends: 2017, planYear: 2019, deadline: 2018-09-01}\n");
        CliTest.Run r = CliTest.run("check", "-o", file.toString(), "--force", dir.toString());
        assertEquals(2, r.status(), r.err());
        assertTrue(Files.readString(file).startsWith("editions:"));
        assertFalse(r.err().isEmpty());
    }

    /** The README's example of next year's edition is a file the checker takes, and its message is the program's. */
    @Test
    void theReadmesExampleIsRight() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        int section = readme.indexOf("### Editions: adding next year's form");
        int start = readme.indexOf("```yaml\neditions:", section) + "```yaml\n".length();
        Path file = dir.resolve(Editions.LOCAL_NAME);
        Files.writeString(file, readme.substring(start, readme.indexOf("```", start)));
        var edition = Editions.builtIn().withLocal(file).get(2019).orElseThrow();
        assertEquals(LocalDate.of(2018, 9, 1), edition.getDeadline());
        assertEquals("Vilken kompetensutveckling planerar LOKUS-gruppen för 2019?",
                edition.questionsFor(Kind.PLAN).get("competenceEfforts"));

        var e = Editions.builtIn().naming(Path.of("plans", Editions.LOCAL_NAME))
                .unknown("plans/heby-2019.yaml", new Position("/edition", 2, 10), 2019);
        String line = "plans/heby-2019.yaml:2:10: " + Messages.forLanguage("sv").format(e.key(), e.args());
        assertTrue(readme.substring(section).contains("```\n" + line + "\n```"), line);
    }

    /** A question a local edition adds is read from a form that asks it, and is required like the others. */
    @Test
    void aQuestionALocalEditionAddsIsReadFromTheForm() throws Exception {
        Files.writeString(dir.resolve(Editions.LOCAL_NAME), """
                editions:
                  - edition: 2017
                    extends: 2017
                    questions:
                      plan:
                        digital: Hur använder LOKUS-gruppen digitala möten under {planYear}?
                """);
        String form = Files.readString(Path.of("testdata/forms/plan-2017-heby.txt"));
        int at = form.indexOf("Har prioriteringen påverkats");
        Path asked = dir.resolve("asked.txt");
        Files.writeString(asked, form.substring(0, at) + "Hur använder LOKUS-gruppen digitala möten under 2017?\n"
                + "Vi håller vartannat möte på distans.\n\n" + form.substring(at));
        CliTest.Run imported = CliTest.run("import", asked.toString());
        assertTrue(imported.out().contains("digital: Vi håller vartannat möte på distans."), imported.out() + imported.err());
        Path unanswered = dir.resolve("unanswered.txt");
        Files.writeString(unanswered, form);
        CliTest.Run r = CliTest.run("check", "--format", "json", unanswered.toString());
        assertTrue(r.out().contains("Hur använder LOKUS-gruppen digitala möten under 2017?"), "required, quoted: " + r.out());
    }
}
