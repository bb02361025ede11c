package se.finsam.check.output;

import se.finsam.check.findings.DocumentResult;
import se.finsam.check.year.YearSummary;

/** A report being written: results are added in input order as they are checked, then it is finished. */
public interface ReportWriter {

    void add(DocumentResult result);

    /** The year's summary of the run's plans and reports, given once after the last result, before finish. */
    default void year(YearSummary summary) {
    }

    void finish();
}
