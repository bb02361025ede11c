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
            throw error(node, "input.type", node.position().pointer(), "map", node.typeName());
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
        return v.scalar().toString();
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
        // beyond int a whole number would wrap around (4294969313 read as 2017): refused like a fraction
        if (!(v.scalar() instanceof Number n) || n.doubleValue() != Math.rint(n.doubleValue())
                || n.doubleValue() < Integer.MIN_VALUE || n.doubleValue() > Integer.MAX_VALUE) {
            throw typeError(v, "integer");
        }
        return n.intValue();
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
            throw typeError(v, "true/false");
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

    /** LocalDate.parse, with the plain YYYY-MM-DD of nearly every file read without a formatter (a batch's hot spot). */
    static LocalDate isoDate(String s) {
        if (s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-' && digits(s, 0, 4) && digits(s, 5, 7) && digits(s, 8, 10)) {
            return LocalDate.of(Integer.parseInt(s, 0, 4, 10), Integer.parseInt(s, 5, 7, 10), Integer.parseInt(s, 8, 10, 10));
        }
        return LocalDate.parse(s);
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
        return error(v, "input.type", v.position().pointer(), expected, v.typeName());
    }

    InputError error(Node at, String key, Object... args) {
        Position p = at.position();
        return new InputError(source, p.line(), p.column(), key, args);
    }
}
