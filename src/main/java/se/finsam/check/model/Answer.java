package se.finsam.check.model;

/** The answer to one of the form's free-text questions; text is null when the question is not answered at all. */
public class Answer extends Located {

    private final String key;
    private final String text;

    public Answer(String key, String text) {
        this.key = key;
        this.text = text;
    }

    public String getKey() {
        return key;
    }

    public String getText() {
        return text;
    }

    /** True when there is nothing to read: absent, empty or only dashes. */
    public boolean isBlank() {
        return Text.isBlank(text);
    }
}
