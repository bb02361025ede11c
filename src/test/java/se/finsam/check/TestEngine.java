package se.finsam.check;

import se.finsam.check.edition.Editions;
import se.finsam.check.engine.RuleBase;
import se.finsam.check.engine.RuleCompileError;

/** The built-in rules as the program loads them (the executable model of the build), once for all tests. */
public final class TestEngine {

    private static RuleBase rules;

    private TestEngine() {
    }

    public static synchronized RuleBase rules() {
        if (rules == null) {
            try {
                rules = RuleBase.builtIn();
            } catch (RuleCompileError e) {
                throw new AssertionError("built-in rules do not compile: " + e.getMessage());
            }
        }
        return rules;
    }

    public static Checker checker() {
        return new Checker(rules(), Editions.builtIn());
    }
}
