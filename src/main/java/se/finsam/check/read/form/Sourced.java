package se.finsam.check.read.form;

/** A value read from a form and the source line it came from. */
public record Sourced(Object value, int line) {
}
