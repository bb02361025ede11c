package se.finsam.check.read;

import java.time.LocalDate;
import java.time.DateTimeException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.finsam.check.model.Located;
import se.finsam.check.model.Position;

/** Typed, checked access to one map of a document: every wrong type or unknown key is an {@link InputError}. */
public final class MapReader {

    private final String source;
    private final Node node;

    /** A map whose keys are free (the answers: the edition says which are mandatory). */
    public static MapReader anyKeys(String source, Node node) throws InputError {
        return new MapReader(source, node, null);
    }

    /** A map with these keys only; allowed null accepts any key. */
    public MapReader(String source, Node node, Set<String> allowed) throws InputError {
        this.source = source;
        this.node = node;
        if (node.type() != Node.Type.MAP) {
            throw error(node, "input.type", where(node), new InputError.Term("type.map"), node.typeTerm());
        }
        for (Map.Entry<String, Node> e : node.fields().entrySet()) {
            if (allowed != null && !allowed.contains(e.getKey())) {
                throw error(e.getValue(), "input.unknownField", e.getKey(), String.join(", ", sorted(allowed)));
            }
        }
    }

    private static List<String> sorted(Set<String> names) {
        return names.stream().sorted().toList();
    }

    public Node node() {
        return node;
    }

    /** The file the map was read from, as errors name it. */
    public String source() {
        return source;
    }

    /** The value under key, or null when it is absent or written as null. */
    public Node get(String key) {
        Node v = node.fields().get(key);
        return v == null || v.isNull() ? null : v;
    }

    public String text(String key) throws InputError {
        Node v = get(key);
        if (v == null) {
            return null;
        }
        if (v.type() != Node.Type.SCALAR) {
            throw typeError(v, "text");
        }
        return v.text();
    }

    Double number(String key) throws InputError {
        Node v = get(key);
        if (v == null) {
            return null;
        }
        if (!(v.scalar() instanceof Number n)) {
            throw typeError(v, "number");
        }
        return n.doubleValue();
    }

    public Integer integer(String key) throws InputError {
        Node v = get(key);
        if (v == null) {
            return null;
        }
        // written as an integer (2017, not 2017.0) and within int: 4294969313 must not wrap round to 2017
        Object n = v.scalar();
        if (!(n instanceof Integer) && !(n instanceof Long l && l == l.intValue())) {
            throw typeError(v, "integer");
        }
        return ((Number) n).intValue();
    }

    /** Money: a number, or a text such as "600 tkr per år"; null when absent or when the text holds no amount. */
    public Long amount(String key) throws InputError {
        Node v = get(key);
        if (v != null && v.scalar() instanceof Number n) {
            return Math.round(n.doubleValue());
        }
        return Amounts.parse(text(key));
    }

    Boolean bool(String key) throws InputError {
        Node v = get(key);
        if (v == null) {
            return null;
        }
        if (!(v.scalar() instanceof Boolean b)) {
            throw typeError(v, "boolean");
        }
        return b;
    }

    /** An ISO date, YYYY-MM-DD. */
    public LocalDate date(String key) throws InputError {
        String s = text(key);
        if (s == null) {
            return null;
        }
        try {
            return isoDate(s.strip());
        } catch (DateTimeException e) {
            throw error(get(key), "input.date", key, s);
        }
    }

    /**
     * A plain ISO date, YYYY-MM-DD with a four-digit year and nothing else: not LocalDate.parse, which also takes
     * "+99999-01-01". Read without a formatter (a batch's hot spot).
     */
    static LocalDate isoDate(String s) {
        if (s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-' && digits(s, 0, 4) && digits(s, 5, 7) && digits(s, 8, 10)) {
            return LocalDate.of(Integer.parseInt(s, 0, 4, 10), Integer.parseInt(s, 5, 7, 10), Integer.parseInt(s, 8, 10, 10));
        }
        throw new DateTimeException(s);
    }

    private static boolean digits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    public List<Node> list(String key) throws InputError {
        Node v = get(key);
        if (v == null) {
            return List.of();
        }
        if (v.type() != Node.Type.LIST) {
            throw typeError(v, "list");
        }
        return v.items();
    }

    /** Records where the map and each of its fields came from. */
    void locate(Located target) {
        target.setPosition(node.position());
        node.fields().forEach((key, value) -> target.setFieldPosition(key, value.position()));
    }

    InputError typeError(Node v, String expected) {
        return error(v, "input.type", where(v), new InputError.Term("type." + expected), v.typeTerm());
    }

    /** A value named in a message: its JSON pointer, or "the document" for the whole (whose pointer is ""). */
    private static Object where(Node v) {
        String pointer = v.position().pointer();
        return pointer.isEmpty() ? new InputError.Term("input.document") : pointer;
    }

    /** An error at a value of this map's file, told with its line and column. */
    public InputError error(Node at, String key, Object... args) {
        Position p = at.position();
        return new InputError(source, p.line(), p.column(), key, args);
    }
}
