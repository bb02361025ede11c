package se.finsam.check.facts;

import se.finsam.check.model.Resource;

/** A row of the resource table that only comments ("Ledning … ingår i …", "Argument för detta: …") and asks for nothing. */
public record NoteRow(Resource resource) {

    public Resource getResource() { return resource; }
}
