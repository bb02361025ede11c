package se.finsam.check.model;

/**
 * How the form reader came by a value a rule relies on: written plainly beside its label; inferred (a year taken
 * from the form's other dates, a party from the contact list or by elimination); or not made sense of at all.
 * A structured file says what it means: its values are plain. A rule gives an error only on a plain reading; on
 * an uncertain one it asks kansliet to look at the original. SET_AS_GUIDANCE: an answer read plainly, but set in
 * the template's guidance look (a Word form's grey) – its {@link Place#grey}; rule fixtures say it so.
 */
public enum Reading {
    PLAIN, INFERRED, UNREADABLE, SET_AS_GUIDANCE;

    /** Null (a structured file) is plain. */
    public static boolean isUncertain(Reading r) {
        return r == INFERRED || r == UNREADABLE;
    }
}
