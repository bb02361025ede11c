package se.finsam.check.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import se.finsam.check.engine.BuiltInRules;
import se.finsam.check.engine.RuleBase;
import se.finsam.check.engine.RuleCompileError;
import se.finsam.check.engine.RuleSource;

/** {@code --rules DIR}: custom DRL rules added to the built-in ones; shared by the commands that run rules. */
final class RuleOptions {

    @Option(names = "--rules", paramLabel = "DIR",
            description = "Add the DRL files (*.drl) of DIR to the built-in rules.")
    private Path extra;

    /** The compiled rules, or null after telling on err why they could not be compiled. */
    RuleBase compile(PrintWriter err) {
        try {
            List<RuleSource> sources = new ArrayList<>(BuiltInRules.load());
            if (extra != null) {
                sources.addAll(BuiltInRules.readDrl(extra, extra.toString()));
            }
            return RuleBase.compile(sources);
        } catch (RuleCompileError e) {
            e.errors().forEach(line -> err.println("finsam-check: " + line));
        } catch (IOException e) {
            err.println("finsam-check: --rules " + extra + ": " + e.getMessage());
        }
        return null;
    }
}
