package se.finsam.check.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.util.function.IntSupplier;

/**
 * System.err of a server that takes runs: what a run's threads write there – a library's warning, through SLF4J's
 * simple logger – goes to that run's client, as a cold check would have written it to the client's own stderr;
 * what other threads write stays the server's. A thread started during a run (the run's workers) belongs to it
 * while the run lasts, then writes to the server's stderr again.
 */
final class RunStderr extends OutputStream {

    /** The stream of a run, while it lasts. */
    private static final class Run {
        final OutputStream err;
        volatile boolean active = true;

        Run(OutputStream err) {
            this.err = err;
        }
    }

    private static final InheritableThreadLocal<Run> RUN = new InheritableThreadLocal<>();
    private static boolean installed;

    private final PrintStream server;

    private RunStderr(PrintStream server) {
        this.server = server;
    }

    /** Puts the router in place of System.err, in the charset System.err had (once for the process). */
    static synchronized void install() {
        if (!installed) {
            String name = System.getProperty("stderr.encoding", System.getProperty("sun.stderr.encoding"));
            Charset charset = name != null && Charset.isSupported(name) ? Charset.forName(name) : Charset.defaultCharset();
            System.setErr(new PrintStream(new RunStderr(System.err), true, charset));
            installed = true;
        }
    }

    /** Runs run with System.err of this thread, and of those it starts, going to err. */
    static int during(OutputStream err, IntSupplier run) {
        Run current = new Run(err);
        RUN.set(current);
        try {
            return run.getAsInt();
        } finally {
            current.active = false;
            RUN.remove();
        }
    }

    private OutputStream target() {
        Run run = RUN.get();
        return run != null && run.active ? run.err : server;
    }

    @Override
    public void write(int b) throws IOException {
        target().write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        target().write(b, off, len);
    }

    @Override
    public void flush() throws IOException {
        target().flush();
    }
}
