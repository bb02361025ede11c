package se.finsam.check.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import org.junit.jupiter.api.Test;
import se.finsam.check.model.Position;

/** Every value keeps where it was written: a JSON pointer (RFC 6901) and its line and column. */
class TreeReaderTest {

    @Test
    void pointersEscapeSlashAndTildeInKeys() throws InputError {
        Node root = new TreeReader().read("plan.json", new StringReader(
                "{\"answers\": {\n  \"plain\": \"a\",\n  \"a/b~c\": \"b\"\n}, \"list\": [1, {\"k\": 2}]}"));
        Node answers = root.fields().get("answers");
        assertEquals(new Position("/answers/plain", 2, 12), answers.fields().get("plain").position());
        assertEquals(new Position("/answers/a~1b~0c", 3, 12), answers.fields().get("a/b~c").position());
        assertEquals("/list/1/k", root.fields().get("list").items().get(1).fields().get("k").position().pointer());
    }

    /**
     * A character beyond U+FFFF (an emoji) is read wherever it falls, also across the YAML reader's 1024-character
     * buffer (SnakeYAML 2.3 refused such a file: "Range [1024, 1024 + 1) out of bounds"; found by DocumentsFuzzTest).
     */
    @Test
    void anEmojiIsReadWhereverItFalls() throws InputError {
        for (int pad = 1000; pad < 1030; pad++) {
            String area = "x".repeat(pad) + "😀";
            for (String text : new String[] {"area: \"" + area + "\"\n", "area: " + area + "\n"}) {
                assertEquals(area, new TreeReader().read("plan.yaml", new StringReader(text)).fields().get("area").scalar(), text);
            }
        }
    }
}
