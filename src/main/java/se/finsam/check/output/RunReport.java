package se.finsam.check.output;

import java.util.List;
import se.finsam.check.engine.RuleInfo;
import se.finsam.check.findings.DocumentResult;

/** What a check run produced, and the catalogue of the rules it ran. */
public record RunReport(List<DocumentResult> results, List<RuleInfo> rules) {

    /** The rules that were checked on a document: those that apply to its kind. */
    public List<RuleInfo> rulesFor(DocumentResult r) {
        return rulesFor(rules, r);
    }

    static List<RuleInfo> rulesFor(List<RuleInfo> rules, DocumentResult r) {
        return r.isForm() ? rules.stream().filter(i -> i.appliesTo(r.kind())).toList() : List.of();
    }
}
