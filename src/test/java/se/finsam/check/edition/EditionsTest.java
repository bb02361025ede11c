package se.finsam.check.edition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The editions file as the program reads it, and what whoever edits it is told when it is wrong. */
class EditionsTest {

    private static String builtInText() throws IOException {
        try (InputStream in = Editions.class.getClassLoader().getResourceAsStream(Editions.RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Editions read(String text) {
        return Editions.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theBundledFileGivesThe2017Parameters() {
        Edition e = Editions.builtIn().get(2017).orElseThrow();
        assertEquals(LocalDate.of(2016, 9, 1), e.getDeadline());
        assertEquals(2017, e.getPlanYear());
        assertEquals(600000, e.getSchablon());
        assertEquals(4, e.getParties().size());
    }

    @Test
    void anUnknownKeyIsToldWithItsLine() throws IOException {
        String text = builtInText().replace("    planYear: 2017", "    planYear: 2017\n    planyear: 2017");
        int line = (int) text.lines().takeWhile(l -> !l.startsWith("    planyear")).count() + 1;
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> read(text));
        assertTrue(e.getMessage().startsWith(Editions.RESOURCE + ":" + line + ":"), e.getMessage());
        assertTrue(e.getMessage().contains("unknown field \"planyear\""), e.getMessage());
    }

    @Test
    void aParameterLeftOutIsToldByName() throws IOException {
        String text = builtInText().replaceAll("(?m)^    deadline: .*\\n", "");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> read(text));
        assertTrue(e.getMessage().contains("the field \"deadline\" is missing"), e.getMessage());
    }
}
