package se.finsam.check.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The finsam-check command line. */
@Command(name = "finsam-check", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Pre-screens the forms of Samordningsförbundet Uppsala län: plans, reports, applications.",
        subcommands = {CheckCommand.class, ImportCommand.class, RulesCommand.class},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:no finding reaches the failing severity", "1:a finding reaches the failing severity",
                "2:usage error, or an input could not be read"})
public final class Main implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args, utf8(FileDescriptor.out), utf8(FileDescriptor.err)));
    }

    /** Runs the command line; output goes to the given writers so that tests can read it. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Main()).setOut(out).setErr(err);
        cl.setParameterExceptionHandler((e, a) -> {
            err.println("finsam-check: " + e.getMessage());
            e.getCommandLine().usage(err);
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

    /** Without a subcommand there is nothing to do: show how to use it. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.ERROR.status();
    }

    /** Swedish text must reach the terminal as UTF-8 whatever the platform's default encoding is. */
    private static PrintWriter utf8(FileDescriptor fd) {
        return new PrintWriter(new PrintStream(new FileOutputStream(fd), true, StandardCharsets.UTF_8), true);
    }
}
