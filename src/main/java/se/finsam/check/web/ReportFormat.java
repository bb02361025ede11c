package se.finsam.check.web;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import se.finsam.check.engine.RuleInfo;
import se.finsam.check.findings.DocumentResult;
import se.finsam.check.year.YearSummary;
import se.finsam.check.findings.Messages;
import se.finsam.check.findings.Severity;
import se.finsam.check.output.ContainedWriter;
import se.finsam.check.output.HtmlFormat;
import se.finsam.check.output.JsonFormat;
import se.finsam.check.output.JunitFormat;
import se.finsam.check.output.LetterFormat;
import se.finsam.check.output.OutputFormat;
import se.finsam.check.output.ReportWriter;
import se.finsam.check.output.SarifFormat;

/**
 * The formats the desk and the API answer in: check's own format classes, each result passed through a
 * ContainedWriter as check does, so that an answer is byte for byte what {@code check --format …} writes (with the
 * default --fail-on error).
 */
enum ReportFormat {
    json("application/json", ".json", JsonFormat::new),
    sarif("application/sarif+json", ".sarif", SarifFormat::new),
    junit("application/xml", ".xml", () -> new JunitFormat(Severity.ERROR)),
    html("text/html", ".html", HtmlFormat::new),
    letter("text/plain", ".txt", LetterFormat::new);

    private final String mediaType;
    private final String extension;
    private final Supplier<OutputFormat> format;

    ReportFormat(String mediaType, String extension, Supplier<OutputFormat> format) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.format = format;
    }

    /** The API's formats (?format=…): the machine-readable ones and the HTML report; letters are the desk's. */
    static Optional<ReportFormat> forApi(String name) {
        String n = name == null ? "json" : name.toLowerCase(Locale.ROOT);
        return n.equals("letter") ? Optional.empty()
                : java.util.Arrays.stream(values()).filter(f -> f.name().equals(n)).findFirst();
    }

    String mediaType() {
        return mediaType + "; charset=utf-8";
    }

    String extension() {
        return extension;
    }

    /** summary: the year's summary of the results (null when there is none). */
    String render(List<RuleInfo> rules, List<DocumentResult> results, YearSummary summary, Messages messages) {
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text);
        ReportWriter report = new ContainedWriter(format.get().open(rules, messages, out), faulted -> {
        });
        results.forEach(report::add);
        if (summary != null) {
            report.year(summary);
        }
        report.finish();
        out.flush();
        return text.toString();
    }
}
