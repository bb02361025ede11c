package se.finsam.check.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.ExecutionException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import se.finsam.check.Project;
import se.finsam.check.Timeline;

/** The finsam-check command line: the commands described to picocli (see {@link Options}) and run by name. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        Timeline.start();
        // the warm path first, before anything of picocli or the rules is loaded: a check a running serve takes
        int status = Remote.run(args);
        if (status == Remote.COLD) {
            status = run(args, utf8(new FileOutputStream(FileDescriptor.out)), utf8(new FileOutputStream(FileDescriptor.err)));
        }
        Timeline.end();
        System.exit(status);
    }

    /** Runs the command line; output goes to the given writers so that tests can read it. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, out, err, new Preload(args), Boolean.getBoolean(Progress.TTY_PROPERTY));
    }

    /**
     * Runs the command line with rules and editions that may be loaded already (serve's, for a run handed to it);
     * tty: stderr is a terminal.
     */
    static int run(String[] args, PrintWriter out, PrintWriter err, Preload preload, boolean tty) {
        CommandLine cl = new CommandLine(spec()).setOut(out).setErr(err);
        cl.setExecutionStrategy(parsed -> execute(parsed, preload, tty));
        cl.setParameterExceptionHandler((e, a) -> {
            err.println("finsam-check: " + e.getMessage());
            if (!HelpCommands.suggest(e, err)) { // a misspelt command or option: the nearest names instead of the usage
                e.getCommandLine().usage(err);
            }
            return ExitCode.ERROR.status();
        });
        cl.setExecutionExceptionHandler((e, c, p) -> {
            err.println("finsam-check: internal error: " + e);
            return ExitCode.ERROR.status();
        });
        int status = cl.execute(args);
        out.flush();
        err.flush();
        return status;
    }

    private static CommandSpec spec() {
        CommandSpec spec = Options.command(Project.NAME,
                "Pre-screens the forms of Samordningsförbundet Uppsala län: plans, reports, applications.");
        spec.usageMessage().exitCodeListHeading("%nExit status:%n").exitCodeList(ExitCode.describe());
        spec.addSubcommand("check", CheckCommand.spec());
        spec.addSubcommand("import", ImportCommand.spec());
        spec.addSubcommand("rules", RulesCommand.spec());
        spec.addSubcommand("serve", ServeCommand.spec());
        spec.addSubcommand("schema", SchemaCommand.spec());
        spec.addSubcommand("help", HelpCommands.helpSpec(spec));
        spec.addSubcommand("completion", HelpCommands.completionSpec());
        return spec;
    }

    /** Help and version when asked for; else the named command; without one, how to use it. */
    private static int execute(ParseResult parsed, Preload preload, boolean tty) {
        Integer help = CommandLine.executeHelpRequest(parsed);
        if (help != null) {
            return help;
        }
        if (!parsed.hasSubcommand()) {
            parsed.commandSpec().commandLine().usage(parsed.commandSpec().commandLine().getErr());
            return ExitCode.ERROR.status();
        }
        ParseResult command = parsed.subcommand();
        try {
            return switch (command.commandSpec().name()) {
                case "check" -> new CheckCommand(command, preload, tty).call();
                case "import" -> new ImportCommand(command, preload).call();
                case "serve" -> new ServeCommand(command, preload).call();
                case "schema" -> SchemaCommand.call(command);
                case "help" -> HelpCommands.help(command);
                case "completion" -> HelpCommands.completion(command);
                default -> new RulesCommand(command, preload).call();
            };
        } catch (ParameterException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new ExecutionException(command.commandSpec().commandLine(), String.valueOf(e.getMessage()), e);
        }
    }

    /**
     * Swedish text must reach the terminal as UTF-8 whatever the platform's default encoding is. Also the writers of
     * a run handed to serve, so that it writes as a cold one does.
     */
    static PrintWriter utf8(OutputStream stream) {
        return new PrintWriter(new PrintStream(stream, true, StandardCharsets.UTF_8), true);
    }
}
