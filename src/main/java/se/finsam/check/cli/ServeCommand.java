package se.finsam.check.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import se.finsam.check.engine.RuleBase;
import se.finsam.check.findings.DocumentResult;
import se.finsam.check.findings.Messages;
import se.finsam.check.output.Office;
import se.finsam.check.output.OutputFormat;
import se.finsam.check.read.InputError;

/**
 * {@code serve}: the web desk and its API (package {@code se.finsam.check.web}). Only the command line is described
 * here, beside the options it shares with check; the server's classes – Jetty's among them – are loaded when serve
 * runs, never by another command.
 */
final class ServeCommand {

    static CommandSpec spec() {
        CommandSpec spec = Options.command("serve",
                "Starts the web desk: a page to choose or drop forms on and read the results, and POST /api/check. "
                        + "Prints the address to open, with its access token, as the first line; Ctrl+C stops it and "
                        + "deletes every uploaded file. With that address in " + Remote.VARIABLE + ", check hands its "
                        + "work to this server (started in the same folder) and starts faster.");
        Options.add(spec, "--port", "N", Integer.class, null,
                "Port to listen on (default: 8080, or a free one when 8080 is taken; 0: a free one).");
        Options.add(spec, "--bind", "ADDR", String.class, "127.0.0.1",
                "Address to listen on, as digits (default: ${DEFAULT-VALUE}, this computer only).");
        LimitOptions.addTo(spec);
        RuleOptions.addTo(spec);
        Options.add(spec, "--office", "FILE", Path.class, null,
                "Kansliet's details for the desk's letters (default: " + Office.FILE_NAME + " in the folder serve is "
                        + "started in, when present).");
        return spec;
    }

    private final ParseResult parsed;
    private final Preload preload;

    ServeCommand(ParseResult parsed, Preload preload) {
        this.parsed = parsed;
        this.preload = preload;
    }

    int call() {
        PrintWriter out = parsed.commandSpec().commandLine().getOut();
        PrintWriter err = parsed.commandSpec().commandLine().getErr();
        InetAddress bind = bind();
        Integer port = Options.value(parsed, "--port");
        if (port != null && (port < 0 || port > 65535)) {
            throw new ParameterException(parsed.commandSpec().commandLine(), "--port: " + port + " is not a port");
        }
        RuleBase rules = RuleOptions.compile(parsed, preload, err);
        if (rules == null) {
            return ExitCode.ERROR.status();
        }
        Office office = office(err);
        if (office == null) {
            return ExitCode.ERROR.status();
        }
        var limits = se.finsam.check.web.Limits.defaults(LimitOptions.maxBytes(parsed));
        // a check handed over (FINSAM_SERVER) runs as a cold one would, with the built-in rules and editions loaded
        // here once – not serve's --rules, which are serve's own
        se.finsam.check.web.Runner runner = (args, runOut, runErr, tty) ->
                Main.run(args.toArray(String[]::new), Main.utf8(runOut), Main.utf8(runErr), preload, tty);
        try (var server = se.finsam.check.web.DeskServer.start(rules, preload.editions(), bind, port, limits, office, runner)) {
            out.println(server.url());
            out.flush();
            err.println("finsam-check: serving on port " + server.port() + "; Ctrl+C stops it");
            err.flush();
            server.join();
            return ExitCode.OK.status();
        } catch (IOException e) {
            err.println("finsam-check: cannot serve on " + bind.getHostAddress() + (port == null ? "" : ":" + port) + ": "
                    + e.getMessage());
            return ExitCode.ERROR.status();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExitCode.OK.status();
        }
    }

    /**
     * Kansliet's details for letters, as check takes them: the file named, else the settings file in the folder
     * serve starts in, else the association's defaults. A file that cannot be read is told in one line (null).
     */
    private Office office(PrintWriter err) {
        Path file = Options.value(parsed, "--office");
        if (file == null && Files.isRegularFile(Path.of(Office.FILE_NAME))) {
            file = Path.of(Office.FILE_NAME);
        }
        if (file == null) {
            return Office.DEFAULT;
        }
        try {
            return Office.read(file);
        } catch (InputError e) {
            err.println(OutputFormat.inputError(DocumentResult.unreadable(e), Messages.forLanguage("sv")));
            return null;
        }
    }

    /**
     * The address to listen on: digits only, so that nothing is looked up, and one address – listening on all of
     * them (0.0.0.0) would let every network the computer is on reach the desk.
     */
    private InetAddress bind() {
        String given = Options.value(parsed, "--bind");
        InetAddress address = se.finsam.check.web.Addresses.literal(given);
        if (address != null && !address.isAnyLocalAddress()) {
            return address;
        }
        throw new ParameterException(parsed.commandSpec().commandLine(),
                "--bind: '" + given + "' is not one address of this computer written as digits (such as 127.0.0.1)");
    }
}
