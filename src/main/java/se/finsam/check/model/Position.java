package se.finsam.check.model;

/**
 * Where a value sits in its source file: a JSON pointer into the document and a 1-based line and column; for a
 * Word or PDF form also its {@link Place} in the original (null for a text or structured file, whose line is the
 * place).
 */
public record Position(String pointer, int line, int column, Place place) {

    public static final Position UNKNOWN = new Position("", 0, 0);

    public Position(String pointer, int line, int column) {
        this(pointer, line, column, null);
    }

    /** The position of a child that may not exist: its own pointer, but this position's line, column and place. */
    public Position child(String name) {
        return new Position(pointer + "/" + name, line, column, place);
    }
}
