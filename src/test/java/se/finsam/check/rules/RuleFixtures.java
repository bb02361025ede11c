package se.finsam.check.rules;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import se.finsam.check.read.InputError;
import se.finsam.check.read.Node;
import se.finsam.check.read.TreeReader;

/**
 * The fixture files of src/test/resources/rule-fixtures: one file per rule id, a list of cases, each a document with the findings
 * of that rule it must produce (severity@line, the line in the fixture file).
 */
final class RuleFixtures {

    static final Path DIR = Path.of("src/test/resources/rule-fixtures");

    record Case(String rule, String name, List<String> expected, Node document, String source) {
        @Override
        public String toString() {
            return rule + ": " + name;
        }
    }

    private RuleFixtures() {
    }

    static List<String> ruleIds() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml"))
                    .map(n -> n.substring(0, n.length() - ".yaml".length())).sorted().toList();
        }
    }

    static List<Case> all() throws IOException, InputError {
        List<Case> cases = new ArrayList<>();
        for (String rule : ruleIds()) {
            cases.addAll(of(rule));
        }
        return cases;
    }

    static List<Case> of(String rule) throws IOException, InputError {
        Path file = DIR.resolve(rule + ".yaml");
        String source = file.toString();
        Node root;
        try (Reader in = Files.newBufferedReader(file)) {
            root = new TreeReader().read(source, in);
        }
        List<Case> cases = new ArrayList<>();
        for (Node c : root.fields().get("cases").items()) {
            List<String> expected = c.fields().get("expect").items().stream().map(n -> n.scalar().toString()).toList();
            cases.add(new Case(rule, c.fields().get("name").scalar().toString(), expected, c.fields().get("document"), source));
        }
        return cases;
    }
}
