package se.finsam.check.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import se.finsam.check.Checker;
import se.finsam.check.engine.RuleFixtures;
import se.finsam.check.engine.RuleInfo;
import se.finsam.check.findings.DocumentResult;
import se.finsam.check.findings.Finding;
import se.finsam.check.findings.Messages;
import se.finsam.check.model.Kind;
import se.finsam.check.read.InputError;
import se.finsam.check.year.Links;

/**
 * One Markdown page per rule, made from its metadata, the message catalogue and its fixtures: what it checks,
 * why (in the form's own words), and an example that fires it and one that stays quiet.
 */
public final class RuleDocs {

    private final Checker checker;
    private final Messages messages;

    public RuleDocs(Checker checker, Messages messages) {
        this.checker = checker;
        this.messages = messages;
    }

    public void write(List<RuleInfo> rules, Path dir, boolean force) throws IOException {
        Files.createDirectories(dir);
        for (RuleInfo rule : rules) {
            NewFiles.write(dir.resolve(rule.id() + ".md"), page(rule), force, messages);
        }
    }

    public String page(RuleInfo rule) {
        StringBuilder md = new StringBuilder();
        md.append("<!-- ").append(messages.get("docs.generated")).append(" -->\n");
        md.append("# ").append(rule.id()).append(" – ").append(RuleText.title(rule, messages)).append("\n\n");
        md.append("| | |\n|---|---|\n");
        md.append("| ").append(messages.get("docs.severity")).append(" | ").append(messages.severity(rule.severity())).append(" |\n");
        md.append("| ").append(messages.get("docs.kinds")).append(" | ")
                .append(rule.kinds().stream().map(Kind::id).collect(Collectors.joining(", "))).append(" |\n\n");
        md.append("## ").append(messages.get("docs.checks")).append("\n\n").append(RuleText.description(rule, messages)).append("\n\n");
        String why = rule.id() + ".why";
        if (messages.has(why)) {
            md.append("## ").append(messages.get("docs.why")).append("\n\n").append(messages.get(why)).append("\n\n");
        }
        List<RuleFixtures.Case> cases = cases(rule);
        cases.stream().filter(c -> !c.expected().isEmpty()).findFirst()
                .ifPresent(c -> example(md, rule, c, messages.get("docs.fires")));
        cases.stream().filter(c -> c.expected().isEmpty()).findFirst()
                .ifPresent(c -> example(md, rule, c, messages.get("docs.quiet")));
        return md.toString();
    }

    private void example(StringBuilder md, RuleInfo rule, RuleFixtures.Case c, String heading) {
        md.append("## ").append(heading).append(": ").append(c.name()).append("\n\n```yaml\n");
        for (int d = 0; d < c.texts().size(); d++) {
            if (c.texts().size() > 1) {
                md.append(d == 0 ? "" : "---\n").append("# ").append(c.sourceOf(d)).append('\n');
            }
            md.append(c.texts().get(d));
        }
        md.append("```\n\n");
        for (DocumentResult r : results(c)) {
            int d = c.documentOf(r.source());
            String pointer = c.documents().get(d).position().pointer();
            for (Finding f : r.findings().stream().filter(f -> f.rule().equals(rule.id())).toList()) {
                md.append("> **").append(messages.severity(f.severity())).append("** (")
                        .append(c.texts().size() > 1 ? c.sourceOf(d) + " " : "")
                        .append(f.position().pointer().substring(pointer.length())).append("): ")
                        .append(messages.message(f)).append("\n\n");
            }
        }
    }

    private List<DocumentResult> results(RuleFixtures.Case c) {
        try {
            return Links.check(checker, c.read());
        } catch (InputError e) {
            return List.of();
        }
    }

    private static List<RuleFixtures.Case> cases(RuleInfo rule) {
        try {
            return RuleFixtures.of(rule.id());
        } catch (IOException | InputError e) {
            return List.of();
        }
    }
}
