package se.finsam.check.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Every separator style Swedish forms use for the same sum, and decimals that are decimals. */
class AmountsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1800000|1800000", "1 800 000|1800000", "1\u00a0800\u00a0000 kr|1800000", "1.800 000|1800000",
            "1.800.000 SEK|1800000", "1 800 000:-|1800000", "1,8 mkr|1800000", "1,8 miljoner kronor|1800000",
            "1800 tkr|1800000", "450.000|450000", "2,5 tkr|2500", "1.5 mkr|1500000", "Budgeten om 120 000 kr|120000",
            "600000 per år|600000"})
    void readsTheSumAsWritten(String written, long expected) {
        assertEquals(expected, Amounts.parse(written));
    }

    @Test
    void noAmountInText() {
        assertNull(Amounts.parse("Enligt schablon."));
    }
}
