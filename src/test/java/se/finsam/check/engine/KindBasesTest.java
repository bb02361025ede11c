package se.finsam.check.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import se.finsam.check.TestEngine;
import se.finsam.check.findings.RuleMeta;
import se.finsam.check.model.Kind;

/** Each kind's KieBase holds exactly the built-in rules whose @kinds name it, in its scope, and no others. */
class KindBasesTest {

    private static final KindBases BASES = (KindBases) only(TestEngine.rules());

    private static RuleSet only(RuleBase rules) {
        List<RuleSet> sets = rules.sets();
        assertEquals(1, sets.size());
        return sets.get(0);
    }

    @Test
    void theYearBasesHoldTheRulesThatCompareDocuments() {
        assertEquals(Set.of("one-plan-per-area"), ids(Kind.PLAN, true));
        assertEquals(Set.of("plan-in-run", "posts-in-plan", "returns-within-plan", "vacancy-return-amount"), ids(Kind.REPORT, true));
        assertNull(BASES.pool(Kind.APPLICATION, true));
        assertNull(BASES.pool(Kind.QUARTERLY, true));
    }

    @Test
    void eachKindsBaseHoldsTheRulesOfItsKindAlone() {
        for (Kind kind : Kind.values()) {
            for (boolean year : new boolean[] {false, true}) {
                Set<String> expected = BASES.rules().stream()
                        .filter(r -> RuleMeta.isYear(r) == year && RuleMeta.kinds(r).contains(kind))
                        .map(r -> r.getName()).collect(Collectors.toCollection(TreeSet::new));
                assertEquals(expected, names(kind, year), kind + (year ? " year" : ""));
            }
        }
    }

    @Test
    void aReportRuleIsNotInThePlanBase() {
        assertEquals(false, ids(Kind.PLAN, false).contains("goal-outcome-reported"));
        assertEquals(true, ids(Kind.REPORT, false).contains("goal-outcome-reported"));
    }

    private static Set<String> ids(Kind kind, boolean year) {
        return base(kind, year).getKiePackages().stream().flatMap(p -> p.getRules().stream()).map(RuleMeta::id)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> names(Kind kind, boolean year) {
        KieSessionsPool pool = BASES.pool(kind, year);
        if (pool == null) {
            return Set.of();
        }
        return base(kind, year).getKiePackages().stream().flatMap(p -> p.getRules().stream()).map(r -> r.getName())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static KieBase base(Kind kind, boolean year) {
        KieSession session = BASES.pool(kind, year).newKieSession();
        try {
            return session.getKieBase();
        } finally {
            session.dispose();
        }
    }
}
