package se.finsam.check.output;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import se.finsam.check.engine.RuleInfo;
import se.finsam.check.findings.DocumentResult;
import se.finsam.check.findings.Finding;
import se.finsam.check.findings.Messages;
import se.finsam.check.findings.Severity;

/**
 * Findings for people: grouped by document, most severe first, one line each; an input that was not read or not
 * checked with why; the totals at the end. File names and document text are shown with control characters
 * escaped, so that neither a terminal nor a CI log takes them for commands.
 */
public final class TextFormat implements StreamingFormat {

    @Override
    public ReportWriter open(List<RuleInfo> rules, Messages messages, PrintWriter out) {
        return new ReportWriter() {
            private long documents;
            private long notChecked;
            private final long[] bySeverity = new long[Severity.values().length];

            @Override
            public void add(DocumentResult r) {
                String text = document(r, messages); // whole first: a fault in it leaves no half document behind
                if (!r.isChecked()) {
                    notChecked++;
                } else if (r.isForm()) {
                    documents++;
                }
                for (Severity s : Severity.values()) {
                    bySeverity[s.ordinal()] += r.count(s);
                }
                out.print(text);
            }

            @Override
            public void finish() {
                out.println(messages.get("output.summary", documents, bySeverity[Severity.ERROR.ordinal()],
                        bySeverity[Severity.WARNING.ordinal()], bySeverity[Severity.INFO.ordinal()])
                        + (notChecked == 0 ? "" : " " + messages.get("output.summary.notChecked", notChecked)));
            }
        };
    }

    private static String document(DocumentResult r, Messages messages) {
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text);
        out.println(Printable.line(r.source()) + (r.isForm() ? " – " + messages.get("letter.kind." + r.kindId()) : "")
                + (r.title() == null ? "" : ", " + Printable.line(r.title()))
                + (r.verdict() == null ? "" : "  [" + messages.verdict(r.verdict()) + "]"));
        if (r.plan() != null) {
            out.println("  " + messages.get("output.plan", Printable.line(r.plan())));
        }
        if (!r.isChecked()) {
            out.println("  " + Printable.line(messages.format(r.error().key(), r.error().args())));
        } else if (r.findings().isEmpty()) {
            out.println("  " + messages.get("output.clean"));
        }
        for (Finding f : r.findings()) {
            out.printf("  %-8s %5s  %-28s %s%n", messages.severity(f.severity()), location(f), f.rule(),
                    Printable.line(Printable.of(messages.message(f)).replace('\n', ' ')));
            if (f.isWaived()) {
                out.println("  " + " ".repeat(45) + Printable.line(messages.get("output.waived", f.waiver())));
            }
        }
        out.println();
        out.flush();
        return text.toString();
    }

    private static String location(Finding f) {
        return f.position().line() > 0 ? f.position().line() + ":" + f.position().column() : "";
    }
}
