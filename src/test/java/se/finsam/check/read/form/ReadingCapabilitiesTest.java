package se.finsam.check.read.form;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.finsam.check.TestEngine;
import se.finsam.check.edition.Editions;
import se.finsam.check.facts.Understood;
import se.finsam.check.findings.Finding;
import se.finsam.check.findings.Messages;
import se.finsam.check.model.Document;
import se.finsam.check.model.Reading;

/**
 * Each general capability of the form reader (issue 14) on a layout of its own, written here: values above,
 * below and beside their labels and inside the label's cell, label wordings, rows that are no signature, the party
 * by elimination, the year of a year-less date from the form's own time, questions inside a paragraph – and how
 * sure the reader is of each value, which decides between an error and a warning.
 */
class ReadingCapabilitiesTest {

    private final Editions editions = Editions.builtIn();

    private static final String PLAN_QUESTIONS = String.join("\n",
            "Verksamhetsplan 2017",
            "LOKUS-grupp område: Sala",
            "Vilka mål har LOKUS-gruppen för arbetet 2017?",
            "Tio gemensamma ärenden.",
            "Vilka målgrupper kommer LOKUS-gruppen att prioritera under 2017?",
            "Unga vuxna.",
            "Har prioriteringen påverkats utifrån olika behov hos män och kvinnor?",
            "Ja, kvinnorna får fler praktikplatser.",
            "Vilka strukturområden kommer LOKUS-gruppen att prioritera under 2017?",
            "Övergångar.",
            "Vilka specifika kompetenshöjande insatser kommer LOKUS-gruppen att prioritera under 2017?",
            "En utbildningsdag.",
            "");

    private static final String REPORT_QUESTIONS = String.join("\n",
            "Slutrapport - samverkansinsatser inom samordningsförbundet",
            "Insatsens namn: Steget",
            "Insatsägare/Samverkansparter",
            "1. Organisation: Sala kommun, Kontaktperson: Ada Berg",
            "2. Organisation: Arbetsförmedlingen, Kontaktperson: Bo Lind",
            "3. Organisation: Försäkringskassan, Kontaktperson: Cia Holm",
            "4. Organisation: Region Uppsala, Kontaktperson: Dan Ek",
            "Beskriv syftet med insatsen: Samordnat stöd.",
            "Beskriv bakgrunden till/behovet av insatsen: Många parter.",
            "Har detta behov förändrats i och med insatsens genomförande? Ja, något.",
            "Påverkas utfall/resultat av ett jämställdhetsperspektiv? Nej, fördelningen var jämn mellan könen.",
            "Insatstid: Startdatum: 170101 Slutdatum: 171231",
            "Beskriv målgrupp för insatsen: Unga vuxna.",
            "Beskriv metod/metoder ni använt och aktiviteter som skett: Samtal.",
            "Beskriv uppföljning och utvärdering av målen: Varje kvartal.",
            "Beskriv hur insatsen kommer att implementeras: I ordinarie verksamhet.",
            "Redogör för utfall av budget/finansiering: Enligt plan.",
            "Beskriv tillvaratagna erfarenheter och lärdomar från insatsen: Tidiga samtal.",
            "");

    /** What the interpretation understood of the documents read (their signatures' parties). */
    private final Understood understood = new Understood();

    private Document read(String text) throws Exception {
        Document d = new FormParser(FormLayout.builtIn(), editions).parse(TextForm.read("form.txt", text)).document("form.txt");
        understood.add(d, editions.get(d.getEdition()).orElseThrow());
        return d;
    }

    private List<String> signers(Document d) {
        return d.getSignatures().stream().map(s -> understood.party(s) + "|" + s.getName() + "|" + s.getDate()).toList();
    }

    private static List<String> findings(Document d, String rule) {
        // the text export shows no handwriting in these layouts: that info is not what these tests are about
        return TestEngine.checker().check(d).findings().stream().filter(f -> f.rule().equals(rule))
                .filter(f -> !f.messageKey().equals("four-parties-signed.not-visible")).map(f -> f.severity().id() + " " + f.messageKey()).sorted().toList();
    }

    @Test
    void valuesOnTheLineAboveTheirLabels() throws Exception {
        Document d = read(PLAN_QUESTIONS + String.join("\n",
                "Sala 20160830", "Ort och datum", "<i>Ada Berg</i>", "Underskrift", "Ada Berg", "Namnförtydligande",
                "Sala kommun", "Organisation", ""));
        assertEquals(List.of("kommun|Ada Berg|2016-08-30"), signers(d));
        assertEquals(Reading.PLAIN, d.getSignatures().get(0).getReading());
    }

    @Test
    void valuesBelowTheirLabelsAndBesideThemInEitherColumn() throws Exception {
        Document d = read(PLAN_QUESTIONS + String.join("\n",
                "Ort och datum", "Sala 2016-08-29", "Underskrift", "<i>Ada Berg</i>", "Namnförtydligande", "Ada Berg",
                "Organisation", "Sala kommun", "",
                "Sala 2016-08-30\tOrt och datum", "Bo Lind\tNamnförtydligande", "Arbetsförmedlingen\tOrganisation", ""));
        assertEquals(List.of("kommun|Ada Berg|2016-08-29", "arbetsformedlingen|Bo Lind|2016-08-30"), signers(d));
    }

    @Test
    void anOrganisationBeforeTheLabelAndTheNameAfterIt() throws Exception {
        Document d = read(REPORT_QUESTIONS + String.join("\n",
                "Underskrifter",
                "Ort och datum\tSala 2018-01-10",
                "Sala kommun Insatsägare (namn) Ada B.",
                "Insatsägare (namnförtydligande)\tAda Berg",
                "",
                "Uppsala 2018-01-11 Ort och datum",
                "Region Uppsala Samverkanspart (namn) D. Ek",
                "Samverkanspart (namnförtydligande)\tDan Ek", ""));
        assertEquals(List.of("kommun|Ada Berg|2018-01-10", "region|Dan Ek|2018-01-11"), signers(d));
    }

    @Test
    void labelsWordedReorderedRunTogetherOrSplit() throws Exception {
        Document d = read(PLAN_QUESTIONS + String.join("\n",
                "Datum och ort\tSala 2016-08-29", "Namn förtydligande\tAda Berg", "Organisation och ort\tSala kommun, Sala", "",
                "Ortochdatum\tHeby 2016-08-30", "Namnförtydligande\tBo Lind", "Myndighet\tArbetsförmedlingen", "",
                "Datum, ort: Uppsala 2016-08-31", "Namnförtydligande: Cia Holm", "Organisatlon: Försäkringskassan", ""));
        assertEquals(List.of("kommun|Ada Berg|2016-08-29", "arbetsformedlingen|Bo Lind|2016-08-30",
                "forsakringskassan|Cia Holm|2016-08-31"), signers(d));
    }

    @Test
    void contactRowsTitlesAndRowsOfPlaceNamesSignNothing() throws Exception {
        Document d = read(PLAN_QUESTIONS + String.join("\n",
                "Datum\tUnderskrift\tNamnförtydligande\tOrganisation",
                "2016-08-30\t<i>Ada Berg</i>\tAda Berg\tSala kommun",
                "E-post: ada.berg@sala.se\tTel: 0224-74 70 00",
                "Mobil 070-123 45 67",
                "Sala\tHeby\tTierp",
                "",
                "Verksamhetsplan 2017 LOKUS Sala",
                "Sala\tVåla\tMöklinta", ""));
        assertEquals(List.of("kommun|Ada Berg|2016-08-30"), signers(d));
    }

    @Test
    void theLastSignerSignsForTheOnePartnerLeft() throws Exception {
        Document d = read(REPORT_QUESTIONS + String.join("\n",
                "Underskrifter",
                "Datum: 2018-01-10\tNamnförtydligande: Ada Berg\tOrganisation: Sala kommun",
                "Datum: 2018-01-11\tNamnförtydligande: Bo Lind\tOrganisation: Arbetsförmedlingen",
                "Datum: 2018-01-12\tNamnförtydligande: Cia Holm\tOrganisation: Försäkringskassan",
                "Datum: 2018-01-15\tNamnförtydligande: Eva Sand\tOrganisation:", ""));
        assertEquals(List.of("kommun|Ada Berg|2018-01-10", "arbetsformedlingen|Bo Lind|2018-01-11",
                "forsakringskassan|Cia Holm|2018-01-12", "region|Eva Sand|2018-01-15"), signers(d));
        assertEquals(Reading.INFERRED, understood.partyReading(d.getSignatures().get(3)));
        assertEquals(List.of("info four-parties-signed.by-elimination"), findings(d, "four-parties-signed"));
    }

    @Test
    void aYearLessDateTakesItsYearFromTheInsatstid() throws Exception {
        Document d = read(REPORT_QUESTIONS + String.join("\n",
                "Underskrifter",
                "Datum: Sala 20/12\tNamnförtydligande: Ada Berg\tOrganisation: Sala kommun",
                "Datum: Uppsala 8/1\tNamnförtydligande: Bo Lind\tOrganisation: Arbetsförmedlingen", ""));
        assertEquals(List.of("kommun|Ada Berg|2017-12-20", "arbetsformedlingen|Bo Lind|2018-01-08"),
                signers(d).subList(0, 2));
        assertEquals(Reading.INFERRED, d.getSignatures().get(0).getDateReading());
    }

    @Test
    void questionsInsideAnotherAnswersParagraph() throws Exception {
        Document plan = read(PLAN_QUESTIONS.replace("Unga vuxna.\nHar prioriteringen påverkats utifrån olika behov hos "
                + "män och kvinnor?\nJa, kvinnorna får fler praktikplatser.", "Unga vuxna som saknar betyg. Har "
                + "prioriteringen påverkats av olika behov hos män och kvinnor? Nej, inte i år – underlaget är för litet."));
        assertEquals("Unga vuxna som saknar betyg.", plan.getAnswers().get("targetGroups").getText());
        assertEquals("Nej, inte i år – underlaget är för litet.", plan.getAnswers().get("gender").getText());
        Document report = read(REPORT_QUESTIONS.replace("Beskriv bakgrunden till/behovet av insatsen: Många parter.\n"
                + "Har detta behov förändrats i och med insatsens genomförande? Ja, något.",
                "Beskriv bakgrunden till/behovet av insatsen: Många parter. Har detta behov förändrats i och med "
                + "insatsens genomförande? Ja, något."));
        assertEquals("Många parter.", report.getAnswers().get("background").getText());
        assertEquals("Ja, något.", report.getAnswers().get("needChanged").getText());
    }

    @Test
    void aQuestionNotFoundOnTheFormIsAWarningAFoundEmptyAnswerAnError() throws Exception {
        Document missing = read(PLAN_QUESTIONS.replace("Har prioriteringen påverkats utifrån olika behov hos män och "
                + "kvinnor?\nJa, kvinnorna får fler praktikplatser.\n", ""));
        assertEquals(List.of("warning gender-perspective.not-found"), findings(missing, "gender-perspective"));
        Document empty = read(PLAN_QUESTIONS.replace("Ja, kvinnorna får fler praktikplatser.", ""));
        assertEquals(List.of("error gender-perspective.missing"), findings(empty, "gender-perspective"));
    }

    @Test
    void aBlockWithoutADateLabelIsUnreadableAndGivesAWarningNotAnError() throws Exception {
        Document d = read(PLAN_QUESTIONS + String.join("\n",
                "Datum: 2016-08-29\tNamnförtydligande: Ada Berg\tOrganisation: Sala kommun",
                "Datum: 2016-08-30\tNamnförtydligande: Bo Lind\tOrganisation: Arbetsförmedlingen",
                "Datum: 2016-08-30\tNamnförtydligande: Cia Holm\tOrganisation: Försäkringskassan",
                "",
                "Samverkanspart (Region Uppsala)\tDan Ek", ""));
        assertEquals(Reading.UNREADABLE, d.getSignatures().get(3).getReading());
        assertEquals(List.of("warning four-parties-signed.incomplete-unreadable"), findings(d, "four-parties-signed"));
    }

    @Test
    void aDateMissingUnderItsLabelIsAnErrorThatSaysSoWithoutNull() throws Exception {
        Document d = read(PLAN_QUESTIONS + String.join("\n",
                "Datum: 2016-08-29\tNamnförtydligande: Ada Berg\tOrganisation: Sala kommun",
                "Datum: 2016-08-30\tNamnförtydligande: Bo Lind\tOrganisation: Arbetsförmedlingen",
                "Datum: 2016-08-30\tNamnförtydligande: Cia Holm\tOrganisation: Försäkringskassan",
                "Datum:\tNamnförtydligande: Dan Ek\tOrganisation: Region Uppsala", ""));
        Finding f = TestEngine.checker().check(d).findings().stream()
                .filter(x -> x.messageKey().equals("four-parties-signed.incomplete")).findFirst().orElseThrow();
        assertEquals("Underskriften från Region Uppsala är ofullständig: datum saknas, namn ”Dan Ek”. Komplettera "
                + "med både datum och namnförtydligande.", Messages.forLanguage("sv").message(f));
    }
}
