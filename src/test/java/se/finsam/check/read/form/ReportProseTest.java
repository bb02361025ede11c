package se.finsam.check.read.form;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What report prose tells of vacancies and returns, sentence by sentence. */
class ReportProseTest {

    private final ReportProse prose = new ReportProse(FormLayout.builtIn());

    private List<String> vacancies(String text) {
        return prose.vacancies(List.of(new Sourced(text, 1))).stream()
                .map(v -> String.valueOf(((Sourced) ((Map<?, ?>) v).get("statement")).value())).toList();
    }

    @Test
    void aPostThatStayedEmptyIsAVacancy() {
        assertEquals(List.of("Tjänsten tillsattes aldrig på grund av rekryteringsproblem."),
                vacancies("Budgeten följdes. Tjänsten tillsattes aldrig på grund av rekryteringsproblem."));
        assertEquals(1, vacancies("Under hösten har vi haft lägre bemanning än planerat i teamet.").size());
    }

    @Test
    void aPostFilledAgainBySomeoneNewIsNoVacancy() {
        assertEquals(List.of(), vacancies("Coachen slutade i mars men ersattes av en ny coach i april."));
        assertEquals(List.of(), vacancies("Beslutades att SK:s uppdrag avslutas."), "'beslutades' holds no 'slutade'");
    }

    @Test
    void returnsWithTheirAmountOrThatNoneIsReturned() {
        List<Object> returns = prose.returns(List.of(new Sourced(
                "Vid LOKUS-möte 170929 beslutades att återföra 150 000 kr till förbundet. Inga medel kommer att återföras för 2016. "
                        + "Kunskap har återförts till gruppen.", 4)));
        assertEquals(2, returns.size(), "knowledge fed back is no money");
        assertEquals(150000L, ((Sourced) ((Map<?, ?>) returns.get(0)).get("amount")).value());
    }
}
