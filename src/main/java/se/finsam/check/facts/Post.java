package se.finsam.check.facts;

import java.util.List;
import se.finsam.check.model.ExtentShape;
import se.finsam.check.model.Position;
import se.finsam.check.model.Resource;

/**
 * A row of a resource table understood as a post (tjänst): its extent as understood (the percent given, else read
 * from the row's words, and the shape it was written in), the roles it names, the kind the year's summary counts it
 * as, its planned cost and the cost the edition's schablon gives it. A fact of its own, derived from the row the reader made, which stays as written.
 */
public final class Post {

    private final Resource resource;
    private final String row;
    private final List<String> roles;
    private final String kind;
    private final Double percent;
    private final ExtentShape extentShape;
    private final Long cost;
    private final Long expectedCost;
    private final Position position;
    private final boolean percentUnreadable;

    public Post(Resource resource, List<String> roles, String kind, Double percent, ExtentShape extentShape,
            boolean percentUnreadable, Long expectedCost) {
        this.resource = resource;
        this.row = resource.getResource();
        this.roles = List.copyOf(roles);
        this.kind = kind;
        this.percent = percent;
        this.extentShape = extentShape;
        this.cost = resource.getCost();
        this.expectedCost = expectedCost;
        this.position = resource.getPosition();
        this.percentUnreadable = percentUnreadable;
    }

    /** The row it was read from. */
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
    /** The cost the schablon gives for its extent within the plan year; null without an extent or outside the year. */
    public Long getExpectedCost() { return expectedCost; }
    public Position getPosition() { return position; }
    /**
     * True when a form's row gives no extent that could be read, yet speaks of one ("%", "procent", "heltid"): the
     * percentage may be there in a way the reader did not understand, so a missing one may be a misreading.
     */
    public boolean isPercentUnreadable() { return percentUnreadable; }
}
