package se.finsam.check.output;

import se.finsam.check.engine.RuleInfo;
import se.finsam.check.findings.Messages;

/** A rule's title and description from the message catalogue; custom rules without them fall back to the id. */
public final class RuleText {

    private RuleText() {
    }

    public static String title(RuleInfo rule, Messages messages) {
        String key = rule.id() + ".title";
        return messages.has(key) ? messages.get(key) : rule.id();
    }

    public static String description(RuleInfo rule, Messages messages) {
        String key = rule.id() + ".description";
        return messages.has(key) ? messages.get(key) : title(rule, messages);
    }
}
