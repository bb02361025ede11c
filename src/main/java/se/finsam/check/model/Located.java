package se.finsam.check.model;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/** A part of a document that knows where it and each of its fields came from. */
public abstract class Located {

    private Position position = Position.UNKNOWN;
    private final Map<String, Position> fields = new HashMap<>();

    public Position getPosition() {
        return position;
    }

    public void setPosition(Position position) {
        this.position = position;
    }

    /** Where this part and each of its fields were read from. */
    public Stream<Position> positions() {
        return Stream.concat(Stream.of(position), fields.values().stream());
    }

    public void setFieldPosition(String field, Position at) {
        fields.put(field, at);
    }

    /**
     * Where a field is. A field that is absent points at this part itself (the nearest thing that exists),
     * keeping the field's own pointer so the finding still names what is missing.
     */
    public Position at(String field) {
        Position known = fields.get(field);
        return known != null ? known : position.child(field);
    }
}
