package se.finsam.check.output;

import java.io.PrintWriter;
import java.util.List;
import se.finsam.check.findings.DocumentResult;
import se.finsam.check.findings.Finding;
import se.finsam.check.findings.Messages;
import se.finsam.check.findings.Severity;

/** Findings for people: grouped by document, most severe first, one line each. */
public final class TextFormat implements OutputFormat {

    @Override
    public void write(RunReport report, Messages messages, PrintWriter out) {
        List<DocumentResult> results = report.results();
        for (DocumentResult r : results) {
            if (!r.isReadable()) {
                continue; // told on stderr, one line per input
            }
            // control characters from a document (terminal escapes) never reach the terminal
            out.println(Printable.of(r.source() + (r.isForm() ? " – " + r.kindId() : "") + (r.title() == null ? "" : ", " + r.title())
                    + (r.verdict() == null ? "" : "  [" + messages.verdict(r.verdict()) + "]")));
            if (r.findings().isEmpty()) {
                out.println("  " + messages.get("output.clean"));
            }
            for (Finding f : r.findings()) {
                out.printf("  %-8s %5s  %-28s %s%n", messages.severity(f.severity()), location(f), f.rule(),
                        Printable.of(messages.message(f)).replace('\n', ' '));
                if (f.isWaived()) {
                    out.println("  " + " ".repeat(45) + messages.get("output.waived", f.waiver()));
                }
            }
            out.println();
        }
        long docs = results.stream().filter(r -> r.isForm() || !r.isReadable()).count();
        out.println(messages.get("output.summary", docs, total(results, Severity.ERROR),
                total(results, Severity.WARNING), total(results, Severity.INFO)));
    }

    private static String location(Finding f) {
        return f.position().line() > 0 ? f.position().line() + ":" + f.position().column() : "";
    }

    private static long total(List<DocumentResult> results, Severity s) {
        return results.stream().mapToLong(r -> r.count(s)).sum();
    }
}
