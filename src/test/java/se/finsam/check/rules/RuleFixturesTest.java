package se.finsam.check.rules;

import se.finsam.check.engine.RuleFixtures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.finsam.check.TestEngine;
import se.finsam.check.findings.DocumentResult;

/** Every case of every rule's fixture file produces exactly the findings of that rule it lists. */
class RuleFixturesTest {

    static Stream<RuleFixtures.Case> cases() throws Exception {
        return allFixtures().stream();
    }

    /** Every case of every rule of the catalogue. */
    static List<RuleFixtures.Case> allFixtures() throws Exception {
        List<RuleFixtures.Case> all = new java.util.ArrayList<>();
        for (var rule : TestEngine.rules().catalogue()) {
            all.addAll(RuleFixtures.of(rule.id()));
        }
        return all;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void caseProducesExactlyTheExpectedFindings(RuleFixtures.Case c) throws Exception {
        DocumentResult result = TestEngine.checker().check(c.read());
        assertTrue(result.isChecked(), () -> "fixture does not load: " + result.error().key() + " " + result.error().args());
        List<String> actual = result.findings().stream().filter(f -> f.rule().equals(c.rule()))
                .map(f -> f.severity().id() + "@" + f.position().line()).sorted().toList();
        assertEquals(c.expected().stream().sorted().toList(), actual, c.name());
    }
}
