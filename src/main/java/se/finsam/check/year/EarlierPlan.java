package se.finsam.check.year;

import se.finsam.check.model.Position;

/** A plan for an area and edition that an earlier plan of the run already has; reports are linked with that one. */
public record EarlierPlan(YearRecord.Plan first, String area, int edition, Position at) {

    public YearRecord.Plan getFirst() { return first; }
    public String getArea() { return area; }
    public int getEdition() { return edition; }
    public Position getAt() { return at; }
}
