package se.finsam.check.read;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.finsam.check.model.Position;

/**
 * A YAML/JSON value with the position it was read from. Jackson's own tree forgets positions, so the reader
 * builds this one from the token stream.
 */
public final class Node {

    public enum Type { MAP, LIST, SCALAR, NULL }

    private final Type type;
    private final Position position;
    private final Object scalar;
    /** A number or boolean as the file wrote it ("1.10", "True"); null when the scalar is text or null. */
    private final String written;
    private final Map<String, Node> fields;
    private final List<Node> items;

    private Node(Type type, Position position, Object scalar, String written, Map<String, Node> fields, List<Node> items) {
        this.type = type;
        this.position = position;
        this.scalar = scalar;
        this.written = written;
        this.fields = fields;
        this.items = items;
    }

    public static Node scalar(Position at, Object value) {
        return new Node(value == null ? Type.NULL : Type.SCALAR, at, value, null, null, null);
    }

    /** A number or boolean and the text it was written as, which is what a field that expects text gets. */
    public static Node scalar(Position at, Object value, String written) {
        return new Node(value == null ? Type.NULL : Type.SCALAR, at, value, written, null, null);
    }

    public static Node map(Position at, LinkedHashMap<String, Node> fields) {
        return new Node(Type.MAP, at, null, null, fields, null);
    }

    public static Node list(Position at, List<Node> items) {
        return new Node(Type.LIST, at, null, null, null, items);
    }

    public Type type() { return type; }
    public Position position() { return position; }
    public Object scalar() { return scalar; }
    public Map<String, Node> fields() { return fields; }
    public List<Node> items() { return items; }

    public boolean isNull() { return type == Type.NULL; }

    /** A scalar as text: as written in the file (a plain {@code 1.10} stays "1.10", not "1.1"). */
    public String text() {
        return written != null ? written : scalar == null ? null : scalar.toString();
    }

    /** The value's type in the user's language, for error messages (see {@link #typeName()}). */
    public InputError.Term typeTerm() {
        return new InputError.Term("type." + typeName());
    }

    /** The value's type as an English word: map, list, text, boolean, number or null. */
    public String typeName() {
        switch (type) {
            case MAP: return "map";
            case LIST: return "list";
            case NULL: return "null";
            default: return scalar instanceof String ? "text" : scalar instanceof Boolean ? "boolean" : "number";
        }
    }
}
