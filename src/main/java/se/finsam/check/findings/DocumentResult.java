package se.finsam.check.findings;

import java.util.List;
import se.finsam.check.model.Document;
import se.finsam.check.model.Kind;
import se.finsam.check.read.InputError;

/**
 * The outcome for one input: its kind, title and findings, or the reason it could not be read. It keeps no more of
 * the document than that, so that a report that holds every result (HTML, SARIF, JUnit) stays small.
 */
public record DocumentResult(String source, Kind kind, String title, List<Finding> findings, InputError error) {

    public static DocumentResult checked(Document document, List<Finding> findings) {
        return new DocumentResult(document.getSource(), document.getKind(), document.getTitle(), List.copyOf(findings), null);
    }

    /** A file that is not a form (such as a waiver file) with findings about it. */
    public static DocumentResult ofFile(String source, List<Finding> findings) {
        return new DocumentResult(source, null, null, List.copyOf(findings), null);
    }

    public static DocumentResult unreadable(InputError error) {
        return new DocumentResult(error.source(), null, null, List.of(), error);
    }

    /** The same document with other findings (some of them waived). */
    public DocumentResult withFindings(List<Finding> changed) {
        return new DocumentResult(source, kind, title, List.copyOf(changed), error);
    }

    public boolean isReadable() {
        return error == null;
    }

    public boolean isForm() {
        return kind != null;
    }

    /** The kind of form, or an empty text for a file that is not a form. */
    public String kindId() {
        return kind == null ? "" : kind.id();
    }

    /** The verdict on a form; null for a file that is not one (a waiver file). */
    public Verdict verdict() {
        if (!isReadable()) {
            return Verdict.NEEDS_COMPLETION;
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
