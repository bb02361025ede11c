package se.finsam.check.read.container;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hsmf.MAPIMessage;
import org.apache.poi.hsmf.datatypes.AttachmentChunks;
import org.apache.poi.hsmf.datatypes.StringChunk;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import se.finsam.check.read.InputError;

/**
 * An Outlook message (.msg, what dragging a mail out of Outlook makes), read by POI's HSMF: its attachments by their
 * long file names; a message attached to it is read as its own contents. The message's own text is not read.
 */
public final class MsgMessage {

    private MsgMessage() {
    }

    public static Contents read(String source, byte[] bytes, long maxBytes) throws InputError {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            return contents(new MAPIMessage(fs.getRoot()));
        } catch (IOException | RuntimeException e) {
            throw new InputError(source, 0, 0, "mail.unreadable");
        }
    }

    private static Contents contents(MAPIMessage message) throws IOException {
        List<Contents.Part> parts = new ArrayList<>();
        int pictures = 0;
        for (AttachmentChunks a : message.getAttachmentFiles()) {
            String name = name(a);
            if (a.isEmbeddedMessage()) {
                MAPIMessage inner = a.getEmbeddedMessage();
                parts.add(new Contents.Part(subjectName(inner, name), null, contents(inner)));
            } else if (Pictures.inText(text(a.getAttachMimeTag()), name, text(a.getAttachContentId()), false)) {
                pictures++;
            } else {
                byte[] data = a.getAttachData() == null ? null : a.getAttachData().getValue();
                parts.add(new Contents.Part(name, s -> {
                    if (data == null) {
                        throw new InputError(s, 0, 0, "mail.attachmentUnreadable");
                    }
                    return data;
                }));
            }
        }
        return new Contents(Contents.Kind.MAIL, parts, pictures);
    }

    /** The long file name Outlook shows; the 8.3 one of old clients where it has none. */
    private static String name(AttachmentChunks a) {
        String name = text(a.getAttachLongFileName());
        if (name == null || name.isBlank()) {
            name = text(a.getAttachFileName());
        }
        return name == null || name.isBlank() ? "bilaga" : name.strip();
    }

    private static String subjectName(MAPIMessage inner, String name) {
        try {
            String subject = inner.getSubject();
            return subject == null || subject.isBlank() ? name : subject.strip() + ".msg";
        } catch (org.apache.poi.hsmf.exceptions.ChunkNotFoundException e) {
            return name;
        }
    }

    private static String text(StringChunk chunk) {
        return chunk == null ? null : chunk.getValue();
    }
}
