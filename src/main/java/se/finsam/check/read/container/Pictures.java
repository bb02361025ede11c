package se.finsam.check.read.container;

import java.util.Locale;

/**
 * Which parts of a message are pictures of its own text – a logo in the signature, an image in the body – rather
 * than files sent with it: an image the text refers to (it has a Content-ID) or one shown inline. A picture attached
 * as a file is a file sent, and is named as one (a type not read).
 */
final class Pictures {

    private Pictures() {
    }

    /** Outlook often leaves out an image's media type: its name's extension then tells. */
    private static final java.util.regex.Pattern IMAGE_NAME =
            java.util.regex.Pattern.compile(".*\\.(png|jpe?g|gif|bmp|emf|wmf|tiff?)");

    static boolean inText(String mimeType, String name, String contentId, boolean shownInline) {
        boolean image = (mimeType != null && mimeType.toLowerCase(Locale.ROOT).startsWith("image/"))
                || (name != null && IMAGE_NAME.matcher(name.toLowerCase(Locale.ROOT)).matches());
        return image && (shownInline || (contentId != null && !contentId.isBlank()));
    }
}
