package se.finsam.check.output;

import java.io.UncheckedIOException;
import java.util.function.Consumer;
import se.finsam.check.findings.DocumentResult;
import se.finsam.check.findings.Fault;
import se.finsam.check.year.YearSummary;

/**
 * The document boundary as the fault boundary of a format: a fault while one document is written becomes that
 * document's result ("kunde inte granskas"), written in its place, and the report goes on with the next. Each format
 * renders a document whole before it writes any of it, so nothing half-written is left before the replacement. A
 * write error (a full disk, a closed pipe) is the run's, not the document's, and goes through.
 */
public final class ContainedWriter implements ReportWriter {

    private final ReportWriter report;
    private final Consumer<DocumentResult> faulted;

    /** faulted: told of each result that replaced one the format failed on, so that the exit status counts it. */
    public ContainedWriter(ReportWriter report, Consumer<DocumentResult> faulted) {
        this.report = report;
        this.faulted = faulted;
    }

    @Override
    public void add(DocumentResult result) {
        try {
            report.add(result);
        } catch (UncheckedIOException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            DocumentResult instead = result.notChecked(Fault.of(result.source(), Fault.Step.FORMAT, e));
            faulted.accept(instead);
            report.add(instead);
        }
    }

    @Override
    public void year(YearSummary summary) {
        report.year(summary);
    }

    @Override
    public void finish() {
        report.finish();
    }
}
