package se.finsam.check.read;

import java.util.List;

/**
 * A glob that cannot be compiled (see {@link Glob#compile}): what is wrong as a message key of the catalogue, with
 * its arguments – the pattern and the 1-based character where the problem is – so that it is told in the user's
 * language.
 */
public class GlobError extends Exception {

    private final String pattern;
    private final String key;
    private final List<Object> args;

    GlobError(String pattern, String key, int character) {
        super(key + ": " + pattern, null, false, false);
        this.pattern = pattern;
        this.key = key;
        this.args = List.of(pattern, character);
    }

    /** The pattern as written. */
    public String pattern() { return pattern; }
    /** The message key: {@code glob.empty}, {@code glob.unclosedClass}, {@code glob.trailingBackslash} or {@code glob.reversedRange}. */
    public String key() { return key; }
    /** The message's arguments: the pattern and the 1-based character (code point) where the problem is. */
    public List<Object> args() { return args; }
}
