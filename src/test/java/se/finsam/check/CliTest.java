package se.finsam.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.finsam.check.cli.Main;

/** The command line as users and pipelines meet it: exit status, JSON contract, languages, bad input. */
public class CliTest {

    @TempDir
    Path dir;

    public record Run(int status, String out, String err) {
    }

    public static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(status, out.toString(), err.toString());
    }

    private Path write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    public static final String CLEAN_PLAN = """
            kind: plan
            edition: 2017
            area: Testby
            received: 2016-09-01
            answers:
              goals: Fungerande samverkan mellan de fyra myndigheterna.
              targetGroups: Unga vuxna 16-24 år.
              gender: Lots-ärendena redovisas könsuppdelat och analyseras utifrån olika behov hos kvinnor och män.
              structuralAreas: En gemensam målbild.
              competenceEfforts: Granskning uppdrag.
            resources:
              - resource: Samverkanskoordinator 50 %
                period: 2017
                resultGoal: 40 lotsärenden under 2017
                effects: Handläggare vet vart de ska vända sig.
                cost: 300000
            signatures:
              - {organisation: Testby kommun, name: A, date: 2016-08-30}
              - {organisation: AF, name: B, date: 2016-08-30}
              - {organisation: FK, name: C, date: 2016-08-30}
              - {organisation: LUL, name: D, date: 2016-08-30}
            """;

    /** An output that cannot be made gets one line saying why, in Swedish, naming the file asked for. */
    @Test
    void anOutputThatCannotBeWrittenSaysWhy() throws Exception {
        Path plan = write("clean.yaml", CLEAN_PLAN);
        Path missing = dir.resolve("saknas").resolve("rapport.txt");
        Run r = run("check", "--output", missing.toString(), plan.toString());
        assertEquals(2, r.status(), r.err());
        assertEquals("finsam-check: " + missing + " kunde inte skrivas (mappen finns inte); ingen ofullständig fil har lämnats kvar\n",
                r.err());
        Path file = write("brev", "");
        r = run("check", "--format", "letter", "--output", file.toString(), plan.toString());
        assertEquals(2, r.status(), r.err());
        assertTrue(r.err().contains(file + " kunde inte skrivas (det finns en fil med det namnet där en mapp behövs)"), r.err());
    }

    /** A report is made as the user's other files are: readable by colleagues where the umask lets them (not 0600). */
    @Test
    void aReportIsReadableAsTheUsersOtherFiles() throws Exception {
        Path report = dir.resolve("rapport.txt");
        Path other = Files.createFile(dir.resolve("annan.txt"));
        assertEquals(1, run("check", "--output", report.toString(), "testdata/samples/plan-2017-heby.yaml").status());
        assertEquals(Files.getPosixFilePermissions(other), Files.getPosixFilePermissions(report));
    }

    @Test
    void aCleanPlanPassesWithExitZero() throws Exception {
        Run r = run("check", write("clean.yaml", CLEAN_PLAN).toString());
        assertEquals(0, r.status(), r.out() + r.err());
        assertTrue(r.out().contains("Inga anmärkningar."), r.out());
    }

    @Test
    void aWarningFailsOnlyWhenTheBarIsLowered() throws Exception {
        Path p = write("bare.yaml", CLEAN_PLAN.replace(
                "gender: Lots-ärendena redovisas könsuppdelat och analyseras utifrån olika behov hos kvinnor och män.",
                "gender: Nej"));
        assertEquals(0, run("check", p.toString()).status());
        assertEquals(1, run("check", "--fail-on", "warning", p.toString()).status());
    }

    @Test
    void jsonFollowsTheContractWithPositionsAndEnglishOnRequest() throws Exception {
        Path p = write("late.yaml", CLEAN_PLAN.replace("received: 2016-09-01", "received: 2016-09-02"));
        Run r = run("check", "--format", "json", "--lang", "en", p.toString());
        assertEquals(1, r.status());
        JsonNode doc = new ObjectMapper().readTree(r.out()).get("documents").get(0);
        assertEquals(p.toString(), doc.get("source").asText());
        JsonNode f = doc.get("findings").get(0);
        assertEquals("deadline", f.get("rule").asText());
        assertEquals("error", f.get("severity").asText());
        assertEquals(4, f.get("line").asInt());
        assertEquals(11, f.get("column").asInt());
        assertEquals("/received", f.get("field").asText());
        assertTrue(f.get("message").asText().startsWith("The plan arrived on 2016-09-02"), f.get("message").asText());
    }

    @Test
    void badInputsGetOneLineEachAndTheOthersAreStillChecked() throws Exception {
        write("a-syntax.yaml", "kind: plan\nedition: [2017\n");
        write("b-type.yaml", "kind: plan\nedition: 2017\nresources:\n  - resource: SK\n    percent: mycket\n");
        write("c-kind.yaml", "kind: budget\nedition: 2017\n");
        write("d-date.yaml", "kind: plan\nedition: 2017\nreceived: 2016-13-45\n");
        write("e-edition.yaml", "kind: plan\nedition: 1999\n");
        write("f-unknown.yaml", "kind: plan\nedition: 2017\nresultGol: x\n");
        write("g-empty.json", "");
        write("h-ok.yaml", CLEAN_PLAN);
        Run r = run("check", dir.toString());
        assertEquals(2, r.status(), r.err());
        String[] lines = r.err().strip().split("\n");
        assertEquals(7, lines.length, r.err());
        assertTrue(lines[0].endsWith("a-syntax.yaml:2:10: en lista eller ett objekt öppnas här men stängs aldrig – filen tar slut först"), lines[0]);
        assertTrue(lines[1].endsWith("b-type.yaml:5:14: /resources/0/percent ska vara ett tal, men är text"), lines[1]);
        assertTrue(lines[2].endsWith("c-kind.yaml:1:7: okänd dokumenttyp ”budget”; ska vara plan, report, application eller quarterly"), lines[2]);
        assertTrue(lines[3].endsWith("d-date.yaml:3:11: ”2016-13-45” i fältet received är inget giltigt datum; skriv ÅÅÅÅ-MM-DD"), lines[3]);
        assertTrue(lines[4].contains("e-edition.yaml:2:10: okänd blankettutgåva 1999; kända utgåvor: 2017. Lägg till den i "), lines[4]);
        assertTrue(lines[5].contains("f-unknown.yaml:3:12: okänt fält ”resultGol”"), lines[5]);
        assertTrue(lines[6].endsWith("g-empty.json:1:1: filen är tom"), lines[6]);
        assertTrue(r.out().contains("h-ok.yaml – verksamhetsplan, Testby"), "the good file is still checked");
        assertFalse((r.out() + r.err()).contains("Exception"), "no stack trace");
        assertFalse((r.out() + r.err()).contains("\tat "), "no stack trace");
    }

    @Test
    void jsonInputIsCheckedWithLinesAndColumns() {
        Run r = run("check", "--format", "json", "testdata/examples/plan-2017-example.json");
        assertEquals(1, r.status(), r.err());
        StringBuilder seen = new StringBuilder();
        try {
            for (JsonNode f : new ObjectMapper().readTree(r.out()).get("documents").get(0).get("findings")) {
                seen.append(f.get("rule").asText()).append('@').append(f.get("line").asInt()).append(':')
                        .append(f.get("column").asInt()).append(' ');
            }
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        // Tilläggsresurs without a percentage; Region Uppsala has not signed; "Uppfylld verksamhetsplan"
        assertEquals("percent-of-full-time@21:5 four-parties-signed@30:17 measurable-result-goal@24:21 ",
                seen.toString());
    }

    @Test
    void summaryAgreesInNumber() throws Exception {
        Path p = write("bare.yaml", CLEAN_PLAN.replace(
                "gender: Lots-ärendena redovisas könsuppdelat och analyseras utifrån olika behov hos kvinnor och män.",
                "gender: Nej"));
        assertTrue(run("check", p.toString()).out().contains("1 dokument, 0 fel, 1 varning, 0 info."));
        assertTrue(run("check", "--lang", "en", p.toString()).out().contains("1 document, 0 errors, 1 warning, 0 info."));
    }

    @Test
    void jsonLinesHoldOneDocumentPerLineAndFindingsPointAtTheLine() throws Exception {
        String plan = new ObjectMapper().readTree(Files.readString(Path.of("testdata/examples/plan-2017-example.json"))).toString();
        Path archive = write("archive.jsonl", plan + "\n\n{\"kind\": \"plan\", \"edition\": 2017, \"bad\": 1}\n" + plan + "\n");
        Run r = run("check", "--format", "json", archive.toString());
        assertEquals(2, r.status(), "one line cannot be read");
        assertTrue(r.err().contains("archive.jsonl:3:"), r.err());
        JsonNode docs = new ObjectMapper().readTree(r.out()).get("documents");
        assertEquals(3, docs.size());
        assertEquals(1, docs.get(0).get("findings").get(0).get("line").asInt());
        assertEquals(4, docs.get(2).get("findings").get(0).get("line").asInt());
        assertEquals(docs.get(0).get("findings").size() + 1, docs.get(2).get("findings").size(),
                "same findings as the lone file, and that the archive already has a plan for its area");
        assertTrue(docs.get(2).get("findings").toString().contains("\"rule\":\"one-plan-per-area\""), docs.get(2).toString());
    }

    @Test
    void duplicateKeysAreRefused() throws Exception {
        Run r = run("check", write("dup.yaml", "kind: plan\nedition: 2017\nkind: report\n").toString());
        assertEquals(2, r.status());
        assertTrue(r.err().contains("dup.yaml:3:1: nyckeln ”kind” förekommer två gånger"), r.err());
    }

    @Test
    void inputFilesAreNeverModified() throws Exception {
        Path p = write("plan.yaml", CLEAN_PLAN.replace("gender:", "genderx:"));
        byte[] before = Files.readAllBytes(p);
        var modified = Files.getLastModifiedTime(p);
        run("check", "--format", "json", p.toString());
        assertEquals(new String(before), Files.readString(p));
        assertEquals(modified, Files.getLastModifiedTime(p));
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertEquals(2, run("check").status());
        assertEquals(2, run("check", "--format", "pdf", "x.yaml").status());
        assertEquals(2, run("check", "--lang", "fi", "x.yaml").status());
        assertEquals(2, run("check", "--fail-on", "never", "x.yaml").status());
        assertEquals(2, run().status());
    }

    @Test
    void controlCharactersAndOddPathsDoNotBreakTheOutput() throws Exception {
        Path bell = write("bell.yaml", CLEAN_PLAN.replace("area: Testby", "area: \"Test\\u0007by\"")
                .replace("received: 2016-09-01", "received: 2016-09-02"));
        Files.createDirectories(dir.resolve("folder.yaml"));
        Run junit = run("check", "--format", "junit", bell.toString());
        javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new org.xml.sax.InputSource(new java.io.StringReader(junit.out())));
        Run named = run("check", dir.resolve("folder.yaml").toString());
        assertEquals(2, named.status());
        assertTrue(named.err().contains("folder.yaml: är en katalog"), named.err());
    }

    @Test
    void aMissingFileIsAnInputError() {
        Run r = run("check", dir.resolve("nope.yaml").toString());
        assertEquals(2, r.status());
        assertTrue(r.err().contains("nope.yaml: filen eller katalogen finns inte"), r.err());
    }

    @Test
    void helpListsTheExitStatuses() {
        Run r = run("check", "--help");
        assertEquals(0, r.status());
        assertTrue(r.out().contains("Exit status:") && r.out().contains("2   usage error"), r.out());
    }
}
