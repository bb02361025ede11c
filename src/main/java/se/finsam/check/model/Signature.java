package se.finsam.check.model;

import java.time.LocalDate;

/** One signature block, as written; party is what the file says (the party understood is facts.SignatureParty). */
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
    private Reading reading;
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

    /**
     * How the form reader read this block as a whole: plain, inferred, or not made sense of (null for a
     * structured file, whose signatures say what they mean).
     */
    public Reading getReading() { return reading; }
    public void setReading(Reading reading) { this.reading = reading; }
    /** How the date was read: null or plain when written in full, inferred when the reader took part of it from context. */
    public Reading getDateReading() { return dateReading; }
    public void setDateReading(Reading dateReading) { this.dateReading = dateReading; }

    /** True when the reader could not make sense of the block: a rule asks kansliet to look instead of accusing. */
    public boolean isUnreadable() {
        return reading == Reading.UNREADABLE;
    }

    /** True when the reader was unsure of the date (a year-less date is a fact of its own: facts.YearFromContext). */
    public boolean isDateUncertain() {
        return Reading.isUncertain(dateReading);
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
