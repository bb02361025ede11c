package se.finsam.check.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every way the sample forms write a date, read with 2016 as the year of context. */
class SwedishDatesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "2016-09-07|2016-09-07|false",
            "2016- 09-07|2016-09-07|false",
            "Tierp 2017/12/19|2017-12-19|false",
            "160923|2016-09-23|false",
            "Heby 180130|2018-01-30|false",
            "20160923|2016-09-23|false",
            "22/9-16|2016-09-22|false",
            "1/9-16|2016-09-01|false",
            "Sala 31/1-18|2018-01-31|false",
            "Uppsala 2/2-2018|2018-02-02|false",
            "Knivsta 8/12-2017|2017-12-08|false",
            "23/8 2016|2016-08-23|false",
            "Uppsala 25/1 -18|2018-01-25|false",
            "Uppsala den 30 januari 2018|2018-01-30|false",
            "Uppsala 31 januari 2018|2018-01-31|false",
            "22/9|2016-09-22|true",
            "Uppsala 22/12|2016-12-22|true",
            "26/8|2016-08-26|true"})
    void readsTheDatesOfTheForms(String written, String expected, boolean fromContext) {
        SwedishDates.Read read = SwedishDates.read(written, 2016).orElseThrow();
        assertEquals(expected, read.date().toString());
        assertEquals(fromContext, read.yearFromContext());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"31/2-17", "2016-13-45", "Underskrift", "Dnr 2016:39 ingen dag", "–"})
    void doesNotGuess(String written) {
        assertEquals(Optional.empty(), SwedishDates.read(written, 2016));
    }

    /** A signature's day: none where the text is a period, its first date followed by a dash and another. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "170101 - 181231|",
        "2017-01-01 – 2017-12-31|",
        "2017-01-01 - 2017-12-31|",
        "2016-08-31|2016-08-31",
        "Uppsala 2016-08-31 - Lena Winterbom|2016-08-31",
        "31/1-18|2018-01-31",
    })
    void aPeriodIsNoDay(String text, String day) {
        assertEquals(Optional.ofNullable(day), SwedishDates.day(text, 2017).map(r -> r.date().toString()));
    }
}
