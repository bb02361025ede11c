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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.finsam.check.model.Document;
import se.finsam.check.model.Reading;
import se.finsam.check.read.DocumentReader;
import se.finsam.check.read.InputError;
import se.finsam.check.read.Node;
import se.finsam.check.read.Readings;
import se.finsam.check.read.TreeReader;

/**
 * The fixtures of a rule, {@code rules/fixtures/<rule-id>.yaml}: a list of cases, each a set of documents checked
 * together as one run (a report with its plan), and the findings of that rule the run must give. A finding is
 * written {@code severity@line}, or {@code severity@document:line} in a case of several documents (documents
 * counted from 1; without one, the last), the line counted from the first line of that document; or as a map
 * {@code {finding: severity@document:line, args: [...]}}, which also gives the message's arguments as the JSON
 * format shows them. A case may say how a form reader read its last document, {@code readings: {/signatures/1:
 * unreadable}}. The tests run the cases; the rule documentation quotes them as examples.
 */
public final class RuleFixtures {

    public static final String FOLDER = "rules/fixtures/";
    private static final Pattern FINDING = Pattern.compile("(error|warning|info)@(?:(\\d+):)?(\\d+)");

    /** One expected finding: its severity, the document (from 0), the line in it, and the arguments (null: any). */
    public record Expected(String severity, int document, int line, List<String> args) {

        /** As the fixture writes it: severity@document:line, documents counted from 1, then the arguments. */
        @Override
        public String toString() {
            return severity + "@" + (document + 1) + ":" + line + (args == null ? "" : " " + args);
        }
    }

    /**
     * One case: its documents as trees, the fixture text of each, and the expected findings; readings, when the
     * case has them, say how a form reader read the values of its last document (which is then one read from a form).
     */
    public record Case(String rule, String name, List<Expected> expected, List<Node> documents, List<String> texts,
                       String source, Map<String, Reading> readings) {

        /** The source each document of the case is checked as: the case's documents are told apart by it. */
        public String sourceOf(int document) {
            return "document-" + (document + 1);
        }

        /** The document (from 0) a result's source names. */
        public int documentOf(String source) {
            return Integer.parseInt(source.substring("document-".length())) - 1;
        }

        /** The case's documents, read as the checker reads a structured file, with the readings of a form if given. */
        public List<Document> read() throws InputError {
            List<Document> read = new ArrayList<>();
            for (int d = 0; d < documents.size(); d++) {
                read.add(new DocumentReader(sourceOf(d)).read(documents.get(d)));
            }
            if (readings != null) {
                Readings.apply(read.get(read.size() - 1), readings);
            }
            return read;
        }

        /** A finding's line counted from the first line of its document, as {@code expect} writes it. */
        public int lineInCase(int document, int line) {
            return line <= 0 ? line : line - documents.get(document).position().line() + 1;
        }

        @Override
        public String toString() {
            return rule + ": " + name;
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
            List<Node> docs = c.fields().get("documents").items();
            int caseEnd = i + 1 < items.size() ? items.get(i + 1).position().line() - 1 : lines.size();
            List<String> texts = new ArrayList<>();
            for (int d = 0; d < docs.size(); d++) {
                int end = d + 1 < docs.size() ? docs.get(d + 1).position().line() - 1 : caseEnd;
                texts.add(excerpt(lines, docs.get(d).position().line(), end, docs.get(d).position().column()));
            }
            List<Expected> expected = new ArrayList<>();
            for (Node e : c.fields().get("expect").items()) {
                expected.add(expected(source, e, docs.size()));
            }
            cases.add(new Case(rule, c.fields().get("name").scalar().toString(), expected, docs, texts, source,
                    readings(c)));
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

    private static Expected expected(String source, Node e, int documents) throws InputError {
        Node finding = e.type() == Node.Type.MAP ? e.fields().get("finding") : e;
        Matcher m = FINDING.matcher(finding == null ? "" : String.valueOf(finding.scalar()));
        if (!m.matches()) {
            throw new InputError(source, e.position().line(), e.position().column(), "fixtures.finding");
        }
        int document = m.group(2) == null ? documents - 1 : Integer.parseInt(m.group(2)) - 1;
        List<String> args = null;
        if (e.type() == Node.Type.MAP && e.fields().get("args") != null) {
            args = e.fields().get("args").items().stream().map(a -> String.valueOf(a.scalar())).toList();
        }
        return new Expected(m.group(1), document, Integer.parseInt(m.group(3)), args);
    }

    /** The lines of a document, without the indentation they have inside the fixture file. */
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
