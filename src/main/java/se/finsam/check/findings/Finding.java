package se.finsam.check.findings;

import java.util.Comparator;
import java.util.List;
import org.kie.api.definition.rule.Rule;
import se.finsam.check.model.Position;

/**
 * One thing a rule found: which rule, how severe, where, and the message key with its arguments (the evidence).
 * Rules insert findings as facts; the id, severity and message key come from the DRL rule's metadata, so a rule
 * states them once.
 */
public final class Finding {

    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::severity)
            .thenComparingInt(f -> f.position().line())
            .thenComparingInt(f -> f.position().column())
            .thenComparing(Finding::rule)
            .thenComparing(f -> f.position().pointer())
            .thenComparing(f -> f.args().toString()); // a fixed order for findings at the same place

    private final String rule;
    private final Severity severity;
    private final String messageKey;
    private final List<Object> args;
    private final Position position;
    private final String waiver;
    private final boolean lowered;
    /** For kansliet only: never in a letter to the group (see {@link RuleMeta#isForKansliet}). */
    private final boolean forKansliet;

    public Finding(String rule, Severity severity, String messageKey, Position position, List<Object> args) {
        this(rule, severity, messageKey, position, args, null, false, false);
    }

    private Finding(String rule, Severity severity, String messageKey, Position position, List<Object> args,
                    String waiver, boolean lowered, boolean forKansliet) {
        this.rule = rule;
        this.severity = severity;
        this.messageKey = messageKey;
        this.position = position;
        this.args = List.copyOf(args);
        this.waiver = waiver;
        this.lowered = lowered;
        this.forKansliet = forKansliet;
    }

    /** Called from a rule's consequence: {@code insert(new Finding(drools.getRule(), $r.at("percent"), ...))}. */
    public Finding(Rule rule, Position position, Object... args) {
        this(RuleMeta.id(rule), RuleMeta.severity(rule), RuleMeta.message(rule), position, List.of(args), null, false,
                RuleMeta.isForKansliet(rule));
    }

    public String rule() { return rule; }
    public Severity severity() { return severity; }
    public String messageKey() { return messageKey; }
    public List<Object> args() { return args; }
    public Position position() { return position; }

    /** The justification of the waiver that accepts this finding, or null when it is not waived. */
    public String waiver() { return waiver; }

    public boolean isWaived() { return waiver != null; }

    /** An error given as a warning because what it rests on may be misread: kansliet looks at the original. */
    public boolean isLowered() { return lowered; }

    /** For kansliet alone: about the documents checked together, not the group's form – no letter asks about it. */
    public boolean isForKansliet() { return forKansliet; }

    public Finding waived(String justification) {
        return new Finding(rule, severity, messageKey, position, args, justification, lowered, forKansliet);
    }

    /** The same finding as a warning: what it rests on may be misread (see {@link UnsureReadings}). */
    public Finding asWarning() {
        return asWarning(position);
    }

    /** The same finding as a warning at a position whose place says why it is unsure. */
    public Finding asWarning(Position at) {
        return new Finding(rule, Severity.WARNING, messageKey, at, args, waiver, true, forKansliet);
    }

    @Override
    public String toString() {
        return rule + "/" + severity.id() + "@" + position.line() + " " + position.pointer();
    }
}
