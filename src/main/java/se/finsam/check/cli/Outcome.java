package se.finsam.check.cli;

import se.finsam.check.findings.DocumentResult;
import se.finsam.check.findings.Severity;

/** The exit status of a check run, told result by result as they pass. */
final class Outcome {

    private final Severity bar;
    private ExitCode status = ExitCode.OK;
    private long documents;

    /** bar: the severity that fails the run (--fail-on). */
    Outcome(Severity bar) {
        this.bar = bar;
    }

    void add(DocumentResult r) {
        switch (r.status()) {
            case NOT_READ -> status = status.and(ExitCode.ERROR);
            case NOT_CHECKED -> status = status.and(ExitCode.NOT_CHECKED);
            case CHECKED -> {
                documents += r.isForm() ? 1 : 0;
                if (r.findings().stream().anyMatch(f -> !f.isWaived() && f.severity().reaches(bar))) {
                    status = status.and(ExitCode.FINDINGS);
                }
            }
        }
    }

    /** Documents read and checked (the waiver file is not one). */
    long documents() {
        return documents;
    }

    ExitCode exitCode() {
        return documents == 0 ? status.and(ExitCode.ERROR) : status;
    }
}
