package se.finsam.check.output;

import se.finsam.check.findings.DocumentResult;

/** A report being written: results are added in input order as they are checked, then it is finished. */
public interface ReportWriter {

    void add(DocumentResult result);

    void finish();
}
