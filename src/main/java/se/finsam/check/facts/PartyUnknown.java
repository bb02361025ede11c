package se.finsam.check.facts;

import se.finsam.check.model.Signature;

/** A form's signature block no party can be told for: it may be any missing party's, so kansliet looks. */
public record PartyUnknown(Signature signature) {

    public Signature getSignature() { return signature; }
}
