package se.finsam.check.year;

import java.util.Collection;
import java.util.List;
import se.finsam.check.facts.Post;

/**
 * What the run keeps of a plan's post to compare later reports with: its row as written, its roles and kind, its
 * extent and planned cost – not the row. A fact of the rules that compare, apart from the {@link Post}s a document's
 * own rules see.
 */
public record PlannedPost(String row, List<String> roles, String kind, Double percent, Long cost) {

    static PlannedPost of(Post p) {
        return new PlannedPost(p.getRow(), p.getRoles(), p.getKind(), p.getPercent(), p.getCost());
    }

    /** The row as the form wrote it ("Tilläggsresurs 50%"), for quoting. */
    public String getRow() { return row; }
    public List<String> getRoles() { return roles; }
    public String getKind() { return kind; }
    /** Percent of full time; null when the row does not say. */
    public Double getPercent() { return percent; }
    /** The planned cost in kronor; null when the row gives none. */
    public Long getCost() { return cost; }

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
