package se.finsam.check.findings;

import java.util.ArrayList;
import java.util.List;
import se.finsam.check.model.Document;
import se.finsam.check.model.Kind;
import se.finsam.check.read.InputError;
import se.finsam.check.year.YearRecord;

/**
 * The outcome for one input: checked (its kind, title and findings), not read (why), or read but not checked (a
 * fault of the program, contained to this input). It keeps no more of the document than that, so that a report
 * that holds every result (HTML, SARIF) stays small. A report linked with its plan names the plan's source; until
 * the run has linked it, a plan or report carries its {@link YearRecord}, which the linking takes off.
 */
public record DocumentResult(String source, Kind kind, String title, List<Finding> findings, InputError error,
                             Status status, String plan, YearRecord record) {

    /** What became of an input. */
    public enum Status {
        CHECKED,
        /** Not read: a type finsam-check does not read, not a regular file, or a file that cannot be read. */
        NOT_READ,
        /** Read, but checking it failed inside the program (a rule, the interpretation, a format). */
        NOT_CHECKED
    }

    public static DocumentResult checked(Document document, List<Finding> findings) {
        return checked(document, findings, null);
    }

    /** A checked plan or report with what the run keeps of it to link it with others. */
    public static DocumentResult checked(Document document, List<Finding> findings, YearRecord record) {
        return new DocumentResult(document.getSource(), document.getKind(), document.getTitle(), List.copyOf(findings),
                null, Status.CHECKED, null, record);
    }

    /** A file that is not a form (such as a waiver file) with findings about it. */
    public static DocumentResult ofFile(String source, List<Finding> findings) {
        return new DocumentResult(source, null, null, List.copyOf(findings), null, Status.CHECKED, null, null);
    }

    public static DocumentResult unreadable(InputError error) {
        return new DocumentResult(error.source(), null, null, List.of(), error, Status.NOT_READ, null, null);
    }

    /** An input the program failed on: what it knows of the document, and where it failed ({@link Fault}). */
    public static DocumentResult notChecked(String source, Kind kind, String title, InputError fault) {
        return new DocumentResult(source, kind, title, List.of(), fault, Status.NOT_CHECKED, null, null);
    }

    /** This result as not checked, because a later step (writing it in a format) failed on it. */
    public DocumentResult notChecked(InputError fault) {
        return notChecked(source, kind, title, fault);
    }

    /** The same document with other findings (some of them waived). */
    public DocumentResult withFindings(List<Finding> changed) {
        return new DocumentResult(source, kind, title, List.copyOf(changed), error, status, plan, record);
    }

    /**
     * This result once the run has linked it: with the findings of the rules that compare it with others, the
     * plan it was linked with (null for a plan, or a report checked alone), and no longer its record.
     */
    public DocumentResult linked(String linkedPlan, List<Finding> more) {
        List<Finding> all = new ArrayList<>(findings);
        all.addAll(more);
        all.sort(Finding.ORDER);
        return new DocumentResult(source, kind, title, List.copyOf(all), error, status, linkedPlan, null);
    }

    /** Checked, with findings (possibly none); false when not read or not checked, which {@link #error} explains. */
    public boolean isChecked() {
        return status == Status.CHECKED;
    }

    public boolean isForm() {
        return kind != null;
    }

    /** The kind of form, or an empty text for a file that is not a form or was not read. */
    public String kindId() {
        return kind == null ? "" : kind.id();
    }

    /** The verdict on a form; null for a file that is not one (a waiver file). */
    public Verdict verdict() {
        if (!isChecked()) {
            return Verdict.NOT_CHECKED;
        }
        if (!isForm()) {
            return null;
        }
        boolean error = findings.stream().anyMatch(f -> !f.isWaived() && f.severity() == Severity.ERROR);
        return error ? Verdict.NEEDS_COMPLETION : lowered() > 0 ? Verdict.CHECK_ORIGINAL : Verdict.READY;
    }

    /** The errors not waived that were given as warnings because they rest on scanned or unsurely read text. */
    public long lowered() {
        return findings.stream().filter(f -> !f.isWaived() && f.isLowered()).count();
    }

    public long count(Severity s) {
        return findings.stream().filter(f -> f.severity() == s).count();
    }
}
