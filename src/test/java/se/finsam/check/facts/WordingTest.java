package se.finsam.check.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.params.provider.CsvSource;

/** What counts as a measurable result goal, and as a bare yes or no, case and position of the words included. */
class WordingTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "Uppfylld verksamhetsplan | false",
        "Förbättrad samverkan under 2017 | false",      // a year alone is no quantity
        "25 personer per år | true",
        "Mätning av 100 % av Lotsärenden. | true",
        "Minst 40 procent i arbete | true",
        "Vid mätning 17-12-31 har stöd getts | true",
        "Klart 2018-06-01 | true",
        "Klart senast 31/12 | true",
        "Klart 1 JUNI 2018 | true",                      // month names in any case
        "Uppnått December 2017 | true",
        "minst FEMTON individer | true",                 // number words in any case
        "Åtta deltagare | true",
        "Tjugoen deltagare | false",                     // only whole number words
        "3,5 årsarbetare | true",
        "Höjd med -15 | false",                           // a number after a dash is not counted (as before)
        "Höjd med -15 % | true",
        "12.345 % av alla | true",
        "Version 2.2017 | true",
        "- | false",
    })
    void measurable(String goal, boolean expected) {
        assertEquals(expected, Wording.isMeasurable(goal));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "Nej | true",
        "Ja. | true",
        "NEJ, inte i dagsläget | true",
        "Nej, men vi analyserar lotsärenden per kön varje kvartal | false",
        "Analys per kön av lotsärenden | false",
        "  – nej! | true",                                   // the first word after what is not a word
        "Nejlikor i fönstret | false",                      // a word that begins like a no is not one
        "ja ja ja ja ja | false",
        "… | false",
    })
    void bareYesNo(String answer, boolean expected) {
        assertEquals(expected, Wording.isBareYesNo(answer));
    }

    /** Long runs of digits are judged in linear time (after a dash every start inside the run used to be tried). */
    @ParameterizedTest
    @ValueSource(strings = {"-", ".", "", "x "})
    void longRunsOfDigitsAreJudgedQuickly(String before) {
        String goal = before + "9".repeat(200_000);
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> Wording.isMeasurable(goal));
    }
}
