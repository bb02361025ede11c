package se.finsam.check.model;

/** The insatsägare (owner) or a samverkanspart of a report or application. */
public class Partner extends Located {

    private String organisation;
    private String party;
    private String contact;
    private boolean owner;

    public String getOrganisation() { return organisation; }
    public void setOrganisation(String organisation) { this.organisation = organisation; }
    public String getParty() { return party; }
    public void setParty(String party) { this.party = party; }
    public String getContact() { return contact; }
    public void setContact(String contact) { this.contact = contact; }
    public boolean isOwner() { return owner; }
    public void setOwner(boolean owner) { this.owner = owner; }
}
