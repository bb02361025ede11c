package se.finsam.check.read.container;

import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import se.finsam.check.read.InputError;

/**
 * A message saved as .eml (MIME), read by Jakarta Mail: its attachments by their file names (RFC 2231 parameters
 * and RFC 2047 encoded words decoded, so "Verksamhetsplan Österåker.docx" keeps its letters); an attached message
 * (message/rfc822) is a part of its own, read as a message in turn. The message's own text is not read.
 */
public final class EmlMessage {

    /** No session properties: nothing is sent or fetched, only bytes parsed. */
    private static final Session SESSION = Session.getInstance(new Properties());

    private EmlMessage() {
    }

    public static Contents read(String source, byte[] bytes, long maxBytes) throws InputError {
        try {
            MimeMessage message = new MimeMessage(SESSION, new ByteArrayInputStream(bytes));
            if (message.isMimeType("application/pkcs7-mime") || message.isMimeType("application/x-pkcs7-mime")
                    || message.isMimeType("multipart/encrypted")) {
                throw new InputError(source, 0, 0, "mail.encrypted");
            }
            List<Contents.Part> parts = new ArrayList<>();
            int pictures = walk(message, parts, maxBytes);
            return new Contents(Contents.Kind.MAIL, parts, pictures);
        } catch (MessagingException | IOException | RuntimeException e) {
            throw new InputError(source, 0, 0, "mail.unreadable");
        }
    }

    /** Adds the part's files to parts; returns the pictures of the message's text found in it. */
    private static int walk(Part part, List<Contents.Part> parts, long maxBytes) throws MessagingException, IOException {
        if (part.isMimeType("multipart/*")) {
            MimeMultipart multipart = new MimeMultipart(part.getDataHandler().getDataSource());
            int pictures = 0;
            for (int i = 0; i < multipart.getCount(); i++) {
                pictures += walk(multipart.getBodyPart(i), parts, maxBytes);
            }
            return pictures;
        }
        if (part.isMimeType("application/pkcs7-signature") || part.isMimeType("application/x-pkcs7-signature")) {
            return 0; // a signed message's signature (S/MIME, as authorities send) is the message's, no file sent
        }
        String name = fileName(part);
        boolean inline = Part.INLINE.equalsIgnoreCase(part.getDisposition());
        String[] contentId = part.getHeader("Content-ID");
        if (Pictures.inText(part.getContentType(), name, contentId == null ? null : contentId[0],
                inline || part.getDisposition() == null)) {
            return 1;
        }
        boolean attached = name != null || Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())
                || part.isMimeType("message/rfc822");
        if (attached) {
            String shown = name != null ? name : part.isMimeType("message/rfc822") ? "bifogat meddelande.eml" : "bilaga";
            parts.add(new Contents.Part(shown, s -> content(part, s, maxBytes)));
        }
        return 0; // a text or HTML body: the message's own words, not a form
    }

    private static byte[] content(Part part, String source, long maxBytes) throws IOException, InputError {
        try (InputStream in = part.getInputStream()) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw new InputError(source, 0, 0, "input.tooLarge",
                        new InputError.Term("limit.file", bytes.length, maxBytes));
            }
            return bytes;
        } catch (MessagingException e) {
            throw new InputError(source, 0, 0, "mail.attachmentUnreadable");
        }
    }

    /**
     * The file name as the sender's program wrote it: Jakarta Mail decodes RFC 2231 ({@code filename*=utf-8''…})
     * itself; an RFC 2047 word ({@code =?utf-8?B?…?=}), which Outlook and Gmail write though the RFC forbids it in
     * a parameter, is decoded here.
     */
    private static String fileName(Part part) throws MessagingException {
        String name = part.getFileName();
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return MimeUtility.decodeText(name).strip();
        } catch (java.io.UnsupportedEncodingException e) {
            return name.strip();
        }
    }
}
