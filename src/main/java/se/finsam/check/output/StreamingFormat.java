package se.finsam.check.output;

import java.io.PrintWriter;
import java.util.List;
import se.finsam.check.engine.RuleInfo;
import se.finsam.check.findings.Messages;

/** A format that writes each document as it arrives, so that a run over an archive keeps none of them. */
public interface StreamingFormat extends OutputFormat {

    @Override
    ReportWriter open(List<RuleInfo> rules, Messages messages, PrintWriter out);

    @Override
    default void write(RunReport report, Messages messages, PrintWriter out) {
        ReportWriter writer = open(report.rules(), messages, out);
        report.results().forEach(writer::add);
        writer.finish();
    }
}
