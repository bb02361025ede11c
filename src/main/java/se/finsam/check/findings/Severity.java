package se.finsam.check.findings;

import java.util.Locale;

/** How much a finding weighs; declared from the most to the least severe. */
public enum Severity {
    ERROR, WARNING, INFO;

    /** Made once: every finding a rule makes looks its severity up by id. */
    private final String id = name().toLowerCase(Locale.ROOT);

    public String id() {
        return id;
    }

    private static final Severity[] ALL = values();

    /** True when this severity is at least as severe as the bar. */
    public boolean reaches(Severity bar) {
        return ordinal() <= bar.ordinal();
    }

    public static Severity fromId(String id) {
        for (Severity s : ALL) {
            if (s.id.equals(id)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown severity '" + id + "' (error, warning or info)");
    }
}
