package se.finsam.check.read.form;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.ooxml.POIXMLTypeLoader;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFEndnote;
import org.apache.poi.xwpf.usermodel.XWPFEndnotes;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFFootnotes;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.DocumentDocument;
import se.finsam.check.model.Place;
import se.finsam.check.read.InputError;

/**
 * Reads a Word form (.docx) into the neutral representation: each paragraph a line, each table row a row of cells.
 * Lines are numbered in document order (paragraph or table row, from 1); an empty paragraph and the end of a table
 * separate blocks as a blank line does in text.
 *
 * <p>The text of a paragraph is POI's ({@link XWPFParagraph#getText()}), and a cell's is that of its paragraphs, as
 * POI's XWPFTableCell gives it; but the tables are read from their XML in one pass. POI's own XWPFTable walks its
 * rows through a list whose every step counts the rows again, so a table of 10 000 rows took seconds and one of
 * 100 000 rows minutes.
 *
 * <p>A file that cannot be read is one {@link InputError} ({@code form.docx}) saying why in the user's words – not a
 * zip, a damaged zip, no Word text, a Word 97–2003 file, encrypted, broken XML, a DOCTYPE, a zip bomb – never the
 * library's message.
 */
public final class DocxForm {

    /** Why a Word file cannot be read; the ordinal selects the text of {@code form.docx} in the catalogue. */
    enum Unreadable { EMPTY, NOT_ZIP, DAMAGED, NOT_WORD, DOC, ENCRYPTED, OLD_OFFICE, XML, DOCTYPE, ZIP_BOMB }

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
            Unreadable kind = notWord(pkg);
            if (kind != null) {
                throw error(source, kind);
            }
            Body body = new Body(pkg);
            return new FormText(source, RepeatedPages.drop(body.lines), body.places);
        } catch (InvalidFormatException e) {
            throw error(source, Unreadable.DAMAGED);
        } catch (IOException | RuntimeException e) {
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

    /** A package without a main part, or whose main part is a workbook or a presentation. */
    private static Unreadable notWord(OPCPackage pkg) throws InvalidFormatException {
        var rels = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
        PackageRelationship main = rels.size() == 0 ? null : rels.getRelationship(0);
        PackagePart part = main == null ? null : pkg.getPart(main);
        if (part == null) {
            return Unreadable.NOT_WORD;
        }
        String type = part.getContentType().toLowerCase(Locale.ROOT);
        return type.contains("spreadsheetml") || type.contains("presentationml") || type.contains("ms-excel")
                || type.contains("ms-powerpoint") ? Unreadable.NOT_WORD : null;
    }

    private static Unreadable reason(Exception e) {
        if (isZipBomb(e)) {
            return Unreadable.ZIP_BOMB;
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof XmlException || t.getClass().getName().startsWith("org.xml.sax")) {
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

    /**
     * The document as POI reads it, but with its body read here: paragraphs by POI, tables row by row from their
     * XML (no XWPFTable), content controls, headers and styles not at all (the form reader reads none of them).
     * Footnotes are read, since a paragraph's text ends with those it refers to.
     */
    private static final class Body extends XWPFDocument {

        // set by onDocumentRead, which XWPFDocument's constructor calls: so no initialiser, which would run after it
        private List<FormLine> lines;
        private Map<Integer, Place> places;
        private int tables;
        private Map<Integer, XWPFFootnote> footnotes;
        private Map<Integer, XWPFEndnote> endnotes;

        Body(OPCPackage pkg) throws IOException {
            super(pkg);
        }

        @Override
        protected void onDocumentRead() throws IOException {
            footnotes = new HashMap<>();
            endnotes = new HashMap<>();
            notes();
            DocumentDocument doc;
            try (InputStream stream = getPackagePart().getInputStream()) {
                doc = DocumentDocument.Factory.parse(stream, POIXMLTypeLoader.DEFAULT_XML_OPTIONS);
            } catch (XmlException e) {
                throw new POIXMLException(e);
            }
            lines = new ArrayList<>();
            places = new HashMap<>();
            int number = 0;
            try (XmlCursor document = doc.getDocument().newCursor()) {
                document.selectPath("./*");
                while (document.toNextSelection()) {
                    if (document.getObject() instanceof CTBody body) {
                        number = read(body, number);
                    }
                }
            }
        }

        /** The paragraphs and table rows of the body, numbered on from number; the last number used. */
        private int read(CTBody body, int number) {
            try (XmlCursor cursor = body.newCursor()) {
                cursor.selectPath("./*");
                while (cursor.toNextSelection()) {
                    XmlObject element = cursor.getObject();
                    if (element instanceof CTP p) {
                        number++;
                        String text = TextForm.clean(new XWPFParagraph(p, this).getText());
                        if (!text.isEmpty()) {
                            lines.add(new FormLine(number, List.of(new FormLine.Cell(text, false))));
                            places.put(number, Place.inText());
                        }
                    } else if (element instanceof CTTbl t) {
                        tables++;
                        int rowInTable = 0;
                        for (CTRow row : t.getTrArray()) {
                            number++;
                            places.put(number, Place.tableRow(tables, ++rowInTable));
                            List<FormLine.Cell> cells = new ArrayList<>();
                            for (CTTc cell : row.getTcArray()) {
                                cells.add(new FormLine.Cell(TextForm.clean(text(cell)), false));
                            }
                            FormLine line = FormLine.of(number, cells);
                            if (line != null) {
                                lines.add(line);
                            }
                        }
                        number++;
                    }
                }
            }
            return number;
        }

        /** A cell's text: its paragraphs' texts run together, as XWPFTableCell.getText gives it. */
        private String text(CTTc cell) {
            StringBuilder text = new StringBuilder();
            for (CTP p : cell.getPArray()) {
                text.append(new XWPFParagraph(p, this).getText());
            }
            return text.toString();
        }

        /** The footnotes and endnotes, by id (the first of an id, as POI's search finds it). */
        @SuppressWarnings("deprecation") // POI's own way of reading a part it did not read yet
        private void notes() throws IOException {
            for (RelationPart rp : getRelationParts()) {
                POIXMLDocumentPart p = rp.getDocumentPart();
                String relation = rp.getRelationship().getRelationshipType();
                if (relation.equals(XWPFRelation.FOOTNOTE.getRelation()) && p instanceof XWPFFootnotes notes) {
                    POIXMLDocumentPart._invokeOnDocumentRead(notes);
                    footnotes.clear(); // as in POI, the last footnotes part is the one
                    for (XWPFFootnote note : notes.getFootnotesList()) {
                        if (note.getCTFtnEdn().getId() != null) {
                            footnotes.putIfAbsent(note.getCTFtnEdn().getId().intValue(), note);
                        }
                    }
                } else if (relation.equals(XWPFRelation.ENDNOTE.getRelation()) && p instanceof XWPFEndnotes notes) {
                    POIXMLDocumentPart._invokeOnDocumentRead(notes);
                    endnotes.clear();
                    for (XWPFEndnote note : notes.getEndnotesList()) {
                        if (note.getCTFtnEdn().getId() != null) {
                            endnotes.putIfAbsent(note.getCTFtnEdn().getId().intValue(), note);
                        }
                    }
                }
            }
        }

        @Override
        public XWPFFootnote getFootnoteByID(int id) {
            return footnotes.get(id);
        }

        @Override
        public XWPFEndnote getEndnoteByID(int id) {
            return endnotes.get(id);
        }
    }
}
