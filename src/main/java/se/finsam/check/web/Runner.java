package se.finsam.check.web;

import java.io.OutputStream;
import java.util.List;

/**
 * Runs a command line in the server's process, as the command-line tool would run it cold: what {@code POST
 * /api/run} hands its requests to. Given by serve, so that this package needs nothing of the command line's.
 */
@FunctionalInterface
public interface Runner {

    /** Runs args writing to out and err (UTF-8 bytes, as to the process's own); tty: stderr is a terminal. */
    int run(List<String> args, OutputStream out, OutputStream err, boolean tty);
}
