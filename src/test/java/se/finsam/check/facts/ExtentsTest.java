package se.finsam.check.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
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
        "null | NONE | null",
    })
    void read(String written, ExtentShape shape, Double percent) {
        assertEquals(new Extents.Extent(shape, percent), Extents.read(written));
    }
}
