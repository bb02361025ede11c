package se.finsam.check.model;

import java.time.LocalDate;

/** One signature block. party is what the file says or, when absent, what the organisation name maps to. */
public class Signature extends Located {

    private int index;
    private String party;
    private String organisation;
    private String name;
    private LocalDate date;
    private String dateAsWritten;
    private Boolean signed;
    private String role;
    private Boolean signatureVisible;
    private boolean yearFromContext;
    private Reading reading;
    private Reading partyReading;
    private Reading dateReading;

    public int getIndex() { return index; }
    public void setIndex(int index) { this.index = index; }
    public String getParty() { return party; }
    public void setParty(String party) { this.party = party; }
    public String getOrganisation() { return organisation; }
    public void setOrganisation(String organisation) { this.organisation = organisation; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public LocalDate getDate() { return date; }
    public void setDate(LocalDate date) { this.date = date; }
    public String getDateAsWritten() { return dateAsWritten; }
    public void setDateAsWritten(String dateAsWritten) { this.dateAsWritten = dateAsWritten; }
    public Boolean getSigned() { return signed; }
    public void setSigned(Boolean signed) { this.signed = signed; }

    /** owner (insatsägare) or partner (samverkanspart) when the block says so. */
    public String getRole() { return role; }
    public void setRole(String role) { this.role = role; }
    /** False when a form export shows no handwriting in the signature cell; null when not known. */
    public Boolean getSignatureVisible() { return signatureVisible; }
    public void setSignatureVisible(Boolean signatureVisible) { this.signatureVisible = signatureVisible; }

    /** True when the date as written had no year and the year was taken from the form's other dates. */
    public boolean isYearFromContext() { return yearFromContext; }
    public void setYearFromContext(boolean yearFromContext) { this.yearFromContext = yearFromContext; }

    /**
     * How the form reader read this block as a whole: plain, inferred, or not made sense of (null for a
     * structured file, whose signatures say what they mean).
     */
    public Reading getReading() { return reading; }
    public void setReading(Reading reading) { this.reading = reading; }
    /** How the party was found: null when written (or named by the organisation), else inferred or unreadable. */
    public Reading getPartyReading() { return partyReading; }
    public void setPartyReading(Reading partyReading) { this.partyReading = partyReading; }
    /** How the date was read: null or plain when written in full, inferred when its year (or place) was taken from context. */
    public Reading getDateReading() { return dateReading; }
    public void setDateReading(Reading dateReading) { this.dateReading = dateReading; }

    /** True when the reader could not make sense of the block: a rule asks kansliet to look instead of accusing. */
    public boolean isUnreadable() {
        return reading == Reading.UNREADABLE || partyReading == Reading.UNREADABLE;
    }

    /** True when a form's block could not be told to be any party's. */
    public boolean isPartyUnknown() {
        return partyReading == Reading.UNREADABLE;
    }

    /** True when the date a rule would judge by was inferred, not read as written. */
    public boolean isDateUncertain() {
        return Reading.isUncertain(dateReading) || yearFromContext;
    }

    /** A signature counts when it is not known to be empty and carries both a date and a name. */
    public boolean isComplete() {
        return !Boolean.FALSE.equals(signed) && date != null && !Text.isBlank(name);
    }

    /** The date as the signer wrote it, for quoting; null when there is no date at all. */
    public String getDateEvidence() {
        return dateAsWritten != null ? dateAsWritten : date == null ? null : date.toString();
    }
}
