package se.finsam.check.model;

/** The answer to one of the form's free-text questions; text is null when the question is not answered at all. */
public class Answer extends Located {

    private final String key;
    private final String text;
    private String question;
    private Reading reading;

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

    /** The form's wording of a mandatory question; null for answers the form does not require. */
    public String getQuestion() {
        return question;
    }

    public void setQuestion(String question) {
        this.question = question;
    }

    /**
     * Unreadable when a form reader did not find the question on the form at all: whether it is answered is not
     * known. Null for a structured file and for a question found (its answer, or its emptiness, is plain).
     */
    public Reading getReading() {
        return reading;
    }

    public void setReading(Reading reading) {
        this.reading = reading;
    }

    /** True when the question was not found on a form: a missing answer may be a misreading. */
    public boolean isNotFound() {
        return reading == Reading.UNREADABLE;
    }

    /** True when there is nothing to read: absent, empty or only dashes. */
    public boolean isBlank() {
        return Text.isBlank(text);
    }
}
