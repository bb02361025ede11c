package se.finsam.check.web;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import se.finsam.check.engine.RuleInfo;
import se.finsam.check.findings.DocumentResult;
import se.finsam.check.findings.Finding;
import se.finsam.check.findings.Messages;
import se.finsam.check.findings.Severity;
import se.finsam.check.findings.Verdict;
import se.finsam.check.output.Office;
import se.finsam.check.output.RuleText;
import se.finsam.check.output.YearTable;
import se.finsam.check.read.FileSignature;
import se.finsam.check.read.InputType;
import se.finsam.check.year.YearSummary;

/**
 * The desk's two pages: the overview (choose or drop files; a row per document against every rule, the legend,
 * downloads, clear) and one document's findings. Plain HTML that works without its script, which only adds
 * drag-and-drop and sends the chosen files at once.
 */
final class DeskPage {

    private final List<RuleInfo> rules;
    private final Limits limits;
    private final Office office;

    DeskPage(List<RuleInfo> rules, Limits limits, Office office) {
        this.rules = rules;
        this.limits = limits;
        this.office = office;
    }

    /** summary: the year's summary of the desk (null when empty); error: a refused upload's message, or null. */
    String overview(List<Desk.Entry> entries, YearSummary summary, WebText t, String error) {
        Messages m = t.messages();
        StringBuilder b = head(t, t.get("page.title"), "/");
        b.append("<form id=\"upload\" method=\"post\" action=\"").append(link("/upload", t))
                .append("\" enctype=\"multipart/form-data\">\n<label id=\"drop\" class=\"drop\"><strong>")
                .append(Html.esc(t.get("page.choose"))).append("</strong> <span>").append(Html.esc(t.get("page.drop")))
                .append("</span>\n<input id=\"files\" type=\"file\" name=\"").append(Uploads.FIELD)
                .append("\" multiple accept=\"").append(accepted()).append("\"></label>\n<button type=\"submit\">")
                .append(Html.esc(t.get("page.send"))).append("</button> <span id=\"sending\" role=\"status\" data-words=\"")
                .append(Html.esc(t.get("page.sending"))).append("\"></span>\n<p class=\"hint\">")
                .append(Html.esc(t.get("page.intro"))).append("<br>").append(Html.esc(t.get("page.limits",
                        limits.filesPerRequest(), limits.bytesPerFile() / Limits.MB, limits.bytesPerDesk() / Limits.MB)))
                .append("</p>\n</form>\n");
        if (error != null) {
            b.append("<p class=\"refused\" role=\"alert\">").append(Html.esc(error)).append("</p>\n");
        }
        if (entries.isEmpty()) {
            b.append("<p id=\"empty\">").append(Html.esc(t.get("page.empty"))).append("</p>\n");
            return end(b);
        }
        b.append("<h2>").append(Html.esc(t.get("page.overview"))).append("</h2>\n");
        counts(b, entries, t);
        b.append("<div class=\"scroll\"><table id=\"overview\">")
                .append("<thead><tr><th>").append(Html.esc(t.get("page.file"))).append("</th><th>")
                .append(Html.esc(t.get("page.kind"))).append("</th><th>").append(Html.esc(t.get("page.verdict")))
                .append("</th><th>").append(Html.esc(t.get("page.downloads"))).append("</th><th>")
                .append(Html.esc(m.severity(Severity.ERROR))).append("</th><th>")
                .append(Html.esc(m.severity(Severity.WARNING))).append("</th>");
        for (RuleInfo rule : rules) {
            b.append("<th class=\"rule\" data-rule=\"").append(Html.esc(rule.id())).append("\"><span>")
                    .append(Html.esc(RuleText.title(rule, m))).append("</span></th>");
        }
        b.append("</tr></thead>\n<tbody>\n");
        for (int i = 0; i < entries.size(); i++) {
            row(b, i, entries.get(i), t);
        }
        b.append("</tbody></table></div>\n");
        legend(b, t);
        if (summary != null && !summary.isEmpty()) {
            year(b, new YearTable(summary, m));
        }
        b.append("<h2>").append(Html.esc(t.get("page.downloads"))).append("</h2>\n<ul id=\"downloads\">");
        for (String name : List.of("letters.txt", "report.html", "report.json", "report.sarif")) {
            b.append("<li><a href=\"").append(link("/download/" + name, t)).append("\">")
                    .append(Html.esc(t.get("download." + name))).append("</a></li>");
        }
        b.append("</ul>\n");
        if (office.contact() == null && office.email() == null && office.phone() == null) {
            b.append("<p id=\"office\" class=\"hint\">").append(Html.esc(t.get("page.noContact", Office.FILE_NAME))).append("</p>\n");
        }
        b.append("<form method=\"post\" action=\"").append(link("/clear", t)).append("\"><button id=\"clear\" type=\"submit\">")
                .append(Html.esc(t.get("page.clear"))).append("</button></form>\n");
        return end(b);
    }

    /** How many documents have each verdict: what is left to do, before the rows. */
    private static void counts(StringBuilder b, List<Desk.Entry> entries, WebText t) {
        Map<Verdict, Long> by = new EnumMap<>(Verdict.class);
        entries.stream().map(e -> e.result().verdict()).filter(Objects::nonNull)
                .forEach(v -> by.merge(v, 1L, Long::sum));
        b.append("<p id=\"counts\">").append(Html.esc(t.get("page.counts", entries.size(),
                by.getOrDefault(Verdict.READY, 0L), by.getOrDefault(Verdict.NEEDS_COMPLETION, 0L),
                by.getOrDefault(Verdict.CHECK_ORIGINAL, 0L), by.getOrDefault(Verdict.NOT_CHECKED, 0L)))).append("</p>\n");
    }

    /** The year's summary: a row per plan and per edition, and the reports whose plan is not on the desk. */
    private static void year(StringBuilder b, YearTable table) {
        b.append("<h2>").append(Html.esc(table.heading())).append("</h2>\n<div class=\"scroll\"><table id=\"year\"><thead><tr>");
        table.header().forEach(h -> b.append("<th>").append(Html.esc(h)).append("</th>"));
        b.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : table.rows()) {
            b.append("<tr>");
            row.forEach(c -> b.append("<td>").append(Html.esc(c)).append("</td>"));
            b.append("</tr>\n");
        }
        for (List<String> row : table.totals()) {
            b.append("<tr class=\"total\">");
            row.forEach(c -> b.append("<th>").append(Html.esc(c)).append("</th>"));
            b.append("</tr>\n");
        }
        b.append("</tbody></table></div>\n");
        if (table.alone() != null) {
            b.append("<p id=\"alone\">").append(Html.esc(table.alone())).append("</p>\n");
        }
    }

    /** A document's row: its verdict and a cell per rule; one that was not read or checked says why. */
    private void row(StringBuilder b, int i, Desk.Entry e, WebText t) {
        Messages m = t.messages();
        DocumentResult r = e.result();
        b.append("<tr data-verdict=\"").append(r.verdict() == null ? "" : r.verdict().id()).append("\"><td><a href=\"")
                .append(link("/document?n=" + i, t)).append("\">").append(Html.esc(r.source())).append("</a>");
        if (r.title() != null) {
            b.append("<br><small>").append(Html.esc(r.title())).append("</small>");
        }
        b.append("</td><td>").append(Html.esc(kind(r, m))).append("</td><td class=\"verdict ")
                .append(r.verdict() == null ? "" : r.verdict().id()).append("\">")
                .append(r.verdict() == null ? "" : Html.esc(m.verdict(r.verdict())));
        unsure(b, r, t);
        b.append("</td><td class=\"get\">").append(documentLinks(i, e, t, "row")).append("</td>");
        if (!r.isChecked()) {
            b.append("<td>–</td><td>–</td><td class=\"why\" colspan=\"").append(rules.size()).append("\">")
                    .append(Html.esc(m.format(r.error().key(), r.error().args()))).append("</td>");
        } else {
            b.append("<td>").append(r.count(Severity.ERROR)).append("</td><td>").append(r.count(Severity.WARNING)).append("</td>");
            for (RuleInfo rule : rules) {
                cell(b, r, rule, t);
            }
        }
        b.append("</tr>\n");
    }

    /**
     * An error read from a scanned page (or a guessed table row) is shown as a warning, never as an error, so a
     * document can be "ready" while what was misread hides an error: the verdict says how many of its findings rest
     * on such a reading and send kansliet to the original.
     */
    private static void unsure(StringBuilder b, DocumentResult r, WebText t) {
        long unsure = r.findings().stream().filter(f -> !f.isWaived() && f.severity() != Severity.INFO
                && f.position().place() != null && f.position().place().unsure()).count();
        if (unsure > 0) {
            b.append("<br><small class=\"unsure\">").append(Html.esc(t.get("page.unsure", unsure))).append("</small>");
        }
    }

    private static void cell(StringBuilder b, DocumentResult r, RuleInfo rule, WebText t) {
        if (!r.isForm() || !rule.appliesTo(r.kind())) {
            b.append("<td class=\"cell na\" title=\"").append(Html.esc(t.get("legend.na"))).append("\">–</td>");
            return;
        }
        Severity worst = r.findings().stream().filter(f -> f.rule().equals(rule.id())).map(Finding::severity)
                .min(Enum::compareTo).orElse(null);
        if (worst == null) {
            b.append("<td class=\"cell passed\" title=\"").append(Html.esc(t.get("legend.passed"))).append("\">✓</td>");
        } else {
            b.append("<td class=\"cell ").append(worst.id()).append("\" title=\"").append(Html.esc(t.get("legend." + worst.id())))
                    .append("\">").append(symbol(worst)).append("</td>");
        }
    }

    private static void legend(StringBuilder b, WebText t) {
        b.append("<dl id=\"legend\"><dt>").append(Html.esc(t.get("page.legend"))).append("</dt>");
        for (String key : List.of("error", "warning", "info", "passed", "na")) {
            b.append("<dd class=\"").append(key).append("\">").append(Html.esc(t.get("legend." + key))).append("</dd>");
        }
        b.append("</dl>\n");
    }

    /**
     * The downloads of one document: its letter when it needs completion, its reading as YAML when it is a form;
     * words: "row" (short, in the overview) or "doc" (on the document's page).
     */
    private static String documentLinks(int i, Desk.Entry e, WebText t, String words) {
        StringBuilder b = new StringBuilder();
        if (e.result().verdict() == Verdict.NEEDS_COMPLETION) {
            b.append("<a class=\"letter\" href=\"").append(link("/download/letter?n=" + i, t)).append("\">")
                    .append(Html.esc(t.get(words + ".letter"))).append("</a> ");
            b.append("<a class=\"letter-word\" href=\"").append(link("/download/letter.docx?n=" + i, t)).append("\">")
                    .append(Html.esc(t.get(words + ".letterWord"))).append("</a> ");
        }
        if (hasYaml(e)) {
            b.append("<a class=\"yaml\" href=\"").append(link("/download/yaml?n=" + i, t)).append("\">")
                    .append(Html.esc(t.get(words + ".yaml"))).append("</a>");
        }
        return b.toString();
    }

    /** A form that was read can be written as the structured YAML that import writes. */
    static boolean hasYaml(Desk.Entry e) {
        return e.result().isForm() && InputType.byName(e.upload().label()).map(InputType::isForm).orElse(false);
    }

    /** One document: its verdict and each finding with its message (the quoted text) and where it is. */
    String document(int i, Desk.Entry e, WebText t) {
        Messages m = t.messages();
        DocumentResult r = e.result();
        StringBuilder b = head(t, r.source(), "/document?n=" + i);
        b.append("<p><a id=\"back\" href=\"").append(link("/", t)).append("\">").append(Html.esc(t.get("doc.back")))
                .append("</a></p>\n<h2 id=\"document\">").append(Html.esc(r.source())).append("</h2>\n<p>");
        if (r.title() != null) {
            b.append(Html.esc(kind(r, m))).append(" · ").append(Html.esc(r.title())).append(" · ");
        }
        b.append("<span class=\"verdict ").append(r.verdict() == null ? "" : r.verdict().id()).append("\">")
                .append(r.verdict() == null ? "" : Html.esc(m.verdict(r.verdict()))).append("</span>");
        unsure(b, r, t);
        b.append("</p>\n");
        if (r.plan() != null) {
            b.append("<p id=\"plan\">").append(Html.esc(m.get("output.plan", r.plan()))).append("</p>\n");
        }
        if (!r.isChecked()) {
            b.append("<p class=\"why\">").append(Html.esc(m.format(r.error().key(), r.error().args()))).append("</p>\n");
        } else if (r.findings().isEmpty()) {
            b.append("<p>").append(Html.esc(t.get("doc.none"))).append("</p>\n");
        } else {
            b.append("<ol id=\"findings\">\n");
            for (Finding f : r.findings()) {
                b.append("<li class=\"").append(f.severity().id()).append("\"><span class=\"severity\">")
                        .append(symbol(f.severity())).append(' ').append(Html.esc(m.severity(f.severity())))
                        .append("</span> <span class=\"rule\">").append(Html.esc(ruleTitle(f.rule(), m)))
                        .append("</span><p class=\"message\">").append(Html.esc(m.message(f))).append("</p>")
                        .append("<p class=\"where\">").append(Html.esc(where(r, f, t))).append("</p>");
                if (f.isWaived()) {
                    b.append("<p class=\"waived\">").append(Html.esc(m.get("output.waived", f.waiver()))).append("</p>");
                }
                b.append("</li>\n");
            }
            b.append("</ol>\n");
        }
        String links = documentLinks(i, e, t, "doc");
        if (!links.isEmpty()) {
            b.append("<p class=\"get\">").append(links).append("</p>\n");
        }
        return end(b);
    }

    /** Where a finding is, in the form's own words (a structured file's line beside them). */
    private static String where(DocumentResult r, Finding f, WebText t) {
        return se.finsam.check.output.FieldNames.where(r.source(), f.position(), t.messages());
    }

    private String ruleTitle(String id, Messages m) {
        return rules.stream().filter(r -> r.id().equals(id)).findFirst().map(r -> RuleText.title(r, m)).orElse(id);
    }

    private static String kind(DocumentResult r, Messages m) {
        String key = "letter.kind." + r.kindId();
        return !r.isForm() ? "–" : m.has(key) ? m.get(key) : r.kindId();
    }

    private static String symbol(Severity s) {
        return switch (s) {
            case ERROR -> "✖";
            case WARNING -> "⚠";
            case INFO -> "ℹ";
        };
    }

    /** What the file input offers: the types that are read, and those told for what they are (PDF, .xlsx …). */
    private static String accepted() {
        StringBuilder b = new StringBuilder();
        for (InputType type : InputType.values()) {
            type.extensions().forEach(x -> b.append(b.isEmpty() ? "" : ",").append(x));
        }
        for (FileSignature other : FileSignature.values()) {
            other.extensions().forEach(x -> b.append(',').append(x));
        }
        return b.toString();
    }

    /** A link within the desk, in the page's language. */
    static String link(String path, WebText t) {
        if (t.lang().equals("sv")) {
            return path;
        }
        return path + (path.contains("?") ? "&amp;" : "?") + "lang=" + t.lang();
    }

    /** here: the page's own address, so that the other language shows the same page. */
    private static StringBuilder head(WebText t, String title, String here) {
        StringBuilder b = new StringBuilder(4096);
        String other = t.lang().equals("sv") ? "en" : "sv";
        b.append("<!DOCTYPE html>\n<html lang=\"").append(t.lang()).append("\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(Html.esc(title)).append(" – finsam-check</title>")
                .append("<link rel=\"stylesheet\" href=\"/desk.css\"><script src=\"/desk.js\" defer></script></head>\n<body>\n")
                .append("<header><h1>").append(Html.esc(t.get("page.title"))).append("</h1><a id=\"language\" lang=\"")
                .append(other).append("\" href=\"").append(here).append(here.contains("?") ? "&amp;" : "?").append("lang=")
                .append(other).append("\">").append(Html.esc(t.get("page.language")))
                .append("</a></header>\n<main>\n");
        return b;
    }

    private static String end(StringBuilder b) {
        return b.append("</main>\n</body></html>\n").toString();
    }
}
