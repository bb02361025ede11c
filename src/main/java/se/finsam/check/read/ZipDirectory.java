package se.finsam.check.read;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * The entries of a zip archive held in memory, as its central directory lists them – read without inflating
 * anything, so that telling what a file is (or finding one part of it) costs the same whatever else the archive
 * holds; an entry is inflated only when opened, and never beyond a limit (zip bombs). ZIP64 archives are not read:
 * a form is far smaller than 4 GB.
 */
public final class ZipDirectory {

    /**
     * An entry: its flags (bit 0: encrypted), compression method (0 stored, 8 deflated), sizes as listed, where its
     * local header is.
     */
    public record Entry(String name, int flags, int method, long compressedSize, long size, long localHeader) {
        public boolean encrypted() {
            return (flags & 1) != 0;
        }

        public boolean isFolder() {
            return name.endsWith("/");
        }
    }

    /** An entry inflates to more than the limit it was opened with. */
    public static final class TooLarge extends IOException {
        TooLarge() {
            super("zip entry over its limit", null);
        }
    }

    private static final int END_RECORD = 0x06054b50;
    private static final int CENTRAL_HEADER = 0x02014b50;
    private static final int LOCAL_HEADER = 0x04034b50;
    private static final java.nio.charset.Charset CP437 = java.nio.charset.Charset.forName("IBM437");

    private final byte[] bytes;
    private final Map<String, Entry> entries;

    private ZipDirectory(byte[] bytes, Map<String, Entry> entries) {
        this.bytes = bytes;
        this.entries = entries;
    }

    /** The archive's directory; empty when the bytes hold no readable zip directory (not a zip, cut off, ZIP64). */
    public static Optional<ZipDirectory> of(byte[] bytes) {
        int end = endRecord(bytes);
        if (end < 0) {
            return Optional.empty();
        }
        int count = u16(bytes, end + 10);
        long offset = u32(bytes, end + 16);
        Map<String, Entry> entries = new LinkedHashMap<>();
        long at = offset;
        for (int i = 0; i < count; i++) {
            if (at + 46 > bytes.length || u32(bytes, (int) at) != CENTRAL_HEADER) {
                return Optional.empty();
            }
            int p = (int) at;
            int nameLength = u16(bytes, p + 28);
            int next = p + 46 + nameLength + u16(bytes, p + 30) + u16(bytes, p + 32);
            if (next > bytes.length) {
                return Optional.empty();
            }
            // bit 11: the name is UTF-8; else code page 437 – Windows' "compressed folder" with Swedish names (å ä ö
            // are the same bytes in its code page 850)
            int flags = u16(bytes, p + 8);
            String name = new String(bytes, p + 46, nameLength, (flags & 0x800) != 0 ? StandardCharsets.UTF_8 : CP437);
            entries.putIfAbsent(name, new Entry(name, flags, u16(bytes, p + 10), u32(bytes, p + 20), u32(bytes, p + 24),
                    u32(bytes, p + 42)));
            at = next;
        }
        return Optional.of(new ZipDirectory(bytes, entries));
    }

    /** Every entry, in the order of the directory. */
    public java.util.Collection<Entry> entries() {
        return entries.values();
    }

    public Optional<Entry> entry(String name) {
        return Optional.ofNullable(entries.get(name));
    }

    public boolean has(String name) {
        return entries.containsKey(name);
    }

    /**
     * The entry's content, inflated as it is read; reading more than limit bytes of it throws {@link TooLarge}.
     * An entry whose data lies outside the archive or is compressed in another way than deflate is an IOException.
     */
    public InputStream open(Entry e, long limit) throws IOException {
        long header = e.localHeader();
        if (header + 30 > bytes.length || u32(bytes, (int) header) != LOCAL_HEADER) {
            throw new IOException("no local header");
        }
        long start = header + 30 + u16(bytes, (int) header + 26) + u16(bytes, (int) header + 28);
        if (start + e.compressedSize() > bytes.length) {
            throw new IOException("entry outside the archive");
        }
        InputStream data = new ByteArrayInputStream(bytes, (int) start, (int) e.compressedSize());
        InputStream content = switch (e.method()) {
            case 0 -> data;
            // raw deflate needs one byte past its end to finish, as java.util.zip.ZipFile gives it
            case 8 -> new InflaterInputStream(new SequenceInputStream(data, new ByteArrayInputStream(new byte[1])),
                    new Inflater(true));
            default -> throw new IOException("compression method " + e.method());
        };
        return new Limited(content, limit);
    }

    /** The end of central directory record: searched back from the end, over a comment of up to 64 KB. */
    private static int endRecord(byte[] bytes) {
        for (int p = bytes.length - 22; p >= 0 && p >= bytes.length - 22 - 0xffff; p--) {
            if (u32(bytes, p) == END_RECORD) {
                return p;
            }
        }
        return -1;
    }

    private static int u16(byte[] b, int p) {
        return (b[p] & 0xff) | (b[p + 1] & 0xff) << 8;
    }

    private static long u32(byte[] b, int p) {
        return (u16(b, p) | (long) u16(b, p + 2) << 16) & 0xffffffffL;
    }

    /** A stream that refuses to give more than its limit. */
    private static final class Limited extends FilterInputStream {
        private long left;

        Limited(InputStream in, long limit) {
            super(in);
            this.left = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0 && --left < 0) {
                throw new TooLarge();
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0 && (left -= n) < 0) {
                throw new TooLarge();
            }
            return n;
        }
    }
}
