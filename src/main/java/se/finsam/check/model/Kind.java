package se.finsam.check.model;

import java.util.Locale;

/** The kinds of form the association receives. */
public enum Kind {
    PLAN, REPORT, APPLICATION, QUARTERLY;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind named in a file, or null when the name is not one of ours. */
    public static Kind fromId(String id) {
        for (Kind k : values()) {
            if (k.id().equals(id)) {
                return k;
            }
        }
        return null;
    }
}
