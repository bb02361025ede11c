package se.finsam.check.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import se.finsam.check.findings.Messages;
import se.finsam.check.read.Glob;
import se.finsam.check.read.GlobError;
import se.finsam.check.read.InputFiles;

/** Which files a folder walk takes: --include and --exclude globs with .gitignore semantics ({@link Glob}). */
final class WalkOptions {

    private WalkOptions() {
    }

    static void addTo(CommandSpec spec) {
        repeatable(spec, "--include", "Search folders only for files matching GLOB (relative to the folder, as in "
                + ".gitignore: *, **, ?, [a-z]); may be repeated. Files named directly are always read.");
        repeatable(spec, "--exclude", "Leave out files and folders matching GLOB when searching folders; may be repeated.");
    }

    private static void repeatable(CommandSpec spec, String name, String description) {
        spec.addOption(OptionSpec.builder(name).paramLabel("GLOB").type(List.class).auxiliaryTypes(String.class)
                .arity("1").description(description).build());
    }

    /** The walk's filter; a malformed glob or an empty path argument is a usage error. */
    static InputFiles.Filter filter(ParseResult parsed, Messages messages) {
        for (String path : Options.inputs(parsed)) {
            if (path.isBlank()) { // "" would walk the current folder: target/ and all
                throw new ParameterException(parsed.commandSpec().commandLine(), messages.get("usage.emptyPath"));
            }
        }
        return new InputFiles.Filter(globs(parsed, "--include", messages), globs(parsed, "--exclude", messages));
    }

    private static List<Glob> globs(ParseResult parsed, String name, Messages messages) {
        List<String> patterns = Options.value(parsed, name);
        List<Glob> globs = new ArrayList<>();
        for (String p : patterns == null ? List.<String>of() : patterns) {
            try {
                globs.add(Glob.compile(p));
            } catch (GlobError e) {
                throw new ParameterException(parsed.commandSpec().commandLine(),
                        name + ": " + messages.format(e.key(), e.args()));
            }
        }
        return globs;
    }
}
