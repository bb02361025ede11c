package se.finsam.check.facts;

import java.util.Collection;
import java.util.List;
import se.finsam.check.model.ExtentShape;
import se.finsam.check.model.Position;
import se.finsam.check.model.Resource;

/**
 * A row of a resource table understood as a post (tjänst): its extent as understood (the percent given, else read
 * from the row's words, and the shape it was written in), the roles it names, the kind the year's summary counts it
 * as, and its planned cost. A fact of its own, derived from the row the reader made, which stays as written.
 */
public final class Post {

    private final Resource resource;
    private final String row;
    private final List<String> roles;
    private final String kind;
    private final Double percent;
    private final ExtentShape extentShape;
    private final Long cost;
    private final Position position;

    public Post(Resource resource, List<String> roles, String kind, Double percent, ExtentShape extentShape) {
        this(resource, resource.getResource(), roles, kind, percent, extentShape, resource.getCost(), resource.getPosition());
    }

    private Post(Resource resource, String row, List<String> roles, String kind, Double percent, ExtentShape extentShape,
                 Long cost, Position position) {
        this.resource = resource;
        this.row = row;
        this.roles = List.copyOf(roles);
        this.kind = kind;
        this.percent = percent;
        this.extentShape = extentShape;
        this.cost = cost;
        this.position = position;
    }

    /** The same post without its row: what a run keeps of a plan's post to compare later reports with. */
    public Post kept() {
        return new Post(null, row, roles, kind, percent, extentShape, cost, position);
    }

    /** The row it was read from; null in a post the run keeps ({@link #kept}). */
    public Resource getResource() { return resource; }
    /** The row as the form wrote it ("Tilläggsresurs 50%"), for quoting. */
    public String getRow() { return row; }
    public List<String> getRoles() { return roles; }
    /** A counted role (samverkanskoordinator, tillaggsresurs) or "other". */
    public String getKind() { return kind; }
    /** Percent of full time, as given or as read from the row's words; null when neither says. */
    public Double getPercent() { return percent; }
    /** How the extent was written: one percentage, a sum ("50+40%"), a range, or none. */
    public ExtentShape getExtentShape() { return extentShape; }
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
