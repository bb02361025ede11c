package se.finsam.check.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.finsam.check.TestEngine;
import se.finsam.check.engine.RuleFixtures;
import se.finsam.check.findings.DocumentResult;
import se.finsam.check.findings.Finding;
import se.finsam.check.findings.Messages;
import se.finsam.check.year.Links;

/**
 * Every case of every rule's fixture file, its documents checked together as one run, gives exactly the findings of
 * that rule it lists: severity, document, line in the document and, where the case gives them, the arguments.
 */
class RuleFixturesTest {

    static Stream<RuleFixtures.Case> cases() throws Exception {
        return allFixtures().stream();
    }

    /** Every case of every rule of the catalogue. */
    static List<RuleFixtures.Case> allFixtures() throws Exception {
        List<RuleFixtures.Case> all = new ArrayList<>();
        for (var rule : TestEngine.rules().catalogue()) {
            all.addAll(RuleFixtures.of(rule.id()));
        }
        return all;
    }

    /** The findings of the case's rule, as the fixture would write them (with their arguments). */
    static List<RuleFixtures.Expected> run(RuleFixtures.Case c) throws Exception {
        List<RuleFixtures.Expected> found = new ArrayList<>();
        for (DocumentResult r : Links.check(TestEngine.checker(), c.read())) {
            assertTrue(r.isChecked(), () -> "fixture does not load: " + r.error().key() + " " + r.error().args());
            int d = c.documentOf(r.source());
            for (Finding f : r.findings()) {
                if (f.rule().equals(c.rule())) {
                    found.add(new RuleFixtures.Expected(f.severity().id(), d, c.lineInCase(d, f.position().line()),
                            f.args().stream().map(a -> String.valueOf(Messages.argument(a))).toList()));
                }
            }
        }
        return found;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void caseProducesExactlyTheExpectedFindings(RuleFixtures.Case c) throws Exception {
        boolean withArgs = c.expected().stream().anyMatch(e -> e.args() != null);
        assertTrue(!withArgs || c.expected().stream().allMatch(e -> e.args() != null),
                c.name() + ": give the arguments of every expected finding or of none");
        List<String> actual = run(c).stream()
                .map(e -> withArgs ? e : new RuleFixtures.Expected(e.severity(), e.document(), e.line(), null))
                .map(Objects::toString).sorted().toList();
        assertEquals(c.expected().stream().map(Objects::toString).sorted().toList(), actual, c.name());
    }
}
