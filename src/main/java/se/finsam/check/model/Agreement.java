package se.finsam.check.model;

/** The Överenskommelse section of an application as submitted. */
public class Agreement extends Located {

    private final String text;
    private String change;

    public Agreement(String text) {
        this.text = text;
    }

    public String getText() { return text; }

    /** Where the text departs from the form's fixed text (quoted); null when it is unchanged. */
    public String getChange() { return change; }
    public void setChange(String change) { this.change = change; }
}
