package se.finsam.check.web;

/** A request refused: its HTTP status and what to tell the user (a key of the web texts and its arguments). */
final class WebError extends Exception {

    private final int status;
    private final String key;
    private final transient Object[] args;

    WebError(int status, String key, Object... args) {
        super(key, null, false, false); // an answer, not a fault: no stack trace
        this.status = status;
        this.key = key;
        this.args = args;
    }

    int status() {
        return status;
    }

    String message(WebText text) {
        return text.get(key, args);
    }
}
