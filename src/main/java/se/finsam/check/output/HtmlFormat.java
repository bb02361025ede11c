package se.finsam.check.output;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import se.finsam.check.Project;
import java.util.ArrayList;
import java.util.List;
import se.finsam.check.engine.RuleInfo;
import se.finsam.check.findings.DocumentResult;
import se.finsam.check.findings.Finding;
import se.finsam.check.findings.Messages;
import se.finsam.check.findings.Severity;
import se.finsam.check.year.YearSummary;

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
            table.overview{width:100%;table-layout:fixed}table.overview td,table.overview th{overflow-wrap:break-word;hyphens:auto}
            th.rule{writing-mode:vertical-rl;transform:rotate(180deg);font-weight:normal;height:11em;text-align:left}
            col.doc{width:16em}col.kind{width:9.5em}col.verdict{width:9.5em}col.count{width:6em}
            .legend{font-size:.85em;color:#444}.legend span{margin-right:1.2em}
            td.cell{text-align:center;white-space:nowrap}a{color:inherit}
            .error{background:#f8d0d0}.notchecked{background:#e4e4e4;font-style:italic}.warning{background:#fbe9b7}.info{background:#d7e6f7}.passed{background:#d6f0d6}.na{color:#999}
            .verdict-komplettering-behovs{font-weight:bold;color:#900}.verdict-klar-for-styrelsen{font-weight:bold;color:#060}.verdict-granska-originalet{font-weight:bold;color:#8a5a00}
            ol.findings li{margin:.4em 0;padding:.2em .4em}.where{color:#555;font-size:.9em}.waived{font-style:italic}
            .source,.plan{color:#555;font-family:monospace}table.year td,table.year th{text-align:left}
            @media print{@page{size:A4 landscape;margin:12mm}body{margin:0;max-width:none;font-size:9pt}
            table.overview{font-size:8pt}col.doc{width:12em}section{break-inside:avoid-page}a{text-decoration:none}}
            """;

    /**
     * Each document's overview row and section are made as it is added (a fault in them is that document's, see
     * {@link ContainedWriter}); the page is written at the end, the overview first.
     */
    private final LocalDate today;

    public HtmlFormat(LocalDate today) {
        this.today = today;
    }

    public HtmlFormat() {
        this(LocalDate.now());
    }

    @Override
    public ReportWriter open(List<RuleInfo> rules, Messages m, PrintWriter out) {
        List<String> rows = new ArrayList<>();
        List<String> sections = new ArrayList<>();
        StringBuilder year = new StringBuilder();
        return new ReportWriter() {
            @Override
            public void year(YearSummary summary) {
                year.append(yearSection(summary, m));
            }

            @Override
            public void add(DocumentResult r) {
                int i = rows.size();
                List<RuleInfo> checked = RunReport.rulesFor(rules, r);
                String row = row(i, r, rules, checked, m);
                String section = document(i, r, checked, m);
                rows.add(row);
                sections.add(section);
            }

            @Override
            public void finish() {
                out.println("<!DOCTYPE html>");
                out.println("<html lang=\"" + m.locale().getLanguage() + "\"><head><meta charset=\"utf-8\"/>");
                out.println("<title>" + esc(m.get("html.title")) + "</title><style>" + STYLE + "</style></head><body>");
                out.println("<h1>" + esc(m.get("html.title")) + "</h1>");
                out.println("<p class=\"reviewed\">" + esc(m.get("html.reviewed",
                        today.format(DateTimeFormatter.ofPattern("d MMMM yyyy", m.locale())), Project.NAME + " " + Project.version(),
                        rows.size())) + "</p>");
                out.println("<table class=\"overview\"><colgroup><col class=\"doc\"/><col class=\"kind\"/><col class=\"verdict\"/>"
                        + "<col class=\"count\"/><col class=\"count\"/></colgroup><thead><tr><th>" + esc(m.get("html.document")) + "</th><th>"
                        + esc(m.get("html.kind")) + "</th><th>" + esc(m.get("html.verdict")) + "</th><th>"
                        + esc(m.severity(Severity.ERROR)) + "</th><th>" + esc(m.severity(Severity.WARNING)) + "</th>");
                for (RuleInfo rule : rules) {
                    out.println("<th class=\"rule\" title=\"" + esc(rule.id()) + "\">" + esc(RuleText.title(rule, m)) + "</th>");
                }
                out.println("</tr></thead><tbody>");
                rows.forEach(out::print);
                out.println("</tbody></table>");
                out.println("<p class=\"legend\"><span>✖ " + esc(m.severity(Severity.ERROR)) + "</span><span>⚠ "
                        + esc(m.severity(Severity.WARNING)) + "</span><span>ℹ " + esc(m.severity(Severity.INFO)) + "</span><span>✓ "
                        + esc(m.get("html.passed")) + "</span><span>– " + esc(m.get("html.notApplicable")) + "</span><span>"
                        + esc(m.get("html.legendVerdicts")) + "</span></p>");
                out.print(year);
                sections.forEach(out::print);
                out.println("</body></html>");
                out.flush();
            }
        };
    }

    /** A document's row of the overview; one that was not checked says why across the rules' columns. */
    private static String row(int i, DocumentResult r, List<RuleInfo> rules, List<RuleInfo> checked, Messages m) {
        StringBuilder row = new StringBuilder();
        String verdict = r.verdict() == null ? "" : r.verdict().id();
        row.append("<tr><td><a href=\"#doc-").append(i).append("\">").append(esc(name(r))).append("</a></td><td>")
                .append(esc(kind(r, m))).append("</td><td class=\"verdict-").append(verdict).append("\">")
                .append(r.verdict() == null ? "" : esc(m.verdict(r.verdict()))).append("</td>");
        if (!r.isChecked()) {
            row.append("<td>–</td><td>–</td><td class=\"notchecked\" colspan=\"").append(rules.size()).append("\">")
                    .append(esc(m.format(r.error().key(), r.error().args()))).append("</td></tr>\n");
            return row.toString();
        }
        row.append("<td>").append(r.count(Severity.ERROR)).append("</td><td>").append(r.count(Severity.WARNING)).append("</td>\n");
        for (RuleInfo rule : rules) {
            row.append(cell(i, r, rule, checked.contains(rule), m)).append('\n');
        }
        return row.append("</tr>\n").toString();
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

    private static String document(int i, DocumentResult r, List<RuleInfo> checked, Messages m) {
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text);
        out.println("<section id=\"doc-" + i + "\"><h2>" + esc(name(r))
                + (r.isForm() ? " (" + esc(kind(r, m)) + ")" : "")
                + (r.verdict() == null ? "" : " – <span class=\"verdict-" + r.verdict().id() + "\">" + esc(m.verdict(r.verdict())) + "</span>")
                + "</h2><p class=\"source\">" + esc(Printable.line(r.source())) + "</p>"
                + (r.plan() == null ? "" : "<p class=\"plan\">" + esc(m.get("output.plan", Printable.line(r.plan()))) + "</p>"));
        if (!r.isChecked()) {
            out.println("<p class=\"notchecked\">" + esc(OutputFormat.inputError(r, m)) + "</p></section>");
            out.flush();
            return text.toString();
        }
        if (!r.findings().isEmpty()) {
            out.println("<ol class=\"findings\">");
            for (Finding f : r.findings()) {
                out.println("<li class=\"" + f.severity().id() + "\">" + symbol(f.severity()) + " <strong>"
                        + esc(m.severity(f.severity())) + "</strong> <code>" + esc(f.rule()) + "</code> "
                        + "<span class=\"where\">" + esc(FieldNames.where(r.source(), f.position(), m))
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
        out.flush();
        return text.toString();
    }

    /** The year's summary: a row per plan and per edition's total; empty when the run had no plan or report. */
    static String yearSection(YearSummary summary, Messages m) {
        if (summary.isEmpty()) {
            return "";
        }
        YearTable table = new YearTable(summary, m);
        StringBuilder html = new StringBuilder("<section id=\"year\"><h2>").append(esc(table.heading()))
                .append("</h2><table class=\"year\"><thead><tr>");
        table.header().forEach(h -> html.append("<th>").append(esc(h)).append("</th>"));
        html.append("</tr></thead><tbody>\n");
        table.rows().forEach(row -> html.append(cells(row, "td")));
        table.totals().forEach(row -> html.append(cells(row, "th")));
        html.append("</tbody></table>\n");
        if (table.alone() != null) {
            html.append("<p class=\"alone\">").append(esc(table.alone())).append("</p>\n");
        }
        return html.append("</section>\n").toString();
    }

    private static String cells(List<String> row, String cell) {
        StringBuilder html = new StringBuilder("<tr>");
        row.forEach(c -> html.append('<').append(cell).append('>').append(esc(c)).append("</").append(cell).append('>'));
        return html.append("</tr>\n").toString();
    }

    /** The kind of document in the reader's language (verksamhetsplan, slutrapport …). */
    private static String kind(DocumentResult r, Messages m) {
        return r.isForm() ? m.get("letter.kind." + r.kindId()) : "";
    }

    private static String name(DocumentResult r) {
        return Printable.line(r.title() != null ? r.title() : r.source());
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
