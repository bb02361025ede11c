package se.finsam.check.facts;

import se.finsam.check.model.Reading;
import se.finsam.check.model.Signature;

/**
 * The party a signature is for: as the file says, else as its organisation's name (LUH → region), else the party of
 * the contact person of that name in the document's own list (or the owner's, signed as insatsägare), else – the
 * one signer left without a party when every party but one is told – the party left (reading inferred).
 */
public record SignatureParty(Signature signature, String party, Reading reading) {

    /** A party read off the form or the file, not inferred. */
    public SignatureParty(Signature signature, String party) {
        this(signature, party, null);
    }

    public Signature getSignature() { return signature; }
    public String getParty() { return party; }
    /** Null when read off the form or the file; inferred when counted for the one party left. */
    public Reading getReading() { return reading; }
}
