package se.finsam.check.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.stream.Collectors;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParseResult;
import se.finsam.check.Checker;
import se.finsam.check.engine.RuleBase;
import se.finsam.check.engine.RuleInfo;
import se.finsam.check.findings.Messages;
import se.finsam.check.model.Kind;
import se.finsam.check.output.RuleDocs;
import se.finsam.check.output.RuleText;

/** {@code rules}: lists the rules, or writes one documentation page per rule. */
final class RulesCommand {

    static CommandSpec spec() {
        CommandSpec spec = Options.command("rules",
                "Lists every rule (id, default severity, kinds, title), or writes their documentation pages.");
        RuleOptions.addTo(spec);
        LanguageOption.addTo(spec);
        Options.add(spec, "--docs", "DIR", Path.class, null, "Write a Markdown page per rule into DIR.");
        Options.flag(spec, "--force", "Let --docs replace existing pages.");
        return spec;
    }

    private final ParseResult parsed;
    private final Preload preload;

    RulesCommand(ParseResult parsed, Preload preload) {
        this.parsed = parsed;
        this.preload = preload;
    }

    int call() {
        PrintWriter out = parsed.commandSpec().commandLine().getOut();
        PrintWriter err = parsed.commandSpec().commandLine().getErr();
        Messages messages = LanguageOption.messages(parsed);
        RuleBase rules = RuleOptions.compile(parsed, preload, err);
        Path docs = Options.value(parsed, "--docs");
        if (rules == null) {
            return ExitCode.ERROR.status();
        }
        if (docs != null) {
            try {
                new RuleDocs(new Checker(rules, preload.editions()), messages).write(rules.catalogue(), docs, Options.isSet(parsed, "--force"));
                return ExitCode.OK.status();
            } catch (IOException e) {
                err.println("finsam-check: " + e.getMessage());
                return ExitCode.ERROR.status();
            }
        }
        for (RuleInfo rule : rules.catalogue()) {
            out.printf("%-28s %-8s %-28s %s%n", rule.id(), messages.severity(rule.severity()),
                    rule.kinds().stream().map(Kind::id).collect(Collectors.joining(",")), RuleText.title(rule, messages));
        }
        return ExitCode.OK.status();
    }
}
