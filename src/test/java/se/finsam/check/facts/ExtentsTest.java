package se.finsam.check.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.params.provider.CsvSource;
import se.finsam.check.model.ExtentShape;

/** The extent of a post as written in the resource column. */
class ExtentsTest {

    @ParameterizedTest(name = "{0} → {1} {2}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
        "Samverkanskoordinator 50 % | SINGLE | 50.0",
        "Lots 75 PROCENT | SINGLE | 75.0",
        "Lots 37,5% | SINGLE | 37.5",
        "Coach 50+40% | SUM | 90.0",
        "Coach 50 % + 40 % | SUM | 90.0",
        "Coach 50-75 % | RANGE | null",
        "Coach 50 – 75 procent | RANGE | null",
        "Övriga kostnader | NONE | null",
        "Lokal 2017 | NONE | null",
        "Coach 2,50+40% | SUM | 42.5",
        "Coach 1,5,5+2% | SUM | 7.5",
        "Coach 5.150 + 40 % | SUM | 45.15",
        "Coach 12345678901234567890% | SINGLE | 1.2345678901234567E19",
        "Lots 1.2.3 % | SINGLE | 2.3",
        "null | NONE | null",
    })
    void read(String written, ExtentShape shape, Double percent) {
        assertEquals(new Extents.Extent(shape, percent), Extents.read(written));
    }

    /** Long runs of digits or spaces are read in linear time (a 36 000-digit resource name took minutes). */
    @ParameterizedTest
    @ValueSource(strings = {"9", "1 ", "1  +", "50+", "1,1", " "})
    void longRunsAreReadQuickly(String unit) {
        String written = "1" + unit.repeat(200_000 / unit.length()) + "x";
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> Extents.read(written));
    }
}
