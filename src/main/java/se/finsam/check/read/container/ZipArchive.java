package se.finsam.check.read.container;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import se.finsam.check.read.InputError;
import se.finsam.check.read.ZipDirectory;

/**
 * A zip archive a group sent with the year's documents: each file in it is a part, inflated only when it is checked
 * and never beyond the limit of one file (a zip bomb's entry is refused as a file too large would be). Folders, and
 * hidden files and folders (a Mac's {@code __MACOSX/}, {@code .DS_Store}) are not searched, as in a folder walk.
 */
public final class ZipArchive {

    /** More entries than this is no year's documents, and would be a report nobody reads. */
    static final int MAX_ENTRIES = 1000;
    /** An entry inflating to more than this many times its compressed size is a zip bomb (as for .odt). */
    private static final long MAX_RATIO = 100;

    private ZipArchive() {
    }

    public static Contents read(String source, byte[] bytes, long maxBytes) throws InputError {
        ZipDirectory zip = ZipDirectory.of(bytes)
                .orElseThrow(() -> new InputError(source, 0, 0, "zip.unreadable"));
        if (zip.entries().size() > MAX_ENTRIES) {
            throw new InputError(source, 0, 0, "zip.tooManyEntries", MAX_ENTRIES);
        }
        List<Contents.Part> parts = new ArrayList<>();
        for (ZipDirectory.Entry e : zip.entries()) {
            if (!e.isFolder() && !hidden(e.name())) {
                parts.add(new Contents.Part(e.name(), s -> open(zip, e, s, maxBytes)));
            }
        }
        return new Contents(Contents.Kind.ARCHIVE, parts, 0);
    }

    private static byte[] open(ZipDirectory zip, ZipDirectory.Entry e, String source, long maxBytes)
            throws InputError {
        if (e.encrypted()) {
            throw new InputError(source, 0, 0, "zip.encrypted");
        }
        long limit = Math.min(maxBytes, Math.max(e.compressedSize(), 1) * MAX_RATIO);
        try (InputStream in = zip.open(e, limit)) {
            return in.readAllBytes();
        } catch (ZipDirectory.TooLarge tooLarge) {
            throw limit < maxBytes ? new InputError(source, 0, 0, "zip.bomb")
                    : new InputError(source, 0, 0, "input.tooLarge", new InputError.Term("limit.file", e.size(), maxBytes));
        } catch (IOException | RuntimeException damaged) {
            throw new InputError(source, 0, 0, "zip.entryUnreadable");
        }
    }

    private static boolean hidden(String name) {
        for (String step : name.split("/")) {
            if (step.startsWith(".") || step.equals("__MACOSX")) {
                return true;
            }
        }
        return false;
    }
}
