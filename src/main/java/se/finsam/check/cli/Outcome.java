package se.finsam.check.cli;

import se.finsam.check.findings.DocumentResult;
import se.finsam.check.findings.Severity;

/** The exit status of a check run, told result by result as they pass. */
final class Outcome {

    private final Severity bar;
    private boolean unreadable;
    private boolean failing;

    /** bar: the severity that fails the run (--fail-on). */
    Outcome(Severity bar) {
        this.bar = bar;
    }

    void add(DocumentResult r) {
        unreadable |= !r.isReadable();
        failing |= r.findings().stream().anyMatch(f -> !f.isWaived() && f.severity().reaches(bar));
    }

    /** An input that could not be read outranks findings: the run did not see everything. */
    ExitCode exitCode() {
        return unreadable ? ExitCode.ERROR : failing ? ExitCode.FINDINGS : ExitCode.OK;
    }
}
