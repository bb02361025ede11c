package se.finsam.check.read.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import se.finsam.check.Checker;
import se.finsam.check.TestEngine;
import se.finsam.check.edition.Editions;
import se.finsam.check.findings.DocumentResult;
import se.finsam.check.model.BudgetLine;
import se.finsam.check.model.Document;
import se.finsam.check.model.Resource;
import se.finsam.check.read.InputFiles;

/**
 * Every sample form (testdata/forms, copies of the forms kansliet received) is read and checked directly, with the
 * findings a reader of the form would note, each at the line of the form it concerns. Values of the application
 * and the quarterly sheet, which have no transcription, are asserted here as read off the form.
 */
class FormSamplesTest {

    private static final Map<String, List<String>> EXPECTED = new TreeMap<>(Map.ofEntries(
            Map.entry("plan-2017-alvkarleby.txt", List.of(
                    "deadline/error@90",                // AF signed 160923, after the deadline
                    "schablon-cost/warning@70",         // the export cut the cost column off: no cost for 75 %
                    "schablon-cost/warning@71",         // nor for 90 %
                    "dates-consistent/info@85",         // the kommun wrote "22/9": 2016 assumed
                    "four-parties-signed/info@85",      // the signature cells of kommun, AF and FK are empty in the export
                    "four-parties-signed/info@90",
                    "four-parties-signed/info@100")),
            Map.entry("plan-2017-heby.txt", List.of(
                    "deadline/error@3",                 // stamped 2016-09-26
                    "measurable-result-goal/warning@43", // "Besöka och informera om SKs funktion hos parterna."
                    "percent-of-full-time/warning@46",  // "Tilläggsresurs 50+40%"
                    "dates-consistent/info@76",         // AF wrote "26/8"
                    "four-parties-signed/info@76",      // AF's and FK's signature cells show no handwriting
                    "four-parties-signed/info@83")),
            Map.entry("plan-2017-knivsta.txt", List.of(
                    "deadline/error@127",               // Region (LUU) signed 23/9 2016
                    "measurable-result-goal/error@95",  // 100 % tilläggsresurs has no result goal
                    "measurable-result-goal/warning@94", // "Uppfylld verksamhetsplan"
                    "effects-stated/warning@95",
                    "period-within-plan-year/warning@94", // 20170101-20181231
                    "period-within-plan-year/warning@95",
                    "four-parties-signed/info@105",     // kommun's and FK's cells show no handwriting
                    "four-parties-signed/info@135")),
            Map.entry("plan-2017-uppsala.txt", List.of(
                    "measurable-result-goal/error@109", // "30 % ledning." has no result goal
                    "effects-stated/warning@109",
                    "schablon-cost/warning@106",        // the proposed 100 % extension (continued on line 108) has no cost
                    "period-within-plan-year/warning@104", // every period runs to 181231
                    "period-within-plan-year/warning@105",
                    "period-within-plan-year/warning@109",
                    "period-within-plan-year/warning@110",
                    "four-parties-signed/info@117",     // Winterbom, Thalex and Appelqvist: "Underskrift:" empty
                    "four-parties-signed/info@118",
                    "four-parties-signed/info@155")),
            Map.entry("report-2017-enkoping-habo.txt", List.of(
                    // the gender question is answered at the end of the goals' paragraph: no finding
                    "four-parties-signed/error@103",    // Arbetsförmedlingen (Carina Bergman) has not signed
                    "four-parties-signed/info@103")),   // the owner's "Insatsägare (namn)" cell is empty
            Map.entry("report-2017-heby.txt", List.of(
                    "gender-perspective/warning@10",    // neither question is found on the form: a warning each
                    "required-answers/warning@10",      // "Har detta behov förändrats …?" is not on the form
                    "four-parties-signed/info@164",     // both "Insatsägare (Heby kommun)" cells are empty
                    "four-parties-signed/info@164")),
            Map.entry("report-2017-knivsta.txt", List.of(
                    "gender-perspective/warning@9",
                    // "Föräbrygskavan Lottie Siitonen" names no party: the one partner left, FK, by elimination
                    "four-parties-signed/info@63",
                    "dates-consistent/info@59")),       // Region wrote "Uppsala 22/12": 2017 assumed
            Map.entry("report-2017-tierp.txt", List.of(
                    "required-answers/warning@5",       // "Har detta behov förändrats …?" is not found on the form
                    "four-parties-signed/info@102",     // RANDI GRAUNGAARD, no organisation: Tierps kommun by elimination
                    "four-parties-signed/info@102",     // RANDI GRAUNGAARD's cell is empty
                    "four-parties-signed/info@111")),
            Map.entry("report-2017-uppsala.txt", List.of(
                    "gender-perspective/warning@5",
                    "return-of-funds-for-vacancy/error@32")), // "personalbrist", money "förbrukat enligt planering"
            Map.entry("application-2018-uppsala-strategiskt-utvecklingsarbete.txt", List.of()),
            Map.entry("quarterly-support-heby-2018.txt", List.of())));

    private final FormLoader forms = new FormLoader(Editions.builtIn());

    @Test
    void everyFormIsCheckedWithTheFindingsAReaderWouldNote() {
        List<InputFiles.Input> inputs = InputFiles.expand(List.of("testdata/forms"));
        assertEquals(EXPECTED.keySet(), new TreeSet<>(inputs.stream().map(i -> i.path().getFileName().toString()).toList()));
        Checker checker = TestEngine.checker();
        for (InputFiles.Input input : inputs) {
            DocumentResult r = checker.check(input);
            assertTrue(r.isChecked(), input.source());
            String name = input.path().getFileName().toString();
            assertEquals(EXPECTED.get(name).stream().sorted().toList(), r.findings().stream()
                    .map(f -> f.rule() + "/" + f.severity().id() + "@" + f.position().line()).sorted().toList(), name);
        }
    }

    /**
     * Groups send their plan with appendices after the signatures. However long the appendix, the form's findings
     * stay those of the form alone – it once moved the search for the signature blocks past them (four errors
     * "Underskrift saknas").
     */
    @Test
    void aLongAppendixAfterTheFormChangesNoFinding(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        Checker checker = TestEngine.checker();
        for (InputFiles.Input input : InputFiles.expand(List.of("testdata/forms"))) {
            String form = java.nio.file.Files.readString(input.path());
            StringBuilder appendix = new StringBuilder("\n\nBilaga 1 Verksamhetsbeskrivning\n");
            for (int i = 1; i <= 3 * form.split("\n").length; i++) {
                appendix.append("Stycke ").append(i).append(" i bilagan beskriver verksamheten och deltagarnas väg.\n");
            }
            Path longer = java.nio.file.Files.writeString(tmp.resolve(input.path().getFileName()), form + appendix);
            String name = input.path().getFileName().toString();
            assertEquals(EXPECTED.get(name).stream().sorted().toList(), checker.check(new InputFiles.Input(longer, name))
                    .findings().stream().map(f -> f.rule() + "/" + f.severity().id() + "@" + f.position().line())
                    .sorted().toList(), name + " with an appendix");
        }
    }

    /**
     * The fallback of the signature search (no date label in the last two thirds: the blocks are looked for after the
     * first question) must not take a question's own "Datum:" for the signatures: an unsigned plan whose answer
     * names a date on a line of its own, with an appendix three times its length, still gets an "Underskrift
     * saknas" for each of the four parties – the findings of the same plan without the appendix.
     */
    @Test
    void anUnsignedPlanWithADateInAnAnswerAndALongAppendixStillMissesItsSignatures(@org.junit.jupiter.api.io.TempDir Path tmp)
            throws Exception {
        List<String> heby = java.nio.file.Files.readAllLines(Path.of("testdata/forms/plan-2017-heby.txt"));
        List<String> unsigned = new java.util.ArrayList<>(heby.subList(0, 57));
        unsigned.add(38, "Datum: 15 mars 2017");
        unsigned.add(39, "");
        for (int i = 0; i < 4; i++) {
            unsigned.add("Datum:\tUnderskrift:\tNamnförtydligande:\tOrganisation:");
        }
        Checker checker = TestEngine.checker();
        Path form = java.nio.file.Files.write(tmp.resolve("plan.txt"), unsigned);
        List<String> alone = findings(checker.check(new InputFiles.Input(form, "plan.txt")));
        assertEquals(4, alone.stream().filter(f -> f.startsWith("four-parties-signed/error")).count(), alone.toString());
        List<String> longer = new java.util.ArrayList<>(unsigned);
        longer.add("");
        longer.add("Bilaga 1 Verksamhetsbeskrivning");
        for (int i = 1; i <= 3 * unsigned.size(); i++) {
            longer.add("Stycke " + i + " i bilagan beskriver verksamheten och deltagarnas väg.");
        }
        Path withAppendix = java.nio.file.Files.write(tmp.resolve("plan-bilaga.txt"), longer);
        assertEquals(alone, findings(checker.check(new InputFiles.Input(withAppendix, "plan.txt"))));
    }

    private static List<String> findings(DocumentResult r) {
        return r.findings().stream().map(f -> f.rule() + "/" + f.severity().id() + "@" + f.position().line()).sorted().toList();
    }

    @Test
    void aTextThatIsNoFormIsReportedOnOneLineAndTheOthersAreStillChecked() {
        DocumentResult r = TestEngine.checker().check(new InputFiles.Input(
                Path.of("testdata/not-a-form/note-2017-langsiktig-samverkan.txt"), "note.txt"));
        assertFalse(r.isChecked());
        assertEquals("form.unknownKind", r.error().key());
    }

    /** An empty file is told as empty, not as a form of a kind not recognised (found at the desk). */
    @Test
    void anEmptyTextOrWordFileIsToldAsEmpty(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path text = java.nio.file.Files.writeString(dir.resolve("tom.txt"), " \n\n\t\n");
        Path word = java.nio.file.Files.write(dir.resolve("tom.docx"),
                LinearReadersTest.docx("<w:p/><w:p><w:r><w:t xml:space=\"preserve\"> </w:t></w:r></w:p>"));
        for (Path empty : List.of(text, word)) {
            DocumentResult r = TestEngine.checker().check(new InputFiles.Input(empty, empty.getFileName().toString()));
            assertEquals("form.empty", r.isChecked() ? "checked" : r.error().key(), empty.toString());
        }
    }

    @Test
    void theApplicationIsReadAsTheFormShowsIt() throws Exception {
        Document d = forms.load(Path.of("testdata/forms/application-2018-uppsala-strategiskt-utvecklingsarbete.txt"), "a");
        assertEquals("Strategiskt utvecklingsarbete/Lokussamordnare Uppsala", d.getInitiative());
        assertEquals("Uppsala kommun", d.getOwner().getOrganisation());
        assertEquals(List.of("Försäkringskassan", "Arbetsförmedlingen", "Region Uppsala"),
                d.getPartners().stream().map(p -> p.getOrganisation()).toList());
        assertEquals("2018-01-01–2019-12-31", d.getPeriod().getFrom() + "–" + d.getPeriod().getTo());
        // the owner and AF dated the second copy of the signature page, FK the first, Region both
        assertEquals(List.of("Uppsala kommun|LENA WINTERBOM|2017-10-27", "Arbetsförmedlingen|Ulrika Norman|2017-10-25",
                        "Försäkringskassan|Carina Hagelin-Kjällman|2017-10-24", "Region Uppsala|Agneta Eklund|2017-10-31"),
                d.getSignatures().stream().map(s -> s.getOrganisation() + "|" + s.getName() + "|" + s.getDate()).toList());
        Resource post = d.getResources().get(0);
        assertEquals(List.of("Utvecklingstjänst|100%|760000", "Uppsala kommun|100%|760000"), d.getResources().stream()
                .map(r -> r.getResource() + "|" + r.getExtent() + "|" + r.getCost()).toList());
        assertTrue(post.getResultGoal().startsWith("Parterna skall senast 30 juni 2018 anta en överenskommelse"));
        assertEquals(5, d.getGoals().size(), "two effektmål, three insatsmål");
        // 2018: 882 000, 2019: 832 000, Totalt 1 714 000; the detailed budget ends with "Total kostnad … 882 000"
        assertEquals(List.of("2018=882000", "2019=832000", "Totalt=1714000"), d.getBudget().stream()
                .filter(l -> l.getTable() == 0).map(l -> l.getText() + "=" + l.getAmount()).toList());
        assertTrue(d.getBudget().stream().anyMatch(l -> l.getSum() == BudgetLine.Sum.GRAND_TOTAL && l.getAmount() == 882000));
        assertTrue(d.getAgreement().getText().startsWith("(Texten under hela detta avsnitt skall stå kvar orörd)"));
    }

    @Test
    void theQuarterlySheetIsReadAsTheFormShowsIt() throws Exception {
        Document d = forms.load(Path.of("testdata/forms/quarterly-support-heby-2018.txt"), "q");
        assertEquals("Individstöd i samverkan LOKUS Heby", d.getInitiative());
        assertEquals(List.of("coach/stödperson|100 %|180101–201231", "coach/stödperson|100 %|180101–201231"),
                d.getResources().stream().map(r -> r.getResource() + "|" + r.getExtent() + "|" + r.getPeriod().getAsWritten())
                        .toList());
        assertEquals(5, d.getGoals().size(), "two effektmål, three insatsmål");
    }
}
