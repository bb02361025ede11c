package se.finsam.check.model;

import java.time.LocalDate;

/** A time span as written on the form and, where it could be read, as dates; from/to are null when unreadable. */
public final class Period {

    private final LocalDate from;
    private final LocalDate to;
    private final String asWritten;

    public Period(LocalDate from, LocalDate to, String asWritten) {
        this.from = from;
        this.to = to;
        this.asWritten = asWritten;
    }

    public LocalDate getFrom() { return from; }
    public LocalDate getTo() { return to; }
    public String getAsWritten() { return asWritten; }

    public boolean isReadable() {
        return from != null && to != null;
    }

    /** The period for quoting: as written, else from–to. */
    public String getEvidence() {
        return asWritten != null ? asWritten : from + "–" + to;
    }
}
