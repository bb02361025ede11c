package se.finsam.check.engine;

/** A rule that failed while it ran on one document: a fault of the rule, contained to that document. */
public final class RuleFault extends RuntimeException {

    private final String rule;

    RuleFault(String rule, Throwable cause) {
        super(rule, cause, false, false);
        this.rule = rule;
    }

    /** The DRL rule's name, as written in its file. */
    public String rule() {
        return rule;
    }
}
