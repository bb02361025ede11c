package se.finsam.check.output;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import se.finsam.check.findings.Messages;

/**
 * A file the program writes: written to a temporary file beside its target and moved into place only when
 * complete, so that a full disk, a killed run or a concurrent run never leaves half a file or two runs' lines in
 * one. An existing file is kept unless the user asked to replace it (--force). The temporary files of a run that
 * is interrupted (SIGINT, SIGTERM) are removed as it ends.
 */
public final class NewFiles implements AutoCloseable {

    private static final Set<Path> PENDING = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> PENDING.forEach(NewFiles::delete), "finsam-check-cleanup"));
    }

    private final Path target;
    private final Path temp;
    private final boolean force;
    private final Messages messages;
    private final OutputStream raw;
    private final Failing writer;
    private boolean done;

    private NewFiles(Path target, boolean force, Messages messages) throws IOException {
        this.target = target;
        this.force = force;
        this.messages = messages;
        refuseExisting(target, force, messages);
        Path dir = target.toAbsolutePath().getParent();
        try {
            // made as any new file is (its mode from the umask, readable by colleagues where the folder's files are),
            // not as a temporary file, which only its owner may read; a random name no other run takes
            this.temp = Files.createFile(dir.resolve("." + target.getFileName() + "."
                    + Long.toUnsignedString(java.util.concurrent.ThreadLocalRandom.current().nextLong()) + ".part"));
        } catch (IOException e) {
            throw new IOException(messages.get("output.writeFailed", target, reason(e, messages)), e);
        }
        PENDING.add(temp);
        this.raw = Files.newOutputStream(temp);
        this.writer = new Failing(new OutputStreamWriter(raw, StandardCharsets.UTF_8));
    }

    /** Starts a file; fails at once, naming the file, when it exists and force is off. */
    public static NewFiles create(Path target, boolean force, Messages messages) throws IOException {
        return new NewFiles(target, force, messages);
    }

    /** Writes a whole file at once. */
    public static void write(Path target, String text, boolean force, Messages messages) throws IOException {
        try (NewFiles file = create(target, force, messages)) {
            file.writer().write(text);
            file.commit();
        }
    }

    /** Writes a whole binary file at once (a Word letter). */
    public static void write(Path target, byte[] bytes, boolean force, Messages messages) throws IOException {
        try (NewFiles file = create(target, force, messages)) {
            try {
                file.raw.write(bytes);
            } catch (IOException e) {
                throw file.failed(e);
            }
            file.commit();
        }
    }

    /** The writer of the file's content; a write error is kept and told by {@link #commit}. */
    public Writer writer() {
        return writer;
    }

    /** Moves the complete file into place; a write error of any earlier step is thrown here, naming the file. */
    public void commit() throws IOException {
        try {
            writer.close();
        } catch (IOException e) {
            throw failed(e);
        }
        if (writer.failure != null) {
            throw failed(writer.failure);
        }
        try {
            moveIntoPlace();
        } catch (FileAlreadyExistsException e) {
            throw exists(target, messages);
        } catch (IOException e) { // a folder in the way, the disk full: told as the target's, not the temporary file's
            throw failed(e);
        }
        PENDING.remove(temp);
        done = true;
    }

    private void moveIntoPlace() throws IOException {
        if (force) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return;
        }
        try { // a link cannot replace a file that appeared meanwhile (another run): nothing is lost
            Files.createLink(target, temp);
            Files.delete(temp);
        } catch (FileAlreadyExistsException e) {
            throw e;
        } catch (UnsupportedOperationException | IOException e) {
            if (Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                throw new FileAlreadyExistsException(target.toString());
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    /** Gives the file up unless it was committed: nothing of it is left. */
    @Override
    public void close() {
        if (!done) {
            try {
                writer.close();
            } catch (IOException e) {
                // the file is given up; what failed was already told or does not matter
            }
            delete(temp);
            PENDING.remove(temp);
        }
    }

    private IOException failed(IOException e) {
        return new IOException(messages.get("output.writeFailed", target, reason(e, messages)), e);
    }

    /**
     * Why a file could not be written, in the user's language: the folder missing or not a folder, access denied,
     * the disk full – Java names the file where the system's reason should stand – else the system's own words.
     */
    public static String reason(IOException e, Messages messages) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return messages.get("output.reason.noFolder");
        }
        if (e instanceof java.nio.file.FileAlreadyExistsException || e instanceof java.nio.file.NotDirectoryException) {
            return messages.get("output.reason.notAFolder");
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return messages.get("output.reason.denied");
        }
        String reason = e instanceof java.nio.file.FileSystemException f && f.getReason() != null ? f.getReason() : reason(e);
        if (e instanceof java.nio.file.DirectoryNotEmptyException || reason.contains("Is a directory")) {
            return messages.get("output.reason.aFolder");
        }
        return reason.contains("No space left on device") ? messages.get("output.reason.full") : reason;
    }

    /** The system's reason (such as "No space left on device") without Java's class names. */
    public static String reason(IOException e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
    }

    private static void refuseExisting(Path target, boolean force, Messages messages) throws IOException {
        if (!force && Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            throw exists(target, messages);
        }
    }

    private static IOException exists(Path target, Messages messages) {
        return new IOException(target + ": " + messages.get("output.exists"));
    }

    private static void delete(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // best effort while the run ends
        }
    }

    /** A writer that keeps its first error: PrintWriter swallows them, and a full disk must not pass unnoticed. */
    private static final class Failing extends Writer {
        private final Writer out;
        private IOException failure;

        Failing(Writer out) {
            this.out = out;
        }

        @Override
        public void write(char[] cbuf, int off, int len) throws IOException {
            try {
                out.write(cbuf, off, len);
            } catch (IOException e) {
                throw keep(e);
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                throw keep(e);
            }
        }

        @Override
        public void close() throws IOException {
            out.close();
        }

        private IOException keep(IOException e) {
            if (failure == null) {
                failure = e;
            }
            return e;
        }
    }
}
