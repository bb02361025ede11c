package se.finsam.check.facts;

import java.util.List;
import se.finsam.check.model.Position;
import se.finsam.check.model.Vacancy;

/** A vacancy a report tells of, with the roles its words name (so that it can be matched with a planned post). */
public final class Vacant {

    private final List<String> roles;
    private final Double percent;
    private final String evidence;
    private final Position position;

    public Vacant(Vacancy v, List<String> roles) {
        this.roles = List.copyOf(roles);
        this.percent = v.getPercent();
        this.evidence = v.getEvidence();
        this.position = v.getPosition();
    }

    public List<String> getRoles() { return roles; }
    /** The vacant share in percent of full time; null when the report does not say. */
    public Double getPercent() { return percent; }
    /** What to quote: the report's sentence, else the role. */
    public String getEvidence() { return evidence; }
    public Position getPosition() { return position; }
}
