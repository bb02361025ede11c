package se.finsam.check.output;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import se.finsam.check.engine.RuleInfo;
import se.finsam.check.findings.DocumentResult;
import se.finsam.check.findings.Messages;

/** One way of writing the results of a check run. */
public interface OutputFormat {

    void write(RunReport report, Messages messages, PrintWriter out);

    /**
     * A writer that takes the results as they are checked. A format that needs them all before it writes (an
     * overview first, counts in its heading) collects them; a {@link StreamingFormat} writes each at once.
     */
    default ReportWriter open(List<RuleInfo> rules, Messages messages, PrintWriter out) {
        List<DocumentResult> results = new ArrayList<>();
        return new ReportWriter() {
            @Override
            public void add(DocumentResult result) {
                results.add(result);
            }

            @Override
            public void finish() {
                write(new RunReport(results, rules), messages, out);
            }
        };
    }

    /** The one-line description of an input that could not be read: file:line:column: what is wrong. */
    static String inputError(DocumentResult r, Messages messages) {
        var e = r.error();
        String where = e.line() > 0 ? e.source() + ":" + e.line() + ":" + e.column() : e.source();
        return Printable.of(where + ": " + messages.format(e.key(), e.args())).replace('\n', ' ');
    }
}
