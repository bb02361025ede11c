package se.finsam.check.model;

/** The Överenskommelse section of an application as submitted. */
public class Agreement extends Located {

    private final String text;

    public Agreement(String text) {
        this.text = text;
    }

    public String getText() { return text; }
}
