package se.finsam.check.engine;

import java.util.Map;
import org.kie.api.definition.rule.Rule;

/**
 * A rule of the executable model seen as Drools shows a rule of a KieBase, for its metadata ({@code @id},
 * {@code @kinds}, ...) before, or without, a KieBase holding it being built.
 */
record ModelRule(org.drools.model.Rule rule, int loadOrder) implements Rule {

    @Override
    public String getPackageName() {
        return rule.getPackage();
    }

    @Override
    public String getName() {
        return rule.getName();
    }

    @Override
    public Map<String, Object> getMetaData() {
        return rule.getMetaData();
    }

    @Override
    public int getLoadOrder() {
        return loadOrder;
    }

    @Override
    public KnowledgeType getKnowledgeType() {
        return KnowledgeType.RULE;
    }

    @Override
    public String getNamespace() {
        return rule.getPackage();
    }

    @Override
    public String getId() {
        return rule.getName();
    }
}
