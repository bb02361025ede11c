package se.finsam.check.engine;

import java.util.List;

/** The rules did not compile; each line names file, line and the compiler's message. */
public class RuleCompileError extends Exception {

    private final List<String> errors;

    public RuleCompileError(List<String> errors) {
        super(String.join("\n", errors), null, false, false);
        this.errors = List.copyOf(errors);
    }

    public List<String> errors() {
        return errors;
    }
}
