package se.finsam.check.output;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import se.finsam.check.findings.Messages;

/** Files the program writes: an existing file is kept unless the user asked to replace it (--force). */
public final class NewFiles {

    private NewFiles() {
    }

    /** Opens a file for writing; when it exists and force is off, fails with a message naming the file. */
    public static BufferedWriter open(Path file, boolean force, Messages messages) throws IOException {
        var options = force
                ? new StandardOpenOption[] {StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE}
                : new StandardOpenOption[] {StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE};
        try {
            return Files.newBufferedWriter(file, StandardCharsets.UTF_8, options);
        } catch (FileAlreadyExistsException e) {
            throw new IOException(file + ": " + messages.get("output.exists"), e);
        }
    }

    public static void write(Path file, String text, boolean force, Messages messages) throws IOException {
        try (BufferedWriter out = open(file, force, messages)) {
            out.write(text);
        }
    }
}
