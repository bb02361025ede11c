package se.finsam.check.engine;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kie.api.KieBase;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import se.finsam.check.findings.RuleMeta;
import se.finsam.check.model.Kind;

/**
 * Rules compiled from DRL at start-up (custom rules, or the built-in ones when the build made no model): one
 * KieBase for all, each session firing only the matches of rules for the document's kind and scope.
 */
final class DrlRules implements RuleSet {

    private final KieSessionsPool pool;
    private final List<Rule> rules;
    /** The kinds each rule applies to, read once from its metadata rather than at every activation. */
    private final Map<Rule, Set<Kind>> kinds = new IdentityHashMap<>();
    /** The rules that compare documents ({@code @scope("year")}), which run when the run links them. */
    private final Set<Rule> year = Collections.newSetFromMap(new IdentityHashMap<>());

    DrlRules(KieBase base) {
        this.pool = base.newKieSessionsPool(Runtime.getRuntime().availableProcessors());
        this.rules = base.getKiePackages().stream().flatMap(p -> p.getRules().stream()).toList();
        rules.forEach(r -> {
            kinds.put(r, RuleMeta.kinds(r));
            if (RuleMeta.isYear(r)) {
                year.add(r);
            }
        });
    }

    @Override
    public KieSessionsPool pool(Kind kind, boolean ofYear) {
        return pool;
    }

    @Override
    public void fire(KieSession session, Kind kind, boolean ofYear) {
        session.fireAllRules(match -> year.contains(match.getRule()) == ofYear && kinds.get(match.getRule()).contains(kind));
    }

    @Override
    public List<Rule> rules() {
        return rules;
    }
}
