package se.finsam.check.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import se.finsam.check.TestEngine;
import se.finsam.check.engine.RuleInfo;
import se.finsam.check.findings.Messages;
import se.finsam.check.output.RuleDocs;

/** The committed pages under docs/rules are what `rules --docs` makes today. */
class RuleDocsTest {

    private static final Path DOCS = Path.of("docs/rules");

    @Test
    void committedRulePagesAreUpToDate() throws Exception {
        RuleDocs docs = new RuleDocs(TestEngine.checker(), Messages.forLanguage("sv"));
        Set<String> expectedPages = new TreeSet<>();
        for (RuleInfo rule : TestEngine.rules().catalogue()) {
            String page = rule.id() + ".md";
            expectedPages.add(page);
            assertEquals(docs.page(rule), Files.readString(DOCS.resolve(page)),
                    page + " is out of date: run ./finsam-check rules --docs docs/rules --force");
        }
        try (Stream<Path> files = Files.list(DOCS)) {
            assertEquals(expectedPages, new TreeSet<>(files.map(p -> p.getFileName().toString()).toList()),
                    "docs/rules has a page for every rule and no other");
        }
    }
}
