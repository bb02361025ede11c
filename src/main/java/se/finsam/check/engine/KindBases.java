package se.finsam.check.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.drools.model.EntryPoint;
import org.drools.model.Global;
import org.drools.model.Model;
import org.drools.model.Query;
import org.drools.model.TypeMetaData;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import se.finsam.check.findings.RuleMeta;
import se.finsam.check.model.Kind;

/**
 * The built-in rules' executable model as a KieBase for each kind and scope, built on first use from only the
 * rules that apply to it: a plan's facts pass through the network of the plan rules alone, and a check of plans
 * builds no network for reports.
 */
final class KindBases implements RuleSet {

    private record Key(Kind kind, boolean ofYear) {
    }

    /** A model with only some of its rules; the rest (types, globals) as they are. */
    private record Part(Model all, List<org.drools.model.Rule> rules) implements Model {

        @Override
        public String getName() {
            return all.getName();
        }

        @Override
        public String getPackageName() {
            return all.getPackageName();
        }

        @Override
        public List<Global> getGlobals() {
            return all.getGlobals();
        }

        @Override
        public List<org.drools.model.Rule> getRules() {
            return rules;
        }

        @Override
        public List<Query> getQueries() {
            return all.getQueries();
        }

        @Override
        public List<TypeMetaData> getTypeMetaDatas() {
            return all.getTypeMetaDatas();
        }

        @Override
        public List<EntryPoint> getEntryPoints() {
            return all.getEntryPoints();
        }
    }

    private final List<Model> models;
    private final List<Rule> rules = new ArrayList<>();
    private final Map<Key, Optional<KieSessionsPool>> pools = new ConcurrentHashMap<>();

    KindBases(List<Model> models) {
        this.models = List.copyOf(models);
        models.forEach(m -> m.getRules().forEach(r -> rules.add(new ModelRule(r, rules.size()))));
    }

    @Override
    public KieSessionsPool pool(Kind kind, boolean ofYear) {
        return pools.computeIfAbsent(new Key(kind, ofYear), this::build).orElse(null);
    }

    private Optional<KieSessionsPool> build(Key key) {
        List<Model> parts = new ArrayList<>();
        for (Model m : models) {
            List<org.drools.model.Rule> applying = m.getRules().stream().filter(r -> applies(r, key)).toList();
            if (!applying.isEmpty()) {
                parts.add(new Part(m, applying));
            }
        }
        return parts.isEmpty() ? Optional.empty() : Optional.of(KieBaseBuilder.createKieBaseFromModel(parts)
                .newKieSessionsPool(Runtime.getRuntime().availableProcessors()));
    }

    private static boolean applies(org.drools.model.Rule rule, Key key) {
        ModelRule meta = new ModelRule(rule, 0);
        return RuleMeta.isYear(meta) == key.ofYear() && RuleMeta.kinds(meta).contains(key.kind());
    }

    @Override
    public void fire(KieSession session, Kind kind, boolean ofYear) {
        session.fireAllRules(); // the pool's base holds only the rules of this kind and scope
    }

    @Override
    public List<Rule> rules() {
        return rules;
    }
}
