package se.finsam.check.read.container;

import java.io.IOException;
import java.util.List;
import se.finsam.check.read.InputError;

/**
 * What a container – an e-mail message, a zip archive – holds: its files, each checked as an input of its own, and
 * the pictures of a message's own text (logos, signatures), which are no forms and are only counted. A file is opened
 * when it is checked, so that an archive is never all in memory at once.
 */
public record Contents(Kind kind, List<Part> parts, int pictures) {

    /** Between a container's name and its file's, in a source: "Ansökan Heby.msg › Verksamhetsplan 2018.docx". */
    public static final String SEPARATOR = " › ";

    /** What the container is: it decides how an empty one is told. */
    public enum Kind { MAIL, ARCHIVE }

    /** Gives a part's bytes, or says in one line why it cannot (too large, encrypted, damaged). */
    @FunctionalInterface
    public interface Opener {
        byte[] bytes(String source) throws IOException, InputError;
    }

    /**
     * A file in the container: its name there (an attachment's long file name, an entry's path), and how to get its
     * bytes; or, for a message attached inside an Outlook message (no file of its own), that message's contents.
     */
    public record Part(String name, Opener opener, Contents inner) {
        public Part(String name, Opener opener) {
            this(name, opener, null);
        }
    }
}
