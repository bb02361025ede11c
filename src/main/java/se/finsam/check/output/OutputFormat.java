package se.finsam.check.output;

import java.io.PrintWriter;
import java.util.List;
import se.finsam.check.engine.RuleInfo;
import se.finsam.check.findings.DocumentResult;
import se.finsam.check.findings.Messages;

/** One way of writing the results of a check run. */
public interface OutputFormat {

    /**
     * A writer that takes the results as they are checked. Each document is rendered whole when it is added, so
     * that a fault in it is that document's ({@link ContainedWriter}); a {@link StreamingFormat} also writes it at
     * once, the others (an overview first) keep what they rendered until the end.
     */
    ReportWriter open(List<RuleInfo> rules, Messages messages, PrintWriter out);

    /** The whole report of results already at hand. */
    default void write(RunReport report, Messages messages, PrintWriter out) {
        ReportWriter writer = open(report.rules(), messages, out);
        report.results().forEach(writer::add);
        if (report.year() != null) {
            writer.year(report.year());
        }
        writer.finish();
    }

    /** The one-line description of an input that was not checked: file:line:column: why. */
    static String inputError(DocumentResult r, Messages messages) {
        var e = r.error();
        String where = e.line() > 0 ? e.source() + ":" + e.line() + ":" + e.column() : e.source();
        return Printable.line(where + ": " + messages.format(e.key(), e.args()));
    }
}
