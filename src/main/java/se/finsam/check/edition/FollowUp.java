package se.finsam.check.edition;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How kansliet's follow-up compares a report with its plan: the roles a post or a vacancy names, the roles the
 * year's summary counts one by one, the words that tell of money left unused, and how close a return must be to
 * the planned cost of a vacant share. Read from the {@code followUp:} section of the editions file.
 */
public final class FollowUp {

    /** The kind of a post that names none of the counted roles. */
    public static final String OTHER = "other";

    private final int returnTolerance;
    private final Map<String, Terms> roles;
    private final Map<String, String> names;
    private final List<String> counted;
    private final Terms underspend;

    /** roles: id → the words that name it; names: id → the role as messages show it. */
    public FollowUp(int returnTolerance, Map<String, Terms> roles, Map<String, String> names, List<String> counted,
                    Terms underspend) {
        this.returnTolerance = returnTolerance;
        this.roles = new LinkedHashMap<>(roles);
        this.names = new LinkedHashMap<>(names);
        this.counted = List.copyOf(counted);
        this.underspend = underspend;
    }

    /** How far a return may be from the expected amount, in percent of it. */
    public int getReturnTolerance() { return returnTolerance; }

    /** The kinds of post the year's summary shows, in order: the counted roles, then {@link #OTHER}. */
    public List<String> kinds() {
        List<String> kinds = new ArrayList<>(counted);
        kinds.add(OTHER);
        return kinds;
    }

    /** The roles a text names, in the order of the editions file. */
    public List<String> rolesIn(String text) {
        List<String> named = new ArrayList<>();
        roles.forEach((id, names) -> {
            if (names.foundIn(text)) {
                named.add(id);
            }
        });
        return named;
    }

    /** The kind the year's summary counts a post with these roles as: the first counted role, else other. */
    public String kindOf(List<String> postRoles) {
        return counted.stream().filter(postRoles::contains).findFirst().orElse(OTHER);
    }

    /** A role as messages show it ("tilläggsresurs"); other kinds have their words in the message catalogue. */
    public String name(String id) {
        return names.getOrDefault(id, id);
    }

    /** Whether a text tells of money left unused ("ett överskott på ca 150 000 kr"). */
    public boolean tellsOfUnderspend(String text) {
        return underspend.foundIn(text);
    }
}
