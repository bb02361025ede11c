package se.finsam.check.read;

import java.util.List;

/**
 * An input that cannot be read as a document: where (file, line, column) and what is wrong, as a message key
 * with arguments so that it is told in the user's language.
 */
public class InputError extends Exception {

    private final String source;
    private final int line;
    private final int column;
    private final String key;
    private final List<Object> args;

    public InputError(String source, int line, int column, String key, Object... args) {
        super(key, null, false, false);
        this.source = source;
        this.line = line;
        this.column = column;
        this.key = key;
        this.args = List.of(args);
    }

    /**
     * An argument that is itself worded by the catalogue (a type name, the limit that was exceeded), so that it
     * is told in the message's language too.
     */
    public record Term(String key, List<Object> args) {
        public Term(String key, Object... args) {
            this(key, List.of(args));
        }
    }

    public String source() { return source; }
    public int line() { return line; }
    public int column() { return column; }
    public String key() { return key; }
    public List<Object> args() { return args; }
}
