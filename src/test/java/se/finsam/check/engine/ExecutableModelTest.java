package se.finsam.check.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The executable model the build made holds exactly the rules of rules/*.drl, with the same metadata: a model older
 * than the DRL (a build step skipped) fails here instead of checking with yesterday's rules.
 */
class ExecutableModelTest {

    @Test
    void theBuiltModelIsTheDrlOfTheRulesFolder() throws Exception {
        assertEquals(describe(RuleBase.compile(BuiltInRules.load())), describe(RuleBase.builtIn()));
    }

    private static String describe(RuleBase rules) {
        TreeMap<String, Object> byName = new TreeMap<>();
        rules.rules().forEach(r -> byName.put(r.getPackageName() + "." + r.getName(), new TreeMap<>(r.getMetaData())));
        return byName.toString();
    }

    @Test
    void customRulesRunBesideTheModel() throws Exception {
        RuleBase custom = RuleBase.compile(List.of(new RuleSource("custom.drl", """
                package custom;
                import se.finsam.check.model.*;
                import se.finsam.check.findings.Finding;
                rule "custom: every plan" @id("custom") @severity("info") @message("Custom {0}") @kinds("plan")
                when $d : Document() then insert(new Finding(drools.getRule(), $d.getPosition(), "x")); end
                """)));
        RuleBase both = RuleBase.builtIn().with(custom);
        assertEquals(RuleBase.builtIn().rules().size() + 1, both.rules().size());
        assertEquals(true, both.catalogue().stream().anyMatch(i -> i.id().equals("custom")));
    }
}
