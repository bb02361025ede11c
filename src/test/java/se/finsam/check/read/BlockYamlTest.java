package se.finsam.check.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The block-style reader gives exactly the tree of the full YAML parser – every value, its type, how it was written
 * and its position – or leaves the text to it: compared side by side on the samples, the rule fixtures and texts
 * at the edges of what it reads.
 */
class BlockYamlTest {

    private final TreeReader full = new TreeReader();

    /** The tree as text: pointer, line, column, type, value's class and value, and how it was written. */
    private static String dump(Node n) {
        StringBuilder s = new StringBuilder();
        dump(n, s);
        return s.toString();
    }

    private static void dump(Node n, StringBuilder s) {
        s.append(n.position()).append(' ').append(n.type());
        switch (n.type()) {
            case MAP -> {
                s.append(" {\n");
                for (Map.Entry<String, Node> f : n.fields().entrySet()) {
                    s.append(f.getKey()).append(": ");
                    dump(f.getValue(), s);
                }
                s.append("}\n");
            }
            case LIST -> {
                s.append(" [\n");
                n.items().forEach(i -> dump(i, s));
                s.append("]\n");
            }
            default -> s.append(' ').append(n.scalar() == null ? "" : n.scalar().getClass().getSimpleName())
                    .append(" <").append(n.scalar()).append("> written <").append(n.text()).append(">\n");
        }
    }

    /** Read by the block reader (when read says so), and the same tree as the full parser's. */
    private void same(String text, boolean read) throws InputError {
        Node block = BlockYaml.read(text);
        if (read) {
            assertNotNull(block, () -> "not read by the block reader:\n" + text);
        }
        if (block != null) {
            assertEquals(dump(full.readFully("t.yaml", text)), dump(block), text);
        }
    }

    @Test
    void theSamplesAndFixturesReadAsTheFullParserReadsThem() throws IOException, InputError {
        List<Path> files;
        try (Stream<Path> samples = Files.list(Path.of("testdata/samples"));
             Stream<Path> fixtures = Files.list(Path.of("rules/fixtures"))) {
            files = Stream.concat(samples, fixtures).filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        int read = 0;
        for (Path f : files) {
            String text = Files.readString(f);
            same(text, f.startsWith("testdata"));
            same(text.replace("\n", "\r\n"), f.startsWith("testdata")); // as saved on Windows
            read += BlockYaml.read(text) != null ? 1 : 0;
        }
        assertEquals(9, files.stream().filter(f -> f.startsWith("testdata")).count());
        assertEquals(true, read >= 9, "samples read by the block reader: " + read);
    }

    /** Read at every start: the block reader reads them, so that a run of plain YAML loads no SnakeYAML class. */
    @Test
    void theBuiltInEditionsAndFormVocabularyAreReadByTheBlockReader() throws IOException, InputError {
        for (String f : List.of("rules/editions.yaml", "rules/forms.yaml")) {
            same(Files.readString(Path.of(f)), true);
        }
    }

    @Test
    void scalarsAreTypedAndPlacedAsByTheFullParser() throws InputError {
        same("kind: plan\nedition: 2017\nshare: 0.5\nno: no\nyes: Yes\nt: true\nf: FALSE\nn: null\ntilde: ~\n"
                + "date: 2016-09-26\nneg: -12\nexp: 1e3\nbig: 123456789012345678901234\nlead: 0017\n", true);
        same("a: text with: colon inside\n", false);
        same("a: 'it''s quoted'   # comment\nb: \"double\"\nc: plain # a comment\nd: a#b\ne:   spaced   \n", true);
        same("a: \"with \\\"escape\\\"\"\n", false);
        same("a: 'two\n  lines'\n", false);
        same("a: plain\n  continued\n", false);
        same("a: plain\n\n  continued after a blank line\n", false);
        same("a: 0x7E1\n", false);
        same("a:\nb: 1\n", false);
        same("a: [1, 'two', x y]\nb: {c: 1, d: \"q\"}   # comment\ne: []\nf: {}\n- x: {start: 2016-01-01}\n", false);
        same("a: [1, 'two', x y]\nb: {c: 1, d: \"q\"}   # comment\ne: []\nf: {}\ng:\n  - {start: 2016-01-01}\n", true);
        same("a: [1, [2]]\n", false);
        same("a: {b: {c: 1}}\n", false);
        same("a: [1,\n  2]\n", false);
        same("a: [1, 2,]\n", false);
        same("a: {b: 1, b: 2}\n", false);
        same("a: {b: 1}x\n", false);
        same("a: [x:y]\n", false);
        same("a: &x 1\nb: *x\n", false);
        same("a: !!str 1\n", false);
        same("a: >\n  folded\n", false);
        same("a: 1\na: 2\n", false);
        same("a:\tb\n", false);
        same("---\na: 1\n", false);
        same("a: 1\n...\n", false);
        same("\"quoted key\": 1\n", false);
        same("a: 😀\n", false);
        same("a: -\n", false);
        same("a: - b\n", false);
        same("a: b: c\n", false);
        same("a: b:\n", false);
        same("a: 1", true);
    }

    @Test
    void collectionsAreNestedAndPlacedAsByTheFullParser() throws InputError {
        same("# head\n\nanswers:\n  goals: g\n  # between\n  gender: Nej\nresources:\n  - resource: A\n"
                + "    cost: 1\n  -   resource: B\n      cost: 2\n  - plain item\n  -\n    nested: map\n"
                + "  -\n    - deep\nsignatures:\n- name: indentless\n  date: 2016-08-30\n- second\nlast: 1\n", true);
        same("a:\n  - x\n  -\n  - y\n", false); // a null item
        same("a:\n  b: 1\n   c: 2\n", false);
        same("a:\n  - x\n - y\n", false);
        same("a:\n  -x\n", false);
        same(" a: 1\n", false);
        same("- a\n- b\n", false);
        same("plain\n", false);
        same("", false);
        same("# only a comment\n", false);
        StringBuilder deep = new StringBuilder();
        for (int i = 0; i < 70; i++) {
            deep.append("  ".repeat(i)).append("k:\n");
        }
        same(deep.append("  ".repeat(70)).append("v: 1\n").toString(), false);
    }

    @Test
    void literalBlocksKeepTheirLinesAsByTheFullParser() throws InputError {
        same("a: |\n  one\n  two\n\n    indented\n  # not a comment\nb: |-\n  stripped\n\n\nc: | # comment\n"
                + "    deeper\nd: |\n\n  after an empty line\n  \ne: 1\n", true);
        same("list:\n  - |\n    item text\n  - k: |\n      in a map\n    j: 2\n", true);
        same("a: >\n  folded\n  lines\n\n  new paragraph\nb: >-\n  stripped\n  too\nc: >\n\n\n  after empty lines\n", true);
        same("a: >\n  folded\n    more indented\n", false);
        same("a: >\n  trailing space \n  x\n", false);
        same("a: |+\n  kept\n\n", false);
        same("a: |2\n   indicated\n", false);
        same("a: |\n  no final break", false);
        same("a: |\n    \n  less\n", false);
        same("a: |\nb: 1\n", false);
        same("a: |\n  text\n   \n", false);
        same("a: | x\n  text\n", false);
    }

    @Test
    void aDocumentLongerThanTheReadersFirstBufferIsReadWholeByEitherReader() throws InputError {
        String text = "kind: plan\nanswers:\n  goals: |\n"
                + "    en rad lång nog att fylla bufferten – flera gånger om, med tecken utanför Latin-1\n".repeat(400)
                + "area: Heby\n"; // some 36 000 characters: the reader's array grows three times
        Node block = new TreeReader().read("t.yaml", new StringReader(text));
        assertEquals(dump(full.readFully("t.yaml", text)), dump(block));
        assertEquals("Heby", block.fields().get("area").scalar());
        String beyond = "# a tab:\t\n" + text; // handed to the full parser, from the same array
        assertNull(BlockYaml.read(beyond));
        assertEquals(dump(full.readFully("t.yaml", beyond)), dump(new TreeReader().read("t.yaml", new StringReader(beyond))));
    }

    @Test
    void theTreeReaderTakesTheBlockReaderAndStillRefusesWhatTheFullParserRefuses() throws InputError {
        assertEquals("plan", new TreeReader().read("p.yaml", new StringReader("kind: plan\n")).fields().get("kind").scalar());
        InputError duplicate = org.junit.jupiter.api.Assertions.assertThrows(InputError.class,
                () -> new TreeReader().read("p.yaml", new StringReader("a: 1\na: 2\n")));
        assertEquals("input.duplicateKey", duplicate.key());
        assertEquals(2, duplicate.line());
        assertNull(BlockYaml.read("a: 1\na: 2\n"));
    }
}
