package se.finsam.check.findings;

/** Kansliet's verdict on a document: ready for the board, to be returned for completion, or to be looked at. */
public enum Verdict {
    /** No error that is not waived. */
    READY("klar-for-styrelsen"),
    /** At least one error that is not waived. */
    NEEDS_COMPLETION("komplettering-behovs"),
    /**
     * No error, but errors that rest on scanned or unsurely read text were given as warnings ({@link
     * UnsureReadings}): the document is not ready until kansliet has looked at the original; no letter goes out.
     */
    CHECK_ORIGINAL("granska-originalet"),
    /** Not read or not checked: kansliet must look at it themselves; nobody is asked to complete anything. */
    NOT_CHECKED("inte-granskad");

    private final String id;

    Verdict(String id) {
        this.id = id;
    }

    /** A stable machine id; the words are in the message catalogue under verdict.&lt;id&gt;. */
    public String id() {
        return id;
    }
}
