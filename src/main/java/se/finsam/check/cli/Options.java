package se.finsam.check.cli;

import picocli.CommandLine.Model.CommandSpec;
import java.util.List;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParseResult;
import se.finsam.check.Project;

/**
 * The command line is described to picocli in code, not by annotations: reading annotations costs the JVM a proxy
 * class per annotation type, which was a fifth of a one-plan check's start-up. These helpers keep the
 * descriptions as short as the annotations were.
 */
final class Options {

    private Options() {
    }

    /**
     * A command with -h/--help and -V/--version, added as options rather than by picocli's standard mixin, which
     * would bring the reflection back. Every command, not only the top one, knows the version line.
     */
    static CommandSpec command(String name, String description) {
        CommandSpec spec = CommandSpec.create().name(name);
        spec.version(Project.NAME + " " + Project.version());
        spec.usageMessage().description(description);
        spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true).description("Show this help message and exit.").build());
        spec.addOption(OptionSpec.builder("-V", "--version").versionHelp(true).description("Print version information and exit.").build());
        return spec;
    }

    /** An option taking a value: names, its label in the help, its type, its default (or null), the help text. */
    static void add(CommandSpec spec, String[] names, String label, Class<?> type, String defaultValue, String description) {
        spec.addOption(OptionSpec.builder(names).paramLabel(label).type(type).defaultValue(defaultValue)
                .description(description).build());
    }

    static void add(CommandSpec spec, String name, String label, Class<?> type, String defaultValue, String description) {
        add(spec, new String[] {name}, label, type, defaultValue, description);
    }

    /** The files and folders a command works on: one or more, shown in the help as label. */
    static void inputs(CommandSpec spec, String label, String description) {
        spec.addPositional(PositionalParamSpec.builder().arity("1..*").required(true).paramLabel(label).type(List.class)
                .auxiliaryTypes(String.class).description(description).build());
    }

    /** The files and folders given to a command (see {@link #inputs}). */
    static List<String> inputs(ParseResult parsed) {
        return parsed.matchedPositionalValue(0, List.of());
    }

    /** A switch (--force). */
    static void flag(CommandSpec spec, String name, String description) {
        spec.addOption(OptionSpec.builder(name).arity("0").type(boolean.class).description(description).build());
    }

    /** The value of an option after parsing: as given, else its default, else null. */
    static <T> T value(ParseResult parsed, String name) {
        return parsed.commandSpec().findOption(name).getValue();
    }

    static boolean isSet(ParseResult parsed, String name) {
        return Boolean.TRUE.equals(value(parsed, name));
    }
}
