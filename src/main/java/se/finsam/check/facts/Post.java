package se.finsam.check.facts;

import java.util.Collection;
import java.util.List;
import se.finsam.check.model.Position;

/**
 * A row of a resource table understood as a post: the roles it names, the kind the year's summary counts it as,
 * its extent and its planned cost. A fact of its own, derived from the row, so that a plan's posts can be kept
 * (one small record per plan) and compared with a report after the plan's document is gone.
 */
public final class Post {

    private final String row;
    private final List<String> roles;
    private final String kind;
    private final Double percent;
    private final Long cost;
    private final Position position;

    public Post(String row, List<String> roles, String kind, Double percent, Long cost, Position position) {
        this.row = row;
        this.roles = List.copyOf(roles);
        this.kind = kind;
        this.percent = percent;
        this.cost = cost;
        this.position = position;
    }

    /** The row as the form wrote it ("Tilläggsresurs 50%"), for quoting. */
    public String getRow() { return row; }
    public List<String> getRoles() { return roles; }
    /** A counted role (samverkanskoordinator, tillaggsresurs) or "other". */
    public String getKind() { return kind; }
    /** Percent of full time; null when the row does not say. */
    public Double getPercent() { return percent; }
    /** The planned cost in kronor; null when the row gives none. */
    public Long getCost() { return cost; }
    public Position getPosition() { return position; }

    public boolean namesAnyOf(Collection<String> others) {
        return others.stream().anyMatch(roles::contains);
    }

    public boolean names(String role) {
        return roles.contains(role);
    }

    /** Full-time equivalents: 50 % is 0.5. */
    public double heltid() {
        return percent == null ? 0 : percent / 100.0;
    }
}
