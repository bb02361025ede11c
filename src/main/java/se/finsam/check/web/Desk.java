package se.finsam.check.web;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import se.finsam.check.findings.DocumentResult;

/**
 * One browser's desk: the files it uploaded, kept in a private folder of its own until cleared, and their results
 * in upload order. A desk holds at most the files and bytes of its limits.
 */
final class Desk {

    /** One document on the desk: its result and the upload it came from (one upload per line of a JSON-lines file). */
    record Entry(DocumentResult result, Uploads.Upload upload) {
    }

    private final Path folder;
    private final List<Entry> entries = new ArrayList<>();
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

    synchronized void add(List<Checking.Checked> checked) {
        for (Checking.Checked c : checked) {
            c.results().forEach(r -> entries.add(new Entry(r, c.upload())));
        }
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
        entries.clear();
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
