package se.finsam.check.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The desk says everything in both languages, and each text is a pattern that formats. */
class WebTextTest {

    private static Properties load(String lang) throws Exception {
        Properties p = new Properties();
        try (InputStream in = WebText.class.getResourceAsStream("desk_" + lang + ".properties")) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void swedishAndEnglishHaveTheSameKeys() throws Exception {
        Properties sv = load("sv");
        Properties en = load("en");
        assertEquals(new TreeSet<>(sv.stringPropertyNames()), new TreeSet<>(en.stringPropertyNames()));
        for (String key : sv.stringPropertyNames()) {
            for (String lang : new String[] {"sv", "en"}) {
                String text = WebText.of(lang).get(key, 1, 2, 3, 4, 5);
                assertTrue(!text.isBlank() && !text.contains("{"), lang + " " + key + ": " + text);
            }
        }
        assertEquals("Granska inkomna handlingar", WebText.of("sv").get("page.title"));
        assertEquals("Granska inkomna handlingar", WebText.of("xx").get("page.title"), "Swedish unless English");
        assertEquals("Check the forms received", WebText.of("en").get("page.title"));
    }
}
