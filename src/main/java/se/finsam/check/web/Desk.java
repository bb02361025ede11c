package se.finsam.check.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import se.finsam.check.Checker;
import se.finsam.check.findings.DocumentResult;
import se.finsam.check.read.InputError;
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
    /** The label of the first upload of each content on the desk, by its SHA-256. */
    private final Map<String, String> contents = new HashMap<>();
    private YearSummary summary;
    /** The last upload refused, until the overview has said why once. */
    private WebError refused;
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

    /**
     * Checks the uploads and puts their documents on the desk; every document on it is linked again, so a report
     * finds a plan sent before or after it. A file whose content is already on the desk – the same form sent twice,
     * or a folder dropped again with a new file in it – is not checked again: it is a row that names the first,
     * so that no letter goes out twice and the year is not counted double.
     */
    synchronized void add(List<Uploads.Upload> uploads, Checker checker) throws IOException {
        List<Uploads.Upload> fresh = new ArrayList<>();
        Map<Uploads.Upload, String> sameAs = new HashMap<>();
        for (Uploads.Upload u : uploads) {
            // empty files are all alike, and each is told as empty by its reader
            String first = u.size() == 0 ? null : contents.putIfAbsent(digest(u.file()), u.label());
            if (first == null) {
                fresh.add(u);
            } else {
                sameAs.put(u, first);
            }
        }
        List<Checking.Checked> done = Checking.check(checker, fresh);
        int next = 0;
        for (Uploads.Upload u : uploads) {
            String first = sameAs.get(u);
            if (first == null) {
                Checking.Checked c = done.get(next++);
                c.results().forEach(r -> checked.add(new Entry(r, c.upload())));
            } else {
                checked.add(new Entry(DocumentResult.unreadable(new InputError(u.label(), 0, 0, "desk.duplicate", first)), u));
            }
        }
        Links.Year year = Links.link(checker, checked.stream().map(Entry::result).toList());
        entries.clear();
        for (int i = 0; i < checked.size(); i++) {
            entries.add(new Entry(year.results().get(i), checked.get(i).upload()));
        }
        summary = year.summary();
    }

    private static String digest(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) >= 0; ) {
                sha.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /**
     * An upload refused is told on the overview the browser is sent to next (post/redirect/get), so that reloading
     * the page that says why sends nothing again.
     */
    synchronized void refuse(WebError why) {
        refused = why;
    }

    /** Why the last upload was refused, once; null when it was not. */
    synchronized WebError takeRefusal() {
        WebError why = refused;
        refused = null;
        return why;
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
        contents.clear();
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
