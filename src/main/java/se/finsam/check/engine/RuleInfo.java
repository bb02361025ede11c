package se.finsam.check.engine;

import java.util.Set;
import se.finsam.check.findings.Severity;
import se.finsam.check.model.Kind;

/**
 * One rule of the catalogue, as its DRL rules declare it: id, default (most severe) severity, kinds, and the
 * message keys its findings use (or, for a custom rule, its inline messages).
 */
public record RuleInfo(String id, Severity severity, Set<Kind> kinds, Set<String> messageKeys) {

    public boolean appliesTo(Kind kind) {
        return kinds.contains(kind);
    }
}
