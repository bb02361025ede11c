package se.finsam.check.facts;

import se.finsam.check.model.Answer;

/**
 * A mandatory question of the form, as the edition words it, and its answer (an empty one when the file has none).
 * notFound: a form reader did not find the question on the form at all, so whether it is answered is not known.
 * setAsGuidance: the answer stands in the template's guidance look (grey, a placeholder or instruction style), worded
 * as an answer – typed over the guidance, or guidance left in that is worded otherwise.
 */
public record Asked(Answer answer, String question, boolean notFound, boolean setAsGuidance) {

    public Answer getAnswer() { return answer; }
    public String getQuestion() { return question; }
    public boolean isNotFound() { return notFound; }
    public boolean isSetAsGuidance() { return setAsGuidance; }
}
