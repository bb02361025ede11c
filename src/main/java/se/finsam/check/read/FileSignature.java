package se.finsam.check.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The document types finsam-check does not read but that kansliet receives (Word 97–2003, OpenDocument, RTF),
 * known by extension or by their first bytes, so that such a file is named for what it is – also when it was
 * renamed to a form's extension – instead of being read as garbled text. A PDF is read (InputType.PDF_FORM); it is
 * known here by its first bytes so that a PDF under another form's name is read as a PDF.
 */
public enum FileSignature {
    PDF("input.type.pdf", ".pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
    OLE2("input.type.doc", ".doc", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1}),
    RTF("input.type.rtf", ".rtf", new byte[] {'{', '\\', 'r', 't', 'f'}),
    ODT("input.type.odt", ".odt", null);

    /** The message key of a file of a type that is not read at all. */
    public static final String OTHER_KEY = "input.type.other";

    private final String key;
    private final String extension;
    private final byte[] magic;

    FileSignature(String key, String extension, byte[] magic) {
        this.key = key;
        this.extension = extension;
        this.magic = magic;
    }

    /** The message key that says what the file is and what to do instead. */
    public String key() {
        return key;
    }

    /** The foreign type a file name says. */
    public static Optional<FileSignature> byName(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(s -> name.endsWith(s.extension)).findFirst();
    }

    /** The foreign type a form's first bytes show (a PDF renamed .docx, an old .doc named .txt …). */
    public static Optional<FileSignature> byContent(Path file) throws IOException {
        byte[] head = new byte[8];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        for (FileSignature s : values()) {
            if (s.magic != null && n >= s.magic.length && Arrays.equals(head, 0, s.magic.length, s.magic, 0, s.magic.length)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
