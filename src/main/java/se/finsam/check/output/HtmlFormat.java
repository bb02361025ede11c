package se.finsam.check.output;

import java.io.PrintWriter;
import java.util.List;
import se.finsam.check.engine.RuleInfo;
import se.finsam.check.findings.DocumentResult;
import se.finsam.check.findings.Finding;
import se.finsam.check.findings.Messages;
import se.finsam.check.findings.Severity;

/**
 * One self-contained HTML page for kansliet: an overview of every document against every rule, then each
 * document's findings and passed checks. No scripts, no external styles or fonts; prints on A4. Everything that
 * comes from a document is escaped.
 */
public final class HtmlFormat implements OutputFormat {

    private static final String STYLE = """
            body{font-family:system-ui,-apple-system,"Segoe UI",Arial,sans-serif;margin:2em;color:#222;max-width:80em}
            h1{font-size:1.5em}h2{font-size:1.2em;margin-top:2em;border-bottom:1px solid #999}
            table{border-collapse:collapse;font-size:.85em}th,td{border:1px solid #bbb;padding:.25em .4em;vertical-align:top}
            th.rule{writing-mode:vertical-rl;transform:rotate(180deg);white-space:nowrap;font-weight:normal}
            td.cell{text-align:center;white-space:nowrap}a{color:inherit}
            .error{background:#f8d0d0}.warning{background:#fbe9b7}.info{background:#d7e6f7}.passed{background:#d6f0d6}.na{color:#999}
            .verdict-komplettering-behovs{font-weight:bold;color:#900}.verdict-klar-for-styrelsen{font-weight:bold;color:#060}
            ol.findings li{margin:.4em 0;padding:.2em .4em}.where{color:#555;font-size:.9em}.waived{font-style:italic}
            .source{color:#555;font-family:monospace}
            @media print{@page{size:A4;margin:15mm}body{margin:0}section{break-inside:avoid-page}a{text-decoration:none}}
            """;

    @Override
    public void write(RunReport report, Messages m, PrintWriter out) {
        List<DocumentResult> docs = report.results();
        out.println("<!DOCTYPE html>");
        out.println("<html lang=\"" + m.locale().getLanguage() + "\"><head><meta charset=\"utf-8\"/>");
        out.println("<title>" + esc(m.get("html.title")) + "</title><style>" + STYLE + "</style></head><body>");
        out.println("<h1>" + esc(m.get("html.title")) + "</h1>");
        overview(report, m, out);
        for (int i = 0; i < docs.size(); i++) {
            document(i, docs.get(i), report.rulesFor(docs.get(i)), m, out);
        }
        out.println("</body></html>");
    }

    private static void overview(RunReport report, Messages m, PrintWriter out) {
        out.println("<table class=\"overview\"><thead><tr><th>" + esc(m.get("html.document")) + "</th><th>"
                + esc(m.get("html.kind")) + "</th><th>" + esc(m.get("html.verdict")) + "</th><th>"
                + esc(m.severity(Severity.ERROR)) + "</th><th>" + esc(m.severity(Severity.WARNING)) + "</th>");
        for (RuleInfo rule : report.rules()) {
            out.println("<th class=\"rule\" title=\"" + esc(RuleText.title(rule, m)) + "\">" + esc(rule.id()) + "</th>");
        }
        out.println("</tr></thead><tbody>");
        List<DocumentResult> docs = report.results();
        for (int i = 0; i < docs.size(); i++) {
            DocumentResult r = docs.get(i);
            String verdict = r.verdict() == null ? "" : r.verdict().id();
            out.println("<tr><td><a href=\"#doc-" + i + "\">" + esc(name(r)) + "</a></td><td>" + esc(r.kindId())
                    + "</td><td class=\"verdict-" + verdict + "\">" + (r.verdict() == null ? "" : esc(m.verdict(r.verdict())))
                    + "</td><td>" + r.count(Severity.ERROR) + "</td><td>" + r.count(Severity.WARNING) + "</td>");
            List<RuleInfo> checked = report.rulesFor(r);
            for (RuleInfo rule : report.rules()) {
                out.println(cell(i, r, rule, checked.contains(rule), m));
            }
            out.println("</tr>");
        }
        out.println("</tbody></table>");
    }

    /** The worst severity of a rule on a document, with a symbol so that it reads without colour. */
    private static String cell(int i, DocumentResult r, RuleInfo rule, boolean checked, Messages m) {
        if (!checked) {
            return "<td class=\"cell na\" title=\"" + esc(m.get("html.notApplicable")) + "\">–</td>";
        }
        Severity worst = r.findings().stream().filter(f -> f.rule().equals(rule.id())).map(Finding::severity)
                .min(Enum::compareTo).orElse(null);
        if (worst == null) {
            return "<td class=\"cell passed\" title=\"" + esc(m.get("html.passed")) + "\">✓</td>";
        }
        return "<td class=\"cell " + worst.id() + "\"><a href=\"#doc-" + i + "\" title=\"" + esc(m.severity(worst)) + "\">"
                + symbol(worst) + "</a></td>";
    }

    private static void document(int i, DocumentResult r, List<RuleInfo> checked, Messages m, PrintWriter out) {
        out.println("<section id=\"doc-" + i + "\"><h2>" + esc(name(r))
                + (r.isForm() ? " (" + esc(r.kindId()) + ")" : "")
                + (r.verdict() == null ? "" : " – <span class=\"verdict-" + r.verdict().id() + "\">" + esc(m.verdict(r.verdict())) + "</span>")
                + "</h2><p class=\"source\">" + esc(r.source()) + "</p>");
        if (!r.isReadable()) {
            out.println("<p class=\"error\">" + esc(OutputFormat.inputError(r, m)) + "</p></section>");
            return;
        }
        if (!r.findings().isEmpty()) {
            out.println("<ol class=\"findings\">");
            for (Finding f : r.findings()) {
                out.println("<li class=\"" + f.severity().id() + "\">" + symbol(f.severity()) + " <strong>"
                        + esc(m.severity(f.severity())) + "</strong> <code>" + esc(f.rule()) + "</code> "
                        + "<span class=\"where\">" + esc(m.get("html.where", f.position().line(), f.position().pointer()))
                        + "</span><br/>" + esc(m.message(f))
                        + (f.isWaived() ? "<br/><span class=\"waived\">" + esc(m.get("output.waived", f.waiver())) + "</span>" : "")
                        + "</li>");
            }
            out.println("</ol>");
        }
        List<RuleInfo> passed = checked.stream().filter(rule -> r.findings().stream().noneMatch(f -> f.rule().equals(rule.id()))).toList();
        if (!passed.isEmpty()) {
            out.println("<h3>" + esc(m.get("html.passedChecks")) + "</h3><ul>");
            passed.forEach(rule -> out.println("<li>✓ " + esc(RuleText.title(rule, m)) + " <code>" + esc(rule.id()) + "</code></li>"));
            out.println("</ul>");
        }
        out.println("</section>");
    }

    private static String name(DocumentResult r) {
        return r.title() != null ? r.title() : r.source();
    }

    private static String symbol(Severity s) {
        return switch (s) {
            case ERROR -> "✖";
            case WARNING -> "⚠";
            case INFO -> "ℹ";
        };
    }

    /** Escapes text for HTML element content and quoted attributes; drops control characters. */
    static String esc(String s) {
        return Printable.of(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;").replace("'", "&#39;");
    }
}
