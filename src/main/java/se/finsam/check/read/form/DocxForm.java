package se.finsam.check.read.form;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.xml.sax.SAXException;
import se.finsam.check.read.InputError;

/**
 * Reads a Word form (.docx) into the neutral representation (see {@link WordParts} for what is read and how). POI
 * opens the package – with its guards against zip bombs – and the parts are walked here as XML: POI's own
 * XWPFDocument drops content controls, glues a cell's paragraphs together, reads a text box's VML fallback too, and
 * its XWPFTable counts a table's rows again at every step (seconds for 10 000 rows).
 *
 * <p>A file that cannot be read is one {@link InputError} ({@code form.docx}) saying why in the user's words – not a
 * zip, a damaged zip, no Word text, a Word 97–2003 file, encrypted, broken XML, a DOCTYPE, a zip bomb – never the
 * library's message.
 */
public final class DocxForm {

    /** Why a Word file cannot be read; the ordinal selects the text of {@code form.docx} in the catalogue. */
    enum Unreadable { EMPTY, NOT_ZIP, DAMAGED, NOT_WORD, DOC, ENCRYPTED, OLD_OFFICE, XML, DOCTYPE, ZIP_BOMB, TOO_DEEP }

    private static final byte[] OLE2 = {(byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0, (byte) 0xa1, (byte) 0xb1, 0x1a, (byte) 0xe1};

    private DocxForm() {
    }

    public static FormText read(String source, InputStream in) throws IOException, InputError {
        return read(source, in.readAllBytes());
    }

    static FormText read(String source, byte[] bytes) throws InputError {
        Unreadable before = beforeOpening(bytes);
        if (before != null) {
            throw error(source, before);
        }
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(new ByteArrayInputStream(bytes));
        } catch (InvalidFormatException e) {
            // a zip, but no Office package: no [Content_Types].xml
            throw error(source, Unreadable.NOT_WORD);
        } catch (IOException | RuntimeException e) {
            throw error(source, isZipBomb(e) ? Unreadable.ZIP_BOMB : Unreadable.DAMAGED);
        }
        try {
            PackagePart main = mainPart(pkg);
            if (main == null) {
                throw error(source, Unreadable.NOT_WORD);
            }
            return WordParts.read(source, main);
        } catch (InvalidFormatException e) {
            throw error(source, Unreadable.DAMAGED);
        } catch (IOException | SAXException | RuntimeException e) {
            throw error(source, reason(e));
        } finally {
            pkg.revert();
        }
    }

    private static InputError error(String source, Unreadable why) {
        return new InputError(source, 0, 0, "form.docx", why.ordinal());
    }

    /** What the first bytes already tell: empty, no zip at all, or an Office 97–2003 (OLE2) file. */
    private static Unreadable beforeOpening(byte[] bytes) {
        if (bytes.length == 0) {
            return Unreadable.EMPTY;
        }
        if (startsWith(bytes, OLE2)) {
            return ole2(bytes);
        }
        // a zip starts with a local file header (PK 3 4), an empty one with its end record (PK 5 6)
        boolean zip = bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K'
                && ((bytes[2] == 3 && bytes[3] == 4) || (bytes[2] == 5 && bytes[3] == 6));
        return zip ? null : Unreadable.NOT_ZIP;
    }

    /** An OLE2 file: a password-protected .docx (the package inside, encrypted), a Word 97–2003 .doc, or another. */
    private static Unreadable ole2(byte[] bytes) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry("EncryptedPackage") || root.hasEntry("EncryptionInfo")) {
                return Unreadable.ENCRYPTED;
            }
            return root.hasEntry("WordDocument") ? Unreadable.DOC : Unreadable.OLD_OFFICE;
        } catch (IOException | RuntimeException e) {
            return Unreadable.OLD_OFFICE;
        }
    }

    /**
     * The package's main part; null when it has none, or when that is a workbook or a presentation. A file saved as
     * "Strict Open XML" names it by the ISO relationship type.
     */
    private static PackagePart mainPart(OPCPackage pkg) throws InvalidFormatException {
        var rels = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
        if (rels.size() == 0) {
            rels = pkg.getRelationshipsByType(PackageRelationshipTypes.STRICT_CORE_DOCUMENT);
        }
        PackageRelationship main = rels.size() == 0 ? null : rels.getRelationship(0);
        PackagePart part = main == null ? null : pkg.getPart(main);
        if (part == null) {
            return null;
        }
        String type = part.getContentType().toLowerCase(Locale.ROOT);
        return type.contains("spreadsheetml") || type.contains("presentationml") || type.contains("ms-excel")
                || type.contains("ms-powerpoint") ? null : part;
    }

    private static Unreadable reason(Exception e) {
        if (isZipBomb(e)) {
            return Unreadable.ZIP_BOMB;
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            // our walk's limit, or the XML parser's (JDK 24+: jdk.xml.maxElementDepth, 100 by default)
            if (t instanceof WordXml.TooDeep || String.valueOf(t.getMessage()).contains("jdk.xml.maxElementDepth")) {
                return Unreadable.TOO_DEEP;
            }
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getClass().getName().startsWith("org.xml.sax")) {
                return String.valueOf(t.getMessage()).contains("DOCTYPE") ? Unreadable.DOCTYPE : Unreadable.XML;
            }
        }
        return Unreadable.DAMAGED;
    }

    private static boolean isZipBomb(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage());
            if (m.contains("Zip bomb") || m.contains("potentially malicious")) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
