package se.finsam.check.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParseResult;
import se.finsam.check.engine.BuiltInRules;
import se.finsam.check.engine.RuleBase;
import se.finsam.check.engine.RuleCompileError;
import se.finsam.check.engine.RuleSource;

/** {@code --rules DIR}: custom DRL rules added to the built-in ones; shared by the commands that run rules. */
final class RuleOptions {

    private static final String NAME = "--rules";

    private RuleOptions() {
    }

    static void addTo(CommandSpec spec) {
        Options.add(spec, NAME, "DIR", Path.class, null, "Add the DRL files (*.drl) of DIR to the built-in rules.");
    }

    /** The compiled rules, or null after telling on err why they could not be compiled. */
    static RuleBase compile(ParseResult parsed, Preload preload, PrintWriter err) {
        Path extra = Options.value(parsed, NAME);
        try {
            RuleBase rules = preload.rules();
            if (extra == null) {
                return rules;
            }
            // custom rules stay plain DRL, compiled now: building the executable model at run time is slower
            List<RuleSource> custom = BuiltInRules.readDrl(extra, extra.toString());
            return custom.isEmpty() ? rules : rules.with(RuleBase.compile(custom));
        } catch (RuleCompileError e) {
            e.errors().forEach(line -> err.println("finsam-check: " + line));
        } catch (IOException e) {
            err.println("finsam-check: --rules " + extra + ": " + e.getMessage());
        }
        return null;
    }
}
