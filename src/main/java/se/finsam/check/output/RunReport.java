package se.finsam.check.output;

import java.util.List;
import se.finsam.check.engine.RuleInfo;
import se.finsam.check.findings.DocumentResult;
import se.finsam.check.year.YearSummary;

/** What a check run produced, the catalogue of the rules it ran, and the year's summary (null when none was made). */
public record RunReport(List<DocumentResult> results, List<RuleInfo> rules, YearSummary year) {

    public RunReport(List<DocumentResult> results, List<RuleInfo> rules) {
        this(results, rules, null);
    }

    /** The rules that were checked on a document: those that apply to its kind. */
    public List<RuleInfo> rulesFor(DocumentResult r) {
        return rulesFor(rules, r);
    }

    static List<RuleInfo> rulesFor(List<RuleInfo> rules, DocumentResult r) {
        return r.isForm() ? rules.stream().filter(i -> i.appliesTo(r.kind())).toList() : List.of();
    }
}
