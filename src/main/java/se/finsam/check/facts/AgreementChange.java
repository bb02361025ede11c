package se.finsam.check.facts;

import se.finsam.check.model.Agreement;

/** Where an application's Överenskommelse departs from the form's fixed text: the submitted words, for quoting. */
public record AgreementChange(Agreement agreement, String change) {

    public Agreement getAgreement() { return agreement; }
    public String getChange() { return change; }
}
