package se.finsam.check.facts;

import se.finsam.check.model.Position;

/** A report's words that money was left unused ("ett överskott på ca 150 000 kr"), which explain a return. */
public record UnderspendTold(String evidence, Position position) {

    public String getEvidence() { return evidence; }
    public Position getPosition() { return position; }
}
