package se.finsam.check.facts;

import se.finsam.check.model.Signature;

/**
 * The party a signature is for: as the file says, else as its organisation's name (LUH → region), else the party of
 * the contact person of that name in the document's own list (or the owner's, signed as insatsägare).
 */
public record SignatureParty(Signature signature, String party) {

    public Signature getSignature() { return signature; }
    public String getParty() { return party; }
}
