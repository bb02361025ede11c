package se.finsam.check.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.finsam.check.model.Document;
import se.finsam.check.model.Reading;
import se.finsam.check.read.DocumentReader;
import se.finsam.check.read.InputError;
import se.finsam.check.read.Node;
import se.finsam.check.read.Readings;
import se.finsam.check.read.TreeReader;

/**
 * The fixtures of a rule, {@code rules/fixtures/<rule-id>.yaml}: a list of cases, each a document and the
 * findings of that rule it must give (severity@line, the line in the fixture file). The tests run them; the rule
 * documentation quotes them as examples.
 */
public final class RuleFixtures {

    public static final String FOLDER = "rules/fixtures/";

    /**
     * One case: its document as a tree, the fixture text of that document, and the expected findings; readings,
     * when the case has them, say how a form reader read its values (the document is then one read from a form).
     */
    public record Case(String rule, String name, List<String> expected, Node document, String documentText,
                       String source, Map<String, Reading> readings) {
        @Override
        public String toString() {
            return rule + ": " + name;
        }

        /** The case's document, with the readings of a form when the case gives them. */
        public Document read() throws InputError {
            Document doc = new DocumentReader(source).read(document);
            if (readings != null) {
                Readings.apply(doc, readings);
            }
            return doc;
        }
    }

    private RuleFixtures() {
    }

    /** The cases of a rule, or an empty list when it has no fixture file. */
    public static List<Case> of(String rule) throws IOException, InputError {
        String source = FOLDER + rule + ".yaml";
        InputStream in = RuleFixtures.class.getClassLoader().getResourceAsStream(source);
        if (in == null) {
            return List.of();
        }
        String text;
        try (in) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Node root;
        try (Reader r = new StringReader(text)) {
            root = new TreeReader().read(source, r);
        }
        List<String> lines = Arrays.asList(text.split("\n", -1));
        List<Node> items = root.fields().get("cases").items();
        List<Case> cases = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Node c = items.get(i);
            Node doc = c.fields().get("document");
            int end = i + 1 < items.size() ? items.get(i + 1).position().line() - 1 : lines.size();
            List<String> expected = c.fields().get("expect").items().stream().map(n -> n.scalar().toString()).toList();
            cases.add(new Case(rule, c.fields().get("name").scalar().toString(), expected, doc,
                    excerpt(lines, doc.position().line(), end, doc.position().column()), source, readings(c)));
        }
        return cases;
    }

    /** A case's "readings: {/signatures/1: unreadable}", or null when it has none. */
    private static Map<String, Reading> readings(Node c) {
        Node r = c.fields().get("readings");
        if (r == null) {
            return null;
        }
        Map<String, Reading> readings = new LinkedHashMap<>();
        r.fields().forEach((pointer, value) ->
                readings.put(pointer, Reading.valueOf(value.scalar().toString().toUpperCase(Locale.ROOT))));
        return readings;
    }

    /** The lines of a case's document, without the indentation they have inside the fixture file. */
    private static String excerpt(List<String> lines, int from, int to, int column) {
        StringBuilder s = new StringBuilder();
        for (String line : lines.subList(from - 1, Math.min(to, lines.size()))) {
            if (!line.isBlank()) {
                s.append(line.length() >= column - 1 ? line.substring(column - 1) : line.strip()).append('\n');
            }
        }
        return s.toString();
    }
}
