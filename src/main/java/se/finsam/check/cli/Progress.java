package se.finsam.check.cli;

import java.io.PrintWriter;
import se.finsam.check.findings.Messages;

/**
 * Progress of a run on stderr – files done of total, and the rate – only when stderr is a terminal (the launcher
 * tells, since Java cannot see it), so that logs and pipes stay clean. Never on stdout.
 */
final class Progress {

    /** Set by the launcher when stderr is a terminal; a run handed to serve tells the client's instead. */
    static final String TTY_PROPERTY = "finsam.stderr.tty";
    private static final long INTERVAL_NANOS = 200_000_000L;

    private final PrintWriter err;
    private final Messages messages;
    private final int total;
    private final boolean enabled;
    private final long start = System.nanoTime();
    private long lastShown;
    private int done;

    /** tty: err is a terminal. */
    Progress(PrintWriter err, Messages messages, int total, boolean tty) {
        this.err = err;
        this.messages = messages;
        this.total = total;
        this.enabled = tty;
    }

    void step() {
        done++;
        long now = System.nanoTime();
        if (enabled && (now - lastShown > INTERVAL_NANOS || done == total)) {
            lastShown = now;
            double seconds = Math.max(1e-9, (now - start) / 1e9);
            err.print("\r" + messages.get("progress", done, total, Math.round(done / seconds)) + " ");
            err.flush();
        }
    }

    /** A line of its own (an input that cannot be read): the progress shown so far is cleared first. */
    void println(String line) {
        clear();
        err.println(line);
    }

    void finish() {
        clear();
        err.flush();
    }

    private void clear() {
        if (enabled && done > 0) {
            err.print("\r\033[K");
        }
    }
}
