package se.finsam.check.read.form;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.finsam.check.model.Document;
import se.finsam.check.model.Place;
import se.finsam.check.model.Reading;
import se.finsam.check.model.UnreadPage;
import se.finsam.check.read.DocumentReader;
import se.finsam.check.read.InputError;
import se.finsam.check.read.Readings;
import se.finsam.check.model.Position;
import se.finsam.check.read.Node;

/**
 * The structured document a form was read into: maps and lists whose leaves are {@link Sourced} values. It becomes
 * the same {@link Node} tree a YAML file gives (so one reader builds the model) and is what {@code import} writes.
 */
public final class FormTree {

    private final LinkedHashMap<String, Object> root;
    private final Map<Integer, Place> places;
    private final Map<String, Reading> readings;
    private final List<UnreadPage> unread;

    /**
     * places: where each source line stands in a Word or PDF original (none for a text export); readings: how the
     * reader came by a value, by its pointer – kept beside the tree, not in it: the structured format (and what
     * import writes) says what a value is, never how sure a reader was; unread: the pages of a scan not read.
     */
    FormTree(LinkedHashMap<String, Object> root, Map<Integer, Place> places, Map<String, Reading> readings,
             List<UnreadPage> unread) {
        this.root = root;
        this.places = places;
        this.readings = readings;
        this.unread = unread;
    }

    /** The document of the form, each value a rule relies on knowing how it was read. */
    public Document document(String source) throws InputError {
        Document doc = new DocumentReader(source).read(toNode());
        Readings.apply(doc, readings);
        doc.getUnreadPages().addAll(unread);
        return doc;
    }

    public Map<String, Object> root() {
        return root;
    }

    public Node toNode() {
        return node(root, "", 1);
    }

    private Position at(String pointer, int line) {
        return new Position(pointer, line, 1, places.get(line));
    }

    @SuppressWarnings("unchecked")
    private Node node(Object value, String pointer, int fallback) {
        if (value instanceof Sourced s) {
            return Node.scalar(at(pointer, s.line()), s.value());
        }
        int line = firstLine(value, fallback);
        Position at = at(pointer, line);
        if (value instanceof Map<?, ?> map) {
            LinkedHashMap<String, Node> fields = new LinkedHashMap<>();
            ((Map<String, Object>) map).forEach((k, v) -> fields.put(k, node(v, pointer + "/" + k, line)));
            return Node.map(at, fields);
        }
        List<Node> items = new ArrayList<>();
        List<Object> list = (List<Object>) value;
        for (int i = 0; i < list.size(); i++) {
            items.add(node(list.get(i), pointer + "/" + i, line));
        }
        return Node.list(at, items);
    }

    /** The first source line inside a map or list: where a finding about the whole part points. */
    static int firstLine(Object value, int fallback) {
        if (value instanceof Sourced s) {
            return s.line();
        }
        Iterable<?> children = value instanceof Map<?, ?> m ? m.values() : (List<?>) value;
        int min = Integer.MAX_VALUE;
        for (Object child : children) {
            min = Math.min(min, firstLine(child, Integer.MAX_VALUE));
        }
        return min == Integer.MAX_VALUE ? fallback : min;
    }
}
