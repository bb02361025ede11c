package se.finsam.check.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * What a file is by its content, whatever its name says: a PDF, an RTF, one of the Office 97–2003 files (OLE2), one of
 * the zip-based Office or OpenDocument files. The input types ({@link InputType}) say which of these are read; a
 * file of another is refused with its key, which says what it is ("är en Excel-arbetsbok, inte en blankett") – also
 * a file of such a type named by its own extension. OLE2 and ZIP are the containers whose content could not be told
 * (damaged, or of another kind): the type the name says decides, if it reads that container.
 * A PDF is read (InputType.PDF_FORM), also under another form's name.
 */
public enum FileSignature {
    PDF(null, Container.NONE, ".pdf"),
    RTF("input.type.rtf", Container.NONE, ".rtf"),
    /** Word 97–2003. */
    DOC(null, Container.OLE2),
    /** An Office file saved with a password: the zip package encrypted inside an OLE2 file. */
    ENCRYPTED(null, Container.OLE2),
    /** An Outlook message (.msg): its attachments are read. */
    MSG(null, Container.OLE2),
    EXCEL_97("input.type.excel", Container.OLE2, ".xls"),
    POWERPOINT_97("input.type.powerpoint", Container.OLE2, ".ppt"),
    OLE2("input.type.office", Container.OLE2),
    DOCX(null, Container.ZIP),
    /** Word with macros: its document part is read like a .docx, its macros never run. */
    DOCM(null, Container.ZIP),
    XLSX("input.type.excel", Container.ZIP, ".xlsx", ".xlsm"),
    PPTX("input.type.powerpoint", Container.ZIP, ".pptx"),
    /** OpenDocument text (or its template). */
    ODT(null, Container.ZIP),
    ODS("input.type.ods", Container.ZIP, ".ods"),
    ODP("input.type.odp", Container.ZIP, ".odp"),
    /** A zip archive that is no Office file: read as an archive under its own name, refused under a form's. */
    ZIP("input.type.zip", Container.ZIP),
    /**
     * A picture – a phone's photo of a signed page, a scan saved as an image: not read on its own (a page alone is no
     * form, and every answer would be "missing"); the group is asked for the form as Word or PDF.
     */
    IMAGE("input.type.image", Container.NONE, ".jpg", ".jpeg", ".png", ".tif", ".tiff", ".heic", ".heif", ".gif", ".bmp",
            ".webp");

    /** What holds the content; a type that reads one kind of a container also reads a damaged one of it. */
    public enum Container { NONE, OLE2, ZIP }

    /** The message key of a file of a type that is not read at all. */
    public static final String OTHER_KEY = "input.type.other";

    private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] RTF_MAGIC = {'{', '\\', 'r', 't', 'f'};
    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n'};
    private static final byte[] TIFF_LE_MAGIC = {'I', 'I', '*', 0};
    private static final byte[] TIFF_BE_MAGIC = {'M', 'M', 0, '*'};
    private static final byte[] OLE2_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    /** A zip starts with a local file header; an empty one with its end record (a text may start with "PK"). */
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final byte[] EMPTY_ZIP_MAGIC = {'P', 'K', 5, 6};
    /** The main part's content type in an Office package ([Content_Types].xml); embedded workbooks have no "main". */
    private static final Pattern WORD = Pattern.compile("wordprocessingml\\.(document|template)\\.main\\+xml");
    private static final Pattern WORD_MACROS = Pattern.compile("ms-word\\.(document|template)\\.macroEnabled(Template)?\\.main\\+xml");
    private static final Pattern EXCEL = Pattern.compile("(spreadsheetml|ms-excel)\\.[A-Za-z.]*main\\+xml");
    private static final Pattern POWERPOINT = Pattern.compile("(presentationml|ms-powerpoint)\\.[A-Za-z.]*main\\+xml");
    /** Reading more of a small part than this means it is not what it should be. */
    private static final int PART_LIMIT = 1 << 20;

    private final String key;
    private final Container container;
    private final List<String> extensions;

    FileSignature(String key, Container container, String... extensions) {
        this.key = key;
        this.container = container;
        this.extensions = List.of(extensions);
    }

    /** The message key that says what the file is (null for what some input type always reads). */
    public String key() {
        return key;
    }

    public Container container() {
        return container;
    }

    /** Only the container is known: the file is damaged or of a kind not told apart. */
    public boolean isContainerOnly() {
        return this == OLE2 || this == ZIP;
    }

    /** The extensions of a type that is not read, to name such a file by its name. */
    public List<String> extensions() {
        return extensions;
    }

    /** The type not read that a file name says. */
    public static Optional<FileSignature> byName(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(s -> s.extensions.stream().anyMatch(name::endsWith)).findFirst();
    }

    /** What the content is; empty when it has none of these signatures (text, or anything else). */
    public static Optional<FileSignature> of(byte[] bytes) {
        if (startsWith(bytes, PDF_MAGIC)) {
            return Optional.of(PDF);
        }
        if (startsWith(bytes, RTF_MAGIC)) {
            return Optional.of(RTF);
        }
        if (startsWith(bytes, JPEG_MAGIC) || startsWith(bytes, PNG_MAGIC) || startsWith(bytes, TIFF_LE_MAGIC)
                || startsWith(bytes, TIFF_BE_MAGIC)) {
            return Optional.of(IMAGE);
        }
        if (startsWith(bytes, OLE2_MAGIC)) {
            return Optional.of(ole2(bytes));
        }
        if (startsWith(bytes, ZIP_MAGIC) || startsWith(bytes, EMPTY_ZIP_MAGIC)) {
            return Optional.of(ZipDirectory.of(bytes).map(FileSignature::zip).orElse(ZIP));
        }
        return Optional.empty();
    }

    /** An OLE2 file by the streams in its root: Word keeps its text in "WordDocument", Excel in "Workbook" … */
    private static FileSignature ole2(byte[] bytes) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry("EncryptedPackage") || root.hasEntry("EncryptionInfo")) {
                return ENCRYPTED;
            }
            if (root.hasEntry("WordDocument")) {
                return DOC;
            }
            if (root.hasEntry("Workbook") || root.hasEntry("Book")) {
                return EXCEL_97;
            }
            if (root.hasEntry("__properties_version1.0") && root.hasEntry("__nameid_version1.0")) {
                return MSG; // the property and named-property streams every Outlook message has
            }
            return root.hasEntry("PowerPoint Document") ? POWERPOINT_97 : OLE2;
        } catch (IOException | RuntimeException e) {
            return OLE2;
        }
    }

    /** A zip by its OpenDocument media type (the "mimetype" entry) or its Office package's main part. */
    private static FileSignature zip(ZipDirectory zip) {
        String mimetype = part(zip, "mimetype").strip();
        if (mimetype.startsWith("application/vnd.oasis.opendocument.")) {
            String kind = mimetype.substring("application/vnd.oasis.opendocument.".length());
            return kind.startsWith("text") ? ODT : kind.startsWith("spreadsheet") ? ODS
                    : kind.startsWith("presentation") ? ODP : ZIP;
        }
        String types = part(zip, "[Content_Types].xml");
        if (WORD_MACROS.matcher(types).find()) {
            return DOCM;
        }
        if (WORD.matcher(types).find()) {
            return DOCX;
        }
        if (EXCEL.matcher(types).find()) {
            return XLSX;
        }
        return POWERPOINT.matcher(types).find() ? PPTX : ZIP;
    }

    /** A small entry's text, or "" when it is missing, damaged or larger than a part of its kind can be. */
    private static String part(ZipDirectory zip, String name) {
        var entry = zip.entry(name);
        if (entry.isEmpty()) {
            return "";
        }
        try (InputStream in = zip.open(entry.get(), PART_LIMIT)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }
}
