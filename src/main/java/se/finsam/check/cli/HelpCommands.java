package se.finsam.check.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;
import se.finsam.check.Project;

/**
 * {@code help [COMMAND]}, {@code completion bash} and the "Did you mean" of a misspelt command or option. Described
 * in code like the other commands (picocli's own HelpCommand is read from annotations); picocli's
 * {@link AutoComplete} writes the completion script from the same descriptions.
 */
final class HelpCommands {

    /** The shells a completion script is made for; picocli's bash script also serves zsh with bashcompinit. */
    enum Shell {
        bash
    }

    private HelpCommands() {
    }

    /** {@code help [COMMAND]}, COMMAND one of the commands of top (as they are when asked: help itself included). */
    static CommandSpec helpSpec(CommandSpec top) {
        CommandSpec spec = Options.command("help", "Shows the help of a command (of " + Project.NAME + " without one).");
        spec.addPositional(PositionalParamSpec.builder().arity("0..1").paramLabel("COMMAND").type(String.class)
                .completionCandidates(() -> top.subcommands().keySet().iterator())
                .description("The command whose help to show: ${COMPLETION-CANDIDATES}.").build());
        return spec;
    }

    static CommandSpec completionSpec() {
        CommandSpec spec = Options.command("completion",
                "Prints a shell completion script. Bash: source <(" + Project.NAME + " completion bash), or save it in "
                        + "~/.local/share/bash-completion/completions/" + Project.NAME + ".");
        spec.addPositional(PositionalParamSpec.builder().arity("1").required(true).paramLabel("SHELL").type(Shell.class)
                .description("The shell: ${COMPLETION-CANDIDATES}.").build());
        return spec;
    }

    /** {@code help}: the help of the command named, else of the program, on standard output. */
    static int help(ParseResult parsed) {
        CommandLine top = parsed.commandSpec().root().commandLine();
        String name = parsed.matchedPositionalValue(0, null);
        if (name == null) {
            top.usage(parsed.commandSpec().commandLine().getOut());
            return ExitCode.OK.status();
        }
        CommandLine command = top.getSubcommands().get(name);
        if (command == null) {
            PrintWriter err = parsed.commandSpec().commandLine().getErr();
            err.println(Project.NAME + ": Unknown command: '" + name + "'");
            if (!suggest(name, top.getSubcommands().keySet(), err)) {
                top.usage(err);
            }
            return ExitCode.ERROR.status();
        }
        command.usage(parsed.commandSpec().commandLine().getOut());
        return ExitCode.OK.status();
    }

    /** {@code completion bash}: the completion script of every command and option, on standard output. */
    static int completion(ParseResult parsed) {
        CommandLine top = parsed.commandSpec().root().commandLine();
        parsed.commandSpec().commandLine().getOut().print(AutoComplete.bash(Project.NAME, top));
        return ExitCode.OK.status();
    }

    /**
     * Prints "Did you mean: …?" for a misspelt command or option, with the nearest names the command knows; false
     * when none is near enough (or the error is of another kind).
     */
    static boolean suggest(ParameterException e, PrintWriter err) {
        if (!(e instanceof UnmatchedArgumentException u) || u.getUnmatched().isEmpty()) {
            return false;
        }
        String arg = u.getUnmatched().get(0);
        CommandSpec spec = e.getCommandLine().getCommandSpec();
        List<String> names = new ArrayList<>();
        if (u.isUnknownOption()) {
            arg = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            for (OptionSpec option : spec.options()) {
                if (!option.hidden()) {
                    names.addAll(List.of(option.names()));
                }
            }
        } else {
            names.addAll(spec.subcommands().keySet());
        }
        return suggest(arg, names, err);
    }

    private static boolean suggest(String arg, Collection<String> names, PrintWriter err) {
        List<String> nearest = nearest(arg, names);
        if (nearest.isEmpty()) {
            return false;
        }
        err.println("Did you mean: " + String.join(" or ", nearest) + "?");
        return true;
    }

    /**
     * The names nearest to arg: fewest edits (a letter added, dropped, changed, or two swapped) – at most one for a
     * word of up to four letters, two for a longer one – or, failing that, the names it is the start of (--out →
     * --output). Leading dashes aside; names and words of fewer than three letters get no suggestion.
     */
    static List<String> nearest(String arg, Collection<String> names) {
        String word = undashed(arg);
        if (word.length() < 3) {
            return List.of();
        }
        int best = word.length() <= 4 ? 1 : 2;
        List<String> nearest = new ArrayList<>();
        for (String name : names) {
            String candidate = undashed(name);
            if (candidate.length() < 3) {
                continue;
            }
            int d = distance(word, candidate);
            if (d < best) {
                best = d;
                nearest.clear();
            }
            if (d == best) {
                nearest.add(name);
            }
        }
        if (nearest.isEmpty()) {
            for (String name : names) {
                if (undashed(name).startsWith(word) && name.startsWith(arg.substring(0, arg.length() - word.length()))) {
                    nearest.add(name);
                }
            }
        }
        return nearest;
    }

    private static String undashed(String name) {
        int i = 0;
        while (i < name.length() && name.charAt(i) == '-') {
            i++;
        }
        return name.substring(i);
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
