package se.finsam.check.read.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** rules/forms.yaml is read by the documents' own reader: every part, in the file's order, and a wrong key named. */
class FormLayoutTest {

    private static final String MINIMAL = """
            kinds:
              report: [slutrapport]
              plan: [verksamhetsplan, lokus-grupp område]
            headings:
              plan:
                area: [LOKUS-grupp område]
                goals: []
            goalHeadings:
              effect: [Effektmål]
            signatureLabels:
              date: [ort och datum]
            periodLabels:
              start: [startdatum]
            postLabels:
              extent: [tjänstgöringsgrad]
            vacancies:
              phrases:
                - 'tillsattes (aldrig|inte)'
                - '\\bslutade\\b'
              staff: [tjänst]
            returns:
              phrases: ['återbetal']
              none: [ingen återföring]
            budgetSums:
              total: [totalt]
            guidance: [beskriv, t.ex, fill in]
            """;

    private static FormLayout read(String text) {
        return FormLayout.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void everyPartIsReadInTheFilesOrder() {
        FormLayout layout = read(MINIMAL);
        assertEquals(List.of("report", "plan"), List.copyOf(layout.kinds().keySet()));
        assertEquals(List.of("verksamhetsplan", "lokus-grupp område"), layout.kinds().get("plan"));
        assertEquals(List.of("area", "goals"), List.copyOf(layout.headings().get("plan").keySet()));
        assertEquals(List.of(), layout.headings().get("plan").get("goals"));
        assertEquals(List.of("Effektmål"), layout.goalHeadings().get("effect"));
        assertEquals(List.of("ort och datum"), layout.signatureLabels().get("date"));
        assertEquals(List.of("startdatum"), layout.periodLabels().get("start"));
        assertEquals(List.of("tjänstgöringsgrad"), layout.postLabels().get("extent"));
        assertEquals(new FormLayout.Phrases(List.of("tillsattes (aldrig|inte)", "\\bslutade\\b"), List.of("tjänst"),
                List.of(), List.of(), List.of()), layout.vacancies());
        assertEquals(new FormLayout.Phrases(List.of("återbetal"), List.of(), List.of(), List.of(),
                List.of("ingen återföring")), layout.returns());
        assertEquals(List.of("totalt"), layout.budgetSums().get("total"));
        assertEquals(List.of("beskriv", "t.ex", "fill in"), layout.guidance());
    }

    /**
     * The guidance's openings are the file's words, each matched as whole words at the start of a text, forgiving
     * case: the Word and PDF readers' test of whether grey text is worded as guidance.
     */
    @Test
    void theGuidanceIsWordedInTheFileAndMatchedAsWholeWords() {
        var opening = Placeholders.opening(read(MINIMAL).guidance());
        assertEquals(List.of(true, true, true, false, false, false), List.of("beskriv här målen".matches(opening + ".*"),
                opening.matcher("t.ex. antal deltagare").lookingAt(), opening.matcher("fill in the table").lookingAt(),
                opening.matcher("beskrivningen följer").lookingAt(), opening.matcher("ange målen").lookingAt(),
                opening.matcher("målen beskriv").lookingAt()));
        assertEquals(List.of(true, true, false, false), List.of(
                Placeholders.isWordedAsGuidance("Beskriv här så utförligt som möjligt."),
                Placeholders.isWordedAsGuidance("OBS! Ta bort denna text."),
                Placeholders.isWordedAsGuidance("Observationer gjordes varje vecka."),
                Placeholders.isWordedAsGuidance("Texten skrevs av styrgruppen.")));
    }

    @Test
    void anUnknownKeyIsNamedWithItsLine() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> read(MINIMAL.replace("  staff: [tjänst]", "  staf: [tjänst]")));
        assertEquals(FormLayout.RESOURCE + ":20:9: unknown field \"staf\"; fields allowed here: money, none, "
                + "phrases, refilled, staff", e.getMessage());
    }

    @Test
    void aPartLeftOutIsNamed() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> read(MINIMAL.replace("budgetSums:\n  total: [totalt]\n", "")));
        assertEquals(FormLayout.RESOURCE + ":1:1: the field \"budgetSums\" is missing", e.getMessage());
    }

    @Test
    void aWordThatIsNoTextIsAnError() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> read(MINIMAL.replace("date: [ort och datum]", "date: [[ort, datum]]")));
        assertEquals(FormLayout.RESOURCE + ":11:10: /signatureLabels/date/0 must be text, but is a list",
                e.getMessage());
    }

    @Test
    void theBuiltInFileIsReadWhole() {
        FormLayout layout = FormLayout.builtIn();
        assertEquals(List.of("quarterly", "application", "report", "plan"), List.copyOf(layout.kinds().keySet()));
        assertEquals(12, layout.vacancies().phrases().size());
        assertEquals(7, layout.vacancies().refilled().size());
        assertEquals(List.of("beskriv", "ange", "skriv"), layout.guidance().subList(0, 3));
    }
}
