package se.finsam.check.read.container;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.filesystem.DirectoryEntry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Containers as kansliet receives them, made here rather than kept as blobs: a zip as Windows' "compressed folder"
 * makes it, an .eml as Outlook and Thunderbird write one (base64 parts, file names in RFC 2231 and RFC 2047), and an
 * Outlook .msg. POI cannot write a .msg, so {@link #msg} lays out the streams of one as MS-OXMSG defines them – the
 * streams POI's HSMF reads: the subject, and per attachment its long file name, media type, Content-ID and data.
 */
public final class MailFixtures {

    private MailFixtures() {
    }

    /** An attachment of a .msg: its long file name, media type, Content-ID (null: a file sent, not a picture). */
    public record Attachment(String name, String mimeType, String contentId, byte[] data) {
    }

    public static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    public static Map<String, byte[]> entries(Object... nameThenBytes) {
        Map<String, byte[]> m = new LinkedHashMap<>();
        for (int i = 0; i < nameThenBytes.length; i += 2) {
            m.put((String) nameThenBytes[i], (byte[]) nameThenBytes[i + 1]);
        }
        return m;
    }

    public static byte[] msg(String subject, Attachment... attachments) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            DirectoryEntry root = fs.getRoot();
            root.createDocument("__properties_version1.0", new java.io.ByteArrayInputStream(new byte[32]));
            root.createDirectory("__nameid_version1.0");
            root.createDocument("__substg1.0_0037001F", utf16(subject));
            for (int i = 0; i < attachments.length; i++) {
                Attachment a = attachments[i];
                DirectoryEntry d = root.createDirectory(String.format("__attach_version1.0_#%08X", i));
                d.createDocument("__properties_version1.0", new java.io.ByteArrayInputStream(new byte[8]));
                d.createDocument("__substg1.0_3707001F", utf16(a.name()));
                d.createDocument("__substg1.0_370E001F", utf16(a.mimeType()));
                if (a.contentId() != null) {
                    d.createDocument("__substg1.0_3712001F", utf16(a.contentId()));
                }
                d.createDocument("__substg1.0_37010102", new java.io.ByteArrayInputStream(a.data()));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    private static java.io.InputStream utf16(String s) {
        return new java.io.ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_16LE));
    }

    /** A base64 body as mail programs write it: lines of 76 characters. */
    public static String base64(byte[] data) {
        return Base64.getMimeEncoder(76, "\r\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(data);
    }
}
