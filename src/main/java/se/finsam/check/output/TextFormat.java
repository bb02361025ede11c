package se.finsam.check.output;

import java.io.PrintWriter;
import java.util.List;
import se.finsam.check.engine.RuleInfo;
import se.finsam.check.findings.DocumentResult;
import se.finsam.check.findings.Finding;
import se.finsam.check.findings.Messages;
import se.finsam.check.findings.Severity;

/** Findings for people: grouped by document, most severe first, one line each; the totals at the end. */
public final class TextFormat implements StreamingFormat {

    @Override
    public ReportWriter open(List<RuleInfo> rules, Messages messages, PrintWriter out) {
        return new ReportWriter() {
            private long documents;
            private final long[] bySeverity = new long[Severity.values().length];

            @Override
            public void add(DocumentResult r) {
                if (r.isForm() || !r.isReadable()) {
                    documents++;
                }
                for (Severity s : Severity.values()) {
                    bySeverity[s.ordinal()] += r.count(s);
                }
                if (r.isReadable()) { // an unreadable input is told on stderr, one line per input
                    document(r, messages, out);
                }
            }

            @Override
            public void finish() {
                out.println(messages.get("output.summary", documents, bySeverity[Severity.ERROR.ordinal()],
                        bySeverity[Severity.WARNING.ordinal()], bySeverity[Severity.INFO.ordinal()]));
            }
        };
    }

    private static void document(DocumentResult r, Messages messages, PrintWriter out) {
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

    private static String location(Finding f) {
        return f.position().line() > 0 ? f.position().line() + ":" + f.position().column() : "";
    }
}
