package se.finsam.check.web;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import se.finsam.check.Checker;
import se.finsam.check.findings.DocumentResult;
import se.finsam.check.year.Links;
import se.finsam.check.year.YearSummary;

/**
 * One browser's desk: the files it uploaded, kept in a private folder of its own until cleared, and their results
 * in upload order. A desk holds at most the files and bytes of its limits.
 */
final class Desk {

    /** One document on the desk: its result and the upload it came from (one upload per line of a JSON-lines file). */
    record Entry(DocumentResult result, Uploads.Upload upload) {
    }

    private final Path folder;
    /** The documents as checked, with what linking them needs; entries are the same linked with each other. */
    private final List<Entry> checked = new ArrayList<>();
    private final List<Entry> entries = new ArrayList<>();
    private YearSummary summary;
    private int files;
    private long bytes;

    Desk(Path folder) {
        this.folder = folder;
    }

    /** A new, empty folder for the next upload. */
    Path newUploadFolder() throws IOException {
        return Folders.create(folder, "upload-");
    }

    /** Room for these uploads, or why not (then nothing is kept). */
    synchronized void reserve(List<Uploads.Upload> uploads, Limits limits) throws WebError {
        long size = uploads.stream().mapToLong(Uploads.Upload::size).sum();
        if (files + uploads.size() > limits.filesPerDesk()) {
            throw new WebError(413, "error.deskFull", limits.filesPerDesk());
        }
        if (bytes + size > limits.bytesPerDesk()) {
            throw new WebError(413, "error.deskTooLarge", limits.bytesPerDesk() / Limits.MB);
        }
        files += uploads.size();
        bytes += size;
    }

    /** Puts documents on the desk; every document on it is linked again, so a report finds a plan sent before or after it. */
    synchronized void add(List<Checking.Checked> added, Checker checker) {
        for (Checking.Checked c : added) {
            c.results().forEach(r -> checked.add(new Entry(r, c.upload())));
        }
        Links.Year year = Links.link(checker, checked.stream().map(Entry::result).toList());
        entries.clear();
        for (int i = 0; i < checked.size(); i++) {
            entries.add(new Entry(year.results().get(i), checked.get(i).upload()));
        }
        summary = year.summary();
    }

    /** The year's summary of the desk's plans and reports; null when the desk is empty. */
    synchronized YearSummary summary() {
        return summary;
    }

    synchronized List<Entry> entries() {
        return List.copyOf(entries);
    }

    synchronized List<DocumentResult> results() {
        return entries.stream().map(Entry::result).toList();
    }

    /** The n-th document (from 0), or null. */
    synchronized Entry entry(int n) {
        return n >= 0 && n < entries.size() ? entries.get(n) : null;
    }

    /** Forgets every document and deletes every uploaded file; the desk can be used again. */
    synchronized void clear() {
        checked.clear();
        entries.clear();
        summary = null;
        files = 0;
        bytes = 0;
        Folders.empty(folder);
    }

    /** Clears the desk and deletes its folder: it is not used again. */
    synchronized void discard() {
        clear();
        Folders.delete(folder);
    }
}
