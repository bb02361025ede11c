package se.finsam.check.facts;

import se.finsam.check.model.Position;

/** A role a report tells of (in a vacancy or a post of its own), which its plan should have. */
public record RoleTold(String role, String evidence, Position position) {

    public String getRole() { return role; }
    public String getEvidence() { return evidence; }
    public Position getPosition() { return position; }
}
