package se.finsam.check.engine;

/** One DRL file: its name (for error messages) and its text. */
public record RuleSource(String name, String drl) {
}
