package se.finsam.check.findings;

import java.util.List;
import se.finsam.check.model.Document;
import se.finsam.check.model.Kind;
import se.finsam.check.read.InputError;

/**
 * The outcome for one input: checked (its kind, title and findings), not read (why), or read but not checked (a
 * fault of the program, contained to this input). It keeps no more of the document than that, so that a report
 * that holds every result (HTML, SARIF) stays small.
 */
public record DocumentResult(String source, Kind kind, String title, List<Finding> findings, InputError error,
                             Status status) {

    /** What became of an input. */
    public enum Status {
        CHECKED,
        /** Not read: a type finsam-check does not read, not a regular file, or a file that cannot be read. */
        NOT_READ,
        /** Read, but checking it failed inside the program (a rule, the interpretation, a format). */
        NOT_CHECKED
    }

    public static DocumentResult checked(Document document, List<Finding> findings) {
        return new DocumentResult(document.getSource(), document.getKind(), document.getTitle(), List.copyOf(findings),
                null, Status.CHECKED);
    }

    /** A file that is not a form (such as a waiver file) with findings about it. */
    public static DocumentResult ofFile(String source, List<Finding> findings) {
        return new DocumentResult(source, null, null, List.copyOf(findings), null, Status.CHECKED);
    }

    public static DocumentResult unreadable(InputError error) {
        return new DocumentResult(error.source(), null, null, List.of(), error, Status.NOT_READ);
    }

    /** An input the program failed on: what it knows of the document, and where it failed ({@link Fault}). */
    public static DocumentResult notChecked(String source, Kind kind, String title, InputError fault) {
        return new DocumentResult(source, kind, title, List.of(), fault, Status.NOT_CHECKED);
    }

    /** This result as not checked, because a later step (writing it in a format) failed on it. */
    public DocumentResult notChecked(InputError fault) {
        return notChecked(source, kind, title, fault);
    }

    /** The same document with other findings (some of them waived). */
    public DocumentResult withFindings(List<Finding> changed) {
        return new DocumentResult(source, kind, title, List.copyOf(changed), error, status);
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
        return error ? Verdict.NEEDS_COMPLETION : Verdict.READY;
    }

    public long count(Severity s) {
        return findings.stream().filter(f -> f.severity() == s).count();
    }
}
