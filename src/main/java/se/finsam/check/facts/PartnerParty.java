package se.finsam.check.facts;

import se.finsam.check.model.Partner;

/** The party a listed owner or partner belongs to: as the file says, else as its organisation's name (LUL → region). */
public record PartnerParty(Partner partner, String party) {

    public Partner getPartner() { return partner; }
    public String getParty() { return party; }
}
