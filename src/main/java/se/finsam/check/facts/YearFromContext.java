package se.finsam.check.facts;

import se.finsam.check.model.Signature;

/** A signature whose date was written without a year ("26/8"), the year taken from the form's other dates. */
public record YearFromContext(Signature signature) {

    public Signature getSignature() { return signature; }
}
