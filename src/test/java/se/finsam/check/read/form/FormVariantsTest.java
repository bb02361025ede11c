package se.finsam.check.read.form;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.finsam.check.TestEngine;
import se.finsam.check.edition.Editions;
import se.finsam.check.facts.Understood;
import se.finsam.check.findings.DocumentResult;
import se.finsam.check.model.Document;
import se.finsam.check.read.InputFiles;

/** Layouts of our own (testdata/form-variants) that the samples do not show, each read as a person reads it. */
class FormVariantsTest {

    private final Editions editions = Editions.builtIn();
    private final Understood understood = new Understood();

    private Document read(String name) throws Exception {
        Document d = new FormLoader(editions).load(Path.of("testdata/form-variants/" + name), name);
        understood.add(d, editions.get(d.getEdition()).orElseThrow());
        return d;
    }

    private static List<String> findings(String name) {
        return findings(Path.of("testdata/form-variants/" + name));
    }

    private static List<String> findings(Path file) {
        DocumentResult r = TestEngine.checker().check(new InputFiles.Input(file, file.getFileName().toString()));
        return r.findings().stream().filter(f -> !f.rule().equals("required-answers"))
                .map(f -> f.rule() + "/" + f.severity().id() + "@" + f.position().line()).sorted().toList();
    }

    /**
     * Organisation on the row below the signature, a header row then values, two signers side by side with labels
     * above values and the organisation after the name; "2016- 08-29" and "1/9-16"; a Markdown table; an OCR'd
     * and a reworded heading.
     */
    @Test
    void signatureBlocksLaidOutDifferently() throws Exception {
        Document d = read("plan-2017-osthammar-layouts.txt");
        assertEquals(List.of("kommun|Eva Ek|2016-08-29|34", "forsakringskassan|Per Appelqvist|2016-09-01|38",
                        "region|Agneta Eklund|2016-08-30|41", "arbetsformedlingen|Jonas Berg|2016-08-31|41"),
                d.getSignatures().stream().map(s -> understood.party(s) + "|" + s.getName() + "|" + s.getDate() + "|"
                        + s.at("date").line()).toList());
        assertEquals(List.of("50.0|300000", "100.0|600000"),
                d.getResources().stream().map(r -> understood.percent(r) + "|" + r.getCost()).toList());
        assertEquals(List.of("goals", "targetGroups", "gender", "structuralAreas", "competenceEfforts"),
                List.copyOf(d.getAnswers().keySet()));
        assertEquals(List.of(), findings("plan-2017-osthammar-layouts.txt"));
    }

    @Test
    void aRepeatedPageWithMarkupIsReadOnce() throws Exception {
        Document d = read("plan-2017-tierp-repeated-page.txt");
        assertEquals(List.of("Samverkanskoordinator 100 %", "Social arbetscoach 100 %", "Övriga kostnader"),
                d.getResources().stream().map(r -> r.getResource()).toList());
        assertEquals(List.of("four-parties-signed/error@24", "four-parties-signed/error@24", "four-parties-signed/error@24",
                "gender-perspective/warning@1"), findings("plan-2017-tierp-repeated-page.txt"));
    }

    /** A form pasted below an e-mail is still recognised and read. */
    @Test
    void aFormBelowAnEmail() throws Exception {
        Document d = read("plan-2017-tierp-below-email.txt");
        assertEquals("Tierp", d.getArea());
        assertEquals(List.of("Samverkanskoordinator 100 %", "Social arbetscoach 100 %", "Övriga kostnader"),
                d.getResources().stream().map(r -> r.getResource()).toList());
        assertEquals(List.of("kommun|2016-08-30|43"), d.getSignatures().stream()
                .map(s -> understood.party(s) + "|" + s.getDate() + "|" + s.getPosition().line()).toList());
    }

    /**
     * Labels in one column and values in the next; two partners side by side, the date after the label in the
     * same cell; "22/1" without a year; an impossible date; no organisations – the partner list names the people;
     * a vacancy told together with why no money is returned.
     */
    @Test
    void aReportWithoutOrganisationsInItsSignatures() throws Exception {
        Document d = read("report-2017-osthammar-layouts.txt");
        assertEquals(List.of("kommun|Jonas Berg|2018-01-30", "arbetsformedlingen|Sara Holm|2018-01-22", "null|Eva Ek|null"),
                d.getSignatures().stream().map(s -> understood.party(s) + "|" + s.getName() + "|" + s.getDate()).toList());
        assertEquals(1, d.getVacancies().size());
        assertEquals(List.of("Inga medel kommer att återföras, eftersom LOKUS beslutat att använda dem till en coach från september."),
                d.getReturns().stream().map(r -> r.getStatement()).toList());
        assertEquals(List.of("dates-consistent/info@17", "dates-consistent/warning@17", "four-parties-signed/info@13",
                "gender-perspective/warning@10"), findings("report-2017-osthammar-layouts.txt"));
    }

    /** Questions numbered as an outline numbers them ("1.", "2.1", "3)"), typed so or kept from Word, are read all the same. */
    @Test
    void questionsWithOutlineNumbers(@TempDir Path dir) throws Exception {
        Path plain = Path.of("testdata/forms/plan-2017-heby.txt");
        String text = Files.readString(plain);
        String numbered = text.replace("\nVilka mål har", "\n1. Vilka mål har")
                .replace("\nVilka målgrupper", "\n2. Vilka målgrupper")
                .replace("\nHar prioriteringen", "\n2.1 Har prioriteringen")
                .replace("\nVilka strukturerområden", "\n3) Vilka strukturerområden");
        assertEquals(text.length() + "1. 2. 2.1 3) ".length(), numbered.length(), "all four questions numbered");
        Path file = Files.writeString(dir.resolve("plan-2017-heby-numbered.txt"), numbered);
        assertEquals(findings(plain), findings(file));
    }

    /**
     * A plan whose title is lost – a page header a PDF printer left out, a plan pasted below a mail – is of the
     * edition its questions name ("… för arbetet 2017?"), not of the first date in it (the day it was written,
     * "2016-08-06"): each sample plan without its title lines gives the findings it gives with them. Before, Knivsta's
     * was read as of 2016 and refused as of an unknown edition (so were two LibreOffice-printed plans).
     */
    @Test
    void aPlanWithoutItsTitleIsOfTheYearItsQuestionsName(@TempDir Path dir) throws Exception {
        for (String plan : List.of("alvkarleby", "heby", "knivsta", "tierp", "uppsala")) {
            Path whole = Path.of("testdata/forms/plan-2017-" + plan + ".txt");
            if (!Files.exists(whole)) {
                whole = Path.of("src/test/resources/holdout/plan-2017-" + plan + ".txt");
            }
            // the title's lines left blank, so that every other line keeps its number
            List<String> untitled = Files.readAllLines(whole).stream()
                    .map(l -> l.strip().equals("Verksamhetsplan 2017") || l.startsWith("Blankett för verksamhetsplan") ? "" : l)
                    .toList();
            Path file = Files.write(dir.resolve(plan + ".txt"), untitled);
            Document d = new FormLoader(editions).load(file, plan);
            assertEquals(2017, d.getEdition(), plan);
            assertEquals(findings(whole), findings(file), plan);
        }
    }

    /**
     * A budget table's amounts written in thousands with their unit ("760 tkr" for "760 000") are the same amounts:
     * the application so written gives the findings it gives in kronor (before: three budget-sums errors, "760 tkr"
     * read as 760 kr).
     */
    @Test
    void amountsInThousandsWithTheirUnit(@TempDir Path dir) throws Exception {
        Path kronor = Path.of("testdata/forms/application-2018-uppsala-strategiskt-utvecklingsarbete.txt");
        List<String> lines = Files.readAllLines(kronor).stream()
                .map(l -> l.contains("\t") ? l.replaceAll("(?<=^|\t)(\\d{1,3}) 000(?=\t|$)", "$1 tkr") : l).toList();
        Path thousands = Files.write(dir.resolve("application-tkr.txt"), lines);
        assertEquals(true, Files.readString(thousands).contains("760 tkr"));
        assertEquals(findings(kronor), findings(thousands));
    }

    /**
     * A budget as a narrow cell of a PDF shows it: an amount wrapped after its first digit group ("2018: 882" above
     * "000 kronor", the total over three lines), and numbered rows whose other cells the page cut off ("1" alone):
     * the amounts of the whole form, and the same findings as the
     * form whole. Before, "000 kronor" was a sum of 0 and "1" an amount of 1 kr (budget-sums errors: 1714 against
     * 0, 0 against 882).
     */
    @Test
    void aBudgetWrappedInANarrowCell(@TempDir Path dir) throws Exception {
        Path whole = Path.of("testdata/forms/application-2018-uppsala-strategiskt-utvecklingsarbete.txt");
        List<String> lines = new ArrayList<>();
        for (String l : Files.readAllLines(whole)) {
            if (l.matches("(2018|2019): [\\d ]+ 000 kronor")) {
                lines.add(l.substring(0, l.length() - " 000 kronor".length()));
                lines.add("000 kronor");
            } else if (l.equals("Totalt: 1 714 000 kronor")) {
                lines.addAll(List.of("Totalt: 1", "714", "000 kronor"));
            } else {
                lines.add(l.matches("\\d\t0%\t+0") ? l.substring(0, 1) : l);
            }
        }
        Path narrow = Files.write(dir.resolve("application-narrow.txt"), lines);
        assertEquals(true, lines.contains("714") && lines.contains("5"));
        assertEquals(findings(whole), findings(narrow));
        Document d = new FormLoader(editions).load(narrow, "application-narrow.txt");
        assertEquals(List.of("2018 882000", "2019 832000", "Totalt 1714000"), d.getBudget().subList(0, 3).stream()
                .map(l -> l.getText() + " " + l.getAmount()).toList());
    }

    /**
     * Each of the detailed budget's tables with a caption naming its year ("Budget 2018", "Budget 2019"): the same
     * findings as the form without them. Before, the caption was a budget line of 2018 kr (budget-sums errors:
     * "Summa lokalkostnader anger 0 kr, men raderna ovanför blir tillsammans 2019 kr").
     */
    @Test
    void budgetTablesUnderTheirYearsCaption(@TempDir Path dir) throws Exception {
        Path whole = Path.of("testdata/forms/application-2018-uppsala-strategiskt-utvecklingsarbete.txt");
        List<String> lines = new ArrayList<>();
        int year = 2018;
        for (String l : Files.readAllLines(whole)) {
            lines.add(l);
            if (l.startsWith("Kostnader i tkr")) {
                lines.add("Budget " + year++);
            }
        }
        Path captioned = Files.write(dir.resolve("application-captioned.txt"), lines);
        assertEquals(true, lines.contains("Budget 2019"));
        assertEquals(rules(whole), rules(captioned));
    }

    /**
     * The resource table over a page break, as a PDF of it reads: the header row again at the top of the new page
     * (Word's "repeat as header row"), and the row the page broke going on below it with its effects' last words.
     * The same resources and findings as the form whole. Before, the repeated header was a resource named
     * "Resurser:*" without a percent (a percent-of-full-time error, and warnings on its period and goal).
     */
    @Test
    void aResourceTableOverAPageBreak(@TempDir Path dir) throws Exception {
        String header = Files.readAllLines(HEBY).stream().filter(l -> l.startsWith("Resurser:*")).findFirst().orElseThrow();
        assertSameResources(withRowBroken(dir, (row, broken) -> List.of(row.substring(0, broken) + "\t"
                + row.substring(row.lastIndexOf('\t') + 1), header, "\t\t\ti syfte att påbörja arbetslivsinriktad rehabilitering")));
    }

    /**
     * A resource's name wrapped in its narrow cell, its extent on the next line ("Social arbetscoach" above "200 %"),
     * the other cells going on there too: one resource of 200 %, as the form has it. Before, "200 %" was a resource
     * of its own without a cost, and the coach one without a percent (a percent-of-full-time error).
     */
    @Test
    void aResourceWhoseExtentWrapsOntoTheNextLine(@TempDir Path dir) throws Exception {
        assertSameResources(withRowBroken(dir, (row, broken) -> List.of("Tilläggsresurs" + row.substring(row.indexOf('\t'), broken)
                + "\t" + row.substring(row.lastIndexOf('\t') + 1), "100%\t\t\ti syfte att påbörja arbetslivsinriktad rehabilitering")));
    }

    private static final Path HEBY = Path.of("testdata/forms/plan-2017-heby.txt");

    /** The heby plan with its row "Tilläggsresurs 100% …" as these lines (given the row and where its effects break). */
    private static Path withRowBroken(Path dir, java.util.function.BiFunction<String, Integer, List<String>> broken) throws Exception {
        List<String> lines = new ArrayList<>();
        for (String l : Files.readAllLines(HEBY)) {
            int at = l.indexOf(" i syfte att påbörja");
            lines.addAll(l.startsWith("Tilläggsresurs 100%") && at > 0 ? broken.apply(l, at) : List.of(l));
        }
        return Files.write(dir.resolve("plan-broken.txt"), lines);
    }

    private void assertSameResources(Path variant) throws Exception {
        assertEquals(resources(HEBY), resources(variant));
        assertEquals(rules(HEBY), rules(variant));
    }

    private List<String> resources(Path file) throws Exception {
        return new FormLoader(editions).load(file, "p.txt").getResources().stream()
                .map(r -> r.getResource() + "|" + r.getEffects() + "|" + r.getCost()).toList();
    }

    /**
     * Text in a cell so narrow that its first word stands on a line of its own, as a PDF of such a cell reads: the
     * follow-up answer ("Insatsen", then "kommer att …") and the agreement's paragraph ("Insatsägarna", then "är
     * verksamhetsansvariga …") are read whole and the findings are the form's own. Before, "Insatsen" alone was
     * taken for the one-word heading "Insatsägare" (a shared stem of six letters): the answer lost, its question
     * told unanswered; and "Insatsägarna" for that heading again, ending the agreement: its text told changed. The
     * headings themselves, and "Samverkansparterna" for "Samverkansparter", are still headings.
     */
    @Test
    void textWhoseFirstWordWrapsAlone(@TempDir Path dir) throws Exception {
        Path whole = Path.of("testdata/forms/application-2018-uppsala-strategiskt-utvecklingsarbete.txt");
        Document original = new FormLoader(editions).load(whole, "application.txt");
        List<String> lines = new ArrayList<>();
        for (String l : Files.readAllLines(whole)) {
            String first = l.startsWith("Insatsen kommer att följas upp") || l.startsWith("Insatsägarna är") ? l.substring(0, l.indexOf(' ')) : null;
            lines.add(first == null ? l : first);
            if (first != null) {
                lines.add(l.substring(first.length() + 1));
            }
        }
        Path narrow = Files.write(dir.resolve("application-narrow.txt"), lines);
        Document d = new FormLoader(editions).load(narrow, "application-narrow.txt");
        assertEquals("Insatsen kommer att följas upp i LOKUS och löpande rapportering kommer även ske till "
                + "förbundsstyrelsen med fokus på utfall av angivna mål.", d.getAnswers().get("followUp").getText().replaceAll("\\s+", " "));
        assertEquals(original.getAgreement().getText().replaceAll("\\s+", " "), d.getAgreement().getText().replaceAll("\\s+", " "));
        assertEquals(TestEngine.checker().check(new InputFiles.Input(whole, "a.txt")).findings().stream()
                        .map(f -> f.rule() + "/" + f.severity().id()).sorted().toList(),
                TestEngine.checker().check(new InputFiles.Input(narrow, "a.txt")).findings().stream()
                        .map(f -> f.rule() + "/" + f.severity().id()).sorted().toList());
        FormLayout layout = FormLayout.builtIn();
        Headings application = new Headings(layout.headings().get("application"));
        assertEquals("owner", application.match("Insatsägare").map(Headings.Match::key).orElse(null));
        assertEquals("partners", application.match("Samverkansparterna").map(Headings.Match::key).orElse(null));
        assertEquals(null, application.match("Insatsen").map(Headings.Match::key).orElse(null));
        assertEquals(List.of(false, true), List.of(application.match("Insatsägare").orElseThrow().inflected(),
                application.match("Insatsägarna").orElseThrow().inflected()));
        assertEquals(null, new Headings(layout.headings().get("report")).match("Insatsen").map(Headings.Match::key).orElse(null));
    }

    /**
     * A page of signatures sent last, after the application's budget, under "Underskrift" – another form of the
     * heading's word, which a one-word heading already seen is not taken for, except this one: its signers are read
     * as where the form has them, and the findings are the same.
     */
    @Test
    void signaturesAfterTheBudgetUnderAnInflectedHeading(@TempDir Path dir) throws Exception {
        Path whole = Path.of("testdata/forms/application-2018-uppsala-strategiskt-utvecklingsarbete.txt");
        List<String> lines = new ArrayList<>(Files.readAllLines(whole));
        int from = lines.lastIndexOf("Underskrift avser ansökan till samordningsförbundet Uppsala län:"); // the second table
        int to = lines.lastIndexOf("(Vid behov av plats för fler underskrifter kopiera denna tabell.)");
        List<String> page = new ArrayList<>(lines.subList(from, to));
        lines.subList(from, to).clear();
        page.replaceAll(l -> l.startsWith("Underskrifter (*)") ? "Underskrift" : l);
        lines.addAll(page);
        Path last = Files.write(dir.resolve("application-signed-last.txt"), lines);
        assertEquals(signers(new FormLoader(editions).load(whole, "a.txt")).stream().sorted().toList(),
                signers(new FormLoader(editions).load(last, "a.txt")).stream().sorted().toList());
        assertEquals(rules(whole), rules(last));
    }

    private static List<String> rules(Path file) {
        return findings(file).stream().map(f -> f.substring(0, f.indexOf('@'))).toList();
    }

    private List<String> signers(Document d) throws Exception {
        understood.add(d, editions.get(d.getEdition()).orElseThrow());
        return d.getSignatures().stream().map(s -> understood.party(s) + "|" + s.getName() + "|" + s.getDate()).toList();
    }

    /**
     * A Word table of signatures with each party's organisation – and the signature's space – in a cell merged down
     * its two rows, the date in the first and the name in the second ("Organisation: Heby kommun | Datum: 22/9-16 |
     * Underskrift:" over "Namnförtydligande: Åsa Johansson"): one signer a party, with date and name, the findings
     * those of the same signatures one row each. Before, each row was a signer of its own: four errors "namn saknas".
     */
    @Test
    void signaturesWithTheOrganisationInACellMergedDownTheirRows(@TempDir Path dir) throws Exception {
        List<String> form = Files.readAllLines(Path.of("testdata/forms/plan-2017-heby.txt")).subList(0, 57);
        List<List<String>> signed = List.of(List.of("Heby kommun", "22/9-16", "Åsa Johansson"),
                List.of("Arbetsförmedlingen", "26/8 2016", "Robert Gustav Karlsson"),
                List.of("Försäkringskassan", "2016-08-30", "Per Appelqvist"),
                List.of("Region Uppsala", "23/8 2016", "Agneta Eklund"));
        List<String> rows = new ArrayList<>(form);
        StringBuilder body = new StringBuilder();
        form.forEach(l -> body.append("<w:p><w:r><w:t xml:space=\"preserve\">")
                .append(l.replace("&", "&amp;").replace("<", "&lt;").replace("\t", "</w:t></w:r><w:r><w:tab/></w:r><w:r><w:t xml:space=\"preserve\">"))
                .append("</w:t></w:r></w:p>"));
        body.append("<w:tbl>");
        for (List<String> s : signed) {
            rows.add("Datum: " + s.get(1) + "\tUnderskrift:\tNamnförtydligande: " + s.get(2) + "\tOrganisation: " + s.get(0));
            String merged = "<w:tc><w:tcPr><w:vMerge w:val=\"restart\"/></w:tcPr>";
            body.append("<w:tr>").append(merged).append(cellText("Organisation: " + s.get(0)))
                    .append("<w:tc>").append(cellText("Datum: " + s.get(1))).append(merged).append(cellText("Underskrift:"))
                    .append("</w:tr><w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc><w:tc>")
                    .append(cellText("Namnförtydligande: " + s.get(2)))
                    .append("<w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc></w:tr>");
        }
        body.append("</w:tbl>");
        Path word = Files.write(dir.resolve("plan-merged.docx"), LinearReadersTest.docx(body.toString()));
        Path text = Files.write(dir.resolve("plan-rows.txt"), rows);
        assertEquals(List.of("kommun|Åsa Johansson|2016-09-22", "arbetsformedlingen|Robert Gustav Karlsson|2016-08-26",
                "forsakringskassan|Per Appelqvist|2016-08-30", "region|Agneta Eklund|2016-08-23"),
                signers(new FormLoader(editions).load(word, "p.docx")));
        assertEquals(signers(new FormLoader(editions).load(text, "p.txt")), signers(new FormLoader(editions).load(word, "p.docx")));
        assertEquals(rules(text), rules(word));
    }

    private static String cellText(String text) {
        return "<w:p><w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p></w:tc>";
    }

    /**
     * Questions numbered in their text ("3. Har prioriteringen påverkats …?"), the gender question's answer left
     * empty: the answers are those of the form without numbers, the empty one told as unanswered. Before, the next
     * question's "4." was cut off as a sentence of its own and taken for the gender answer, which passed.
     */
    @Test
    void numberedQuestionsGiveNoNumberAsAnAnswer(@TempDir Path dir) throws Exception {
        List<String> lines = new ArrayList<>(Files.readAllLines(Path.of("testdata/forms/plan-2017-knivsta.txt")));
        int gender = lines.indexOf("Har prioriteringen påverkats utifrån olika behov hos män och kvinnor?");
        int next = lines.indexOf("Vilka strukturer kommer LOKUS-gruppen att prioritera under 2017?");
        lines.subList(gender + 1, next).clear();
        Path plain = Files.write(dir.resolve("plan-unanswered.txt"), lines);
        int n = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("Vilka ") || lines.get(i).startsWith("Har ") || lines.get(i).startsWith("Hur ")) {
                lines.set(i, ++n + ". " + lines.get(i));
            }
        }
        Path numbered = Files.write(dir.resolve("plan-numbered.txt"), lines);
        assertEquals(true, lines.contains("4. Vilka strukturer kommer LOKUS-gruppen att prioritera under 2017?"));
        Document d = new FormLoader(editions).load(numbered, "p.txt");
        assertEquals(new FormLoader(editions).load(plain, "p.txt").getAnswers().entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue().getText()).toList(),
                d.getAnswers().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue().getText()).toList());
        assertEquals(rules(plain), rules(numbered));
        assertEquals(true, rules(numbered).contains("gender-perspective/error"));
    }

    /**
     * The application's signatures as a grid of two parties a row, each party's name in a row of its own above its
     * block ("Försäkringskassan | Region Uppsala" over their "Datum: …", "Samverkanspart (namnförtydligande) …"):
     * each signer of the party above its block, no warning or error on the signatures. Before, the second row of parties was
     * read as the organisations of the signers above it (Lena Winterbom of Försäkringskassan), and two warnings
     * asked whether the kommun and AF had signed.
     */
    @Test
    void signaturesInAGridOfTwoPartiesARow(@TempDir Path dir) throws Exception {
        List<String> lines = new ArrayList<>(Files.readAllLines(
                Path.of("testdata/forms/application-2018-uppsala-strategiskt-utvecklingsarbete.txt")));
        int from = lines.indexOf("Underskrift avser ansökan till samordningsförbundet Uppsala län:");
        int to = lines.lastIndexOf("(Vid behov av plats för fler underskrifter kopiera denna tabell.)");
        lines.subList(from, to).clear();
        lines.addAll(from, List.of("Underskrifter (*)", "Uppsala kommun\tArbetsförmedlingen",
                "Datum: 27/10-17\tDatum: 25/10-2017", "Insatsägare:\tSamverkanspart:",
                "Insatsägare (namnförtydligande) Lena Winterbom\tSamverkanspart (namnförtydligande) Ulrika Norman",
                "E-post: lena.winterbom@uppsala.se\tE-post: ulrika.norman@arbetsformedlingen.se",
                "Försäkringskassan\tRegion Uppsala", "Datum: 2017-10-24\tDatum: 31/10-2017",
                "Samverkanspart:\tSamverkanspart:",
                "Samverkanspart (namnförtydligande) Carina Hagelin-Kjällman\tSamverkanspart (namnförtydligande) Agneta Eklund",
                "E-post: carina.hagelin-kjallman@forsakringskassan.se\tE-post: agneta.eklund@regionuppsala.se"));
        Path grid = Files.write(dir.resolve("application-grid.txt"), lines);
        assertEquals(List.of("arbetsformedlingen|Ulrika Norman|2017-10-25", "forsakringskassan|Carina Hagelin-Kjällman|2017-10-24",
                        "kommun|Lena Winterbom|2017-10-27", "region|Agneta Eklund|2017-10-31"),
                signers(new FormLoader(editions).load(grid, "a.txt")).stream().sorted().toList());
        assertEquals(List.of(), rules(grid).stream().filter(r -> r.startsWith("four-parties-signed/") && !r.endsWith("/info")).toList());
    }

    /**
     * Signatures side by side, each party's whole block in its cell ("Datum: …", "Underskrift: …",
     * "Namnförtydligande: …", "Organisation: …" as the cell's paragraphs, read as one text), under a row naming the
     * parties: read as the same signatures as the plan's own table of one signer a row – also with one party's
     * date and name left empty (its error the same; until the parties' row was read as heading the blocks below it,
     * a warning more that Region's block could not be read in full). Before, no signature was read, and every
     * party was "missing" (four errors); helper's Word probes of such tables: 19 errors the text has not, now 0–2.
     */
    @Test
    void aSignerBlockInEachCellSideBySide(@TempDir Path dir) throws Exception {
        String[][] signers = {{"2016-08-26", "Asa Johansson", "Heby kommun"}, {"2016-08-26", "Robert Karlsson", "Arbetsförmedlingen"},
                {"2016-08-30", "Per Appelqvist", "Försäkringskassan"}, {"2016-08-23", "Agneta Eklund", "Region Uppsala"}};
        List<String> form = Files.readAllLines(Path.of("testdata/forms/plan-2017-heby.txt"));
        List<String> above = form.subList(0, form.indexOf("Datum: 26/8\tUnderskrift: \tNamnförtydligande: Robert Gustav Karlsson\tOrganisation: AF"));
        for (boolean unsigned : List.of(false, true)) {
            List<String> rows = new ArrayList<>(above);
            rows.add("Datum:\tUnderskrift:\tNamnförtydligande:\tOrganisation:");
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < signers.length; i++) {
                boolean empty = unsigned && i == 3;
                String date = empty ? "" : signers[i][0];
                String name = empty ? "" : signers[i][1];
                rows.add(date + "\t" + name + "\t" + name + "\t" + signers[i][2]);
                cells.add("Datum: " + date + " Underskrift: " + name + " Namnförtydligande: " + name + " Organisation: " + signers[i][2]);
            }
            List<String> stacked = new ArrayList<>(above);
            stacked.add("Kommun\tArbetsförmedlingen\tFörsäkringskassan\tRegion Uppsala");
            stacked.add(String.join("\t", cells));
            List<String> byRow = WordStylesTest.findings(TestEngine.checker().check(
                    new InputFiles.Input(Files.write(dir.resolve("rows.txt"), rows), "rows.txt")));
            List<String> inCells = WordStylesTest.findings(TestEngine.checker().check(
                    new InputFiles.Input(Files.write(dir.resolve("cells.txt"), stacked), "cells.txt")));
            assertEquals(byRow, inCells);
            assertEquals(unsigned, byRow.stream().anyMatch(f -> f.startsWith("four-parties-signed/error")), String.join("\n", byRow));
        }
    }
}
