package se.finsam.check.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import se.finsam.check.Checker;
import se.finsam.check.edition.Editions;
import se.finsam.check.engine.RuleBase;
import se.finsam.check.engine.RuleInfo;
import se.finsam.check.findings.Messages;
import se.finsam.check.model.Kind;
import se.finsam.check.output.RuleDocs;
import se.finsam.check.output.RuleText;

/** {@code rules}: lists the rules, or writes one documentation page per rule. */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = "Lists every rule (id, default severity, kinds, title), or writes their documentation pages.")
final class RulesCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private RuleOptions ruleOptions = new RuleOptions();

    @Mixin
    private LanguageOption language = new LanguageOption();

    @Option(names = "--docs", paramLabel = "DIR", description = "Write a Markdown page per rule into DIR.")
    private Path docs;

    @Option(names = "--force", description = "Let --docs replace existing pages.")
    private boolean force;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Messages messages = language.messages(spec.commandLine());
        RuleBase rules = ruleOptions.compile(err);
        if (rules == null) {
            return ExitCode.ERROR.status();
        }
        if (docs != null) {
            try {
                new RuleDocs(new Checker(rules, Editions.builtIn()), messages).write(rules.catalogue(), docs, force);
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
