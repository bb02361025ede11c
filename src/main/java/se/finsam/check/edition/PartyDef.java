package se.finsam.check.edition;

import java.util.List;

/** One of the parties and the names its organisations go by on forms. */
public final class PartyDef {

    private final String id;
    private final String name;
    private final Terms names;

    public PartyDef(String id, String name, List<String> names) {
        this.id = id;
        this.name = name;
        this.names = new Terms(names);
    }

    public String getId() { return id; }

    /** The party's name as kansliet writes it. */
    public String getName() { return name; }

    public boolean isNameOf(String organisation) {
        return names.foundIn(organisation);
    }
}
