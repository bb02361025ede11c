package se.finsam.check.facts;

import se.finsam.check.model.Answer;

/** A mandatory question of the form, as the edition words it, and its answer (an empty one when the file has none). */
public record Asked(Answer answer, String question) {

    public Answer getAnswer() { return answer; }
    public String getQuestion() { return question; }
}
