package se.finsam.check.output;

import java.io.PrintWriter;
import se.finsam.check.findings.DocumentResult;
import se.finsam.check.findings.Messages;

/** One way of writing the results of a check run. */
public interface OutputFormat {

    void write(RunReport report, Messages messages, PrintWriter out);

    /** The one-line description of an input that could not be read: file:line:column: what is wrong. */
    static String inputError(DocumentResult r, Messages messages) {
        var e = r.error();
        String where = e.line() > 0 ? e.source() + ":" + e.line() + ":" + e.column() : e.source();
        return Printable.of(where + ": " + messages.format(e.key(), e.args())).replace('\n', ' ');
    }
}
