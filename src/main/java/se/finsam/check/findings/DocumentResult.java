package se.finsam.check.findings;

import java.util.List;
import se.finsam.check.model.Document;
import se.finsam.check.read.InputError;

/** The outcome for one input: the document and its findings, or the reason it could not be read. */
public record DocumentResult(String source, Document document, List<Finding> findings, InputError error) {

    public static DocumentResult checked(Document document, List<Finding> findings) {
        return new DocumentResult(document.getSource(), document, List.copyOf(findings), null);
    }

    /** A file that is not a form (such as a waiver file) with findings about it. */
    public static DocumentResult ofFile(String source, List<Finding> findings) {
        return new DocumentResult(source, null, List.copyOf(findings), null);
    }

    public static DocumentResult unreadable(InputError error) {
        return new DocumentResult(error.source(), null, List.of(), error);
    }

    public boolean isReadable() {
        return error == null;
    }

    public boolean isForm() {
        return document != null;
    }

    /** The kind of form, or an empty text for a file that is not a form. */
    public String kindId() {
        return document == null ? "" : document.getKind().id();
    }

    /** The area or initiative, or null. */
    public String title() {
        return document == null ? null : document.getTitle();
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
