package se.finsam.check.model;

/** Where a value sits in its source file: a JSON pointer into the document and a 1-based line and column. */
public record Position(String pointer, int line, int column) {

    public static final Position UNKNOWN = new Position("", 0, 0);

    /** The position of a child that may not exist: its own pointer, but this position's line and column. */
    public Position child(String name) {
        return new Position(pointer + "/" + name, line, column);
    }
}
