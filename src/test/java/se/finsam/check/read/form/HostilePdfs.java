package se.finsam.check.read.form;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.zip.Deflater;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;

/** Hostile and broken PDFs, made with PDFBox at test time (for the hostile corpus and the PDF reader's tests). */
public final class HostilePdfs {

    /** A page of text a PDF reader reads, but no form. */
    private static final String TEXT = "Anteckningar från mötet, inget formulär här.";

    private HostilePdfs() {
    }

    /** Text that opens only with a password. */
    public static byte[] encrypted() throws IOException {
        return protect("ägare", "öppna");
    }

    /** Text with an owner password only (restrictions, but anyone may open it): read. */
    public static byte[] ownerPasswordOnly() throws IOException {
        return protect("ägare", "");
    }

    private static byte[] protect(String owner, String user) throws IOException {
        try (PDDocument doc = textDocument()) {
            AccessPermission none = new AccessPermission();
            none.setCanExtractContent(false);
            none.setCanPrint(false);
            StandardProtectionPolicy policy = new StandardProtectionPolicy(owner, user, none);
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            return bytes(doc);
        }
    }

    public static byte[] pages(int count) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            for (int i = 0; i < count; i++) {
                doc.addPage(new PDPage(PDRectangle.A4));
            }
            return bytes(doc);
        }
    }

    /** Text, and JavaScript run when the document opens: the text is read, the script never run. */
    public static byte[] javaScript() throws IOException {
        try (PDDocument doc = textDocument()) {
            doc.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert('x'); this.exportDataObject({cName: 'a'});"));
            return bytes(doc);
        }
    }

    /** The first half of a PDF. */
    public static byte[] truncated() throws IOException {
        byte[] whole = javaScript();
        return Arrays.copyOf(whole, whole.length / 2);
    }

    /** A PDF's header and end, and garbage between. */
    public static byte[] broken() {
        return "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >> endobj\nxref\nbroken\ntrailer << /Root 1 0 R >>\n%%EOF\n"
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    /** A page that is only an image (a white one): a scan without text. */
    public static byte[] imageOnly() throws IOException {
        return imagePage(200, 200, new byte[200 * 200]);
    }

    /** A scan whose image says it is 40 000 × 40 000 pixels (1.6 G), in a stream of a few bytes. */
    public static byte[] hugeImage() throws IOException {
        return imagePage(40_000, 40_000, new byte[1000]);
    }

    /** One page of text, one page only an image. */
    public static byte[] textAndScan() throws IOException {
        try (PDDocument doc = textDocument()) {
            addImagePage(doc, 200, 200, new byte[200 * 200]);
            return bytes(doc);
        }
    }

    private static byte[] imagePage(int width, int height, byte[] grey) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            addImagePage(doc, width, height, grey);
            return bytes(doc);
        }
    }

    private static void addImagePage(PDDocument doc, int width, int height, byte[] grey) throws IOException {
        Arrays.fill(grey, (byte) 0xff);
        PDImageXObject image = new PDImageXObject(doc, new ByteArrayInputStream(deflate(grey)), COSName.FLATE_DECODE,
                width, height, 8, PDDeviceGray.INSTANCE);
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
            content.drawImage(image, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
        }
    }

    private static PDDocument textDocument() throws IOException {
        PDDocument doc = new PDDocument();
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
            content.beginText();
            content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
            content.newLineAtOffset(56, 780);
            content.showText(TEXT);
            content.endText();
        }
        return doc;
    }

    private static byte[] deflate(byte[] data) {
        Deflater d = new Deflater(Deflater.BEST_COMPRESSION);
        d.setInput(data);
        d.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        while (!d.finished()) {
            out.write(buffer, 0, d.deflate(buffer));
        }
        d.end();
        return out.toByteArray();
    }

    private static byte[] bytes(PDDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }
}
