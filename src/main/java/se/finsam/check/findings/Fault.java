package se.finsam.check.findings;

import se.finsam.check.engine.RuleFault;
import se.finsam.check.read.InputError;

/**
 * A fault of the program while one document was read, interpreted, checked or written: told as that document's
 * result in one line (which step, which rule, what kind of fault), so that the run goes on with the others.
 */
public final class Fault {

    /** The steps a document passes, each with its message key. */
    public enum Step {
        READ("result.notChecked.read"), CHECK("result.notChecked.check"), FORMAT("result.notChecked.format");

        private final String key;

        Step(String key) {
            this.key = key;
        }
    }

    public static final String RULE_KEY = "result.notChecked.rule";

    private Fault() {
    }

    /** The one line for a fault at a step; a rule's fault names the rule. */
    public static InputError of(String source, Step step, Throwable e) {
        String kind = e.getClass().getSimpleName();
        if (e instanceof RuleFault r) {
            return new InputError(source, 0, 0, RULE_KEY, r.rule(),
                    r.getCause() == null ? kind : r.getCause().getClass().getSimpleName());
        }
        return new InputError(source, 0, 0, step.key, kind);
    }
}
