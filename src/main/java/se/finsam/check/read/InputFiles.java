package se.finsam.check.read;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The files a command line names: files as given, directories searched recursively for structured files and
 * forms.
 * Symbolic links inside directories are not followed, so a link loop cannot trap the search.
 */
public final class InputFiles {

    /** A file to check and the name to show for it (the path as the user would write it). */
    public record Input(Path path, String source) {
    }

    /** The name of the waiver file that may sit beside the documents. */
    public static final String WAIVER_FILE = "finsam-waivers.yaml";
    /** Structured files, and the forms kansliet receives (exported text, Word). */
    private static final List<String> EXTENSIONS = List.of(".yaml", ".yml", ".json", ".jsonl", ".txt", ".docx");

    private InputFiles() {
    }

    public static List<Input> expand(List<String> arguments) {
        List<Input> inputs = new ArrayList<>();
        for (String arg : arguments) {
            Path path = Path.of(arg);
            if (Files.isDirectory(path) && !isStructured(path)) {
                inputs.addAll(walk(path));
            } else {
                inputs.add(new Input(path, arg));
            }
        }
        return inputs;
    }

    /**
     * The structured files below dir. A folder or file that cannot be read becomes an input of its own, so that
     * it is reported as unreadable while everything else is still checked.
     */
    private static List<Input> walk(Path dir) {
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    // the waiver file sits beside the documents but is not one of them
                    if (attrs.isRegularFile() && isStructured(file) && !file.getFileName().toString().equals(WAIVER_FILE)) {
                        found.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    found.add(file);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            found.add(dir);
        }
        return found.stream().sorted().map(p -> new Input(p, p.toString())).toList();
    }

    /** Files larger than this are refused unless the user raises the limit (--max-file-size). */
    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

    /** Refuses a file over the size limit before anything of it is read. */
    public static void checkSize(Path file, String source, long maxBytes) throws InputError {
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new InputError(source, 0, 0, "input.tooLarge", new InputError.Term("limit.file", size, maxBytes));
            }
        } catch (java.nio.file.NoSuchFileException e) {
            throw new InputError(source, 0, 0, "input.notFound");
        } catch (IOException e) {
            throw new InputError(source, 0, 0, "input.unreadable");
        }
    }

    /** A JSON-lines file holds one document per line (archives, exports). */
    public static boolean isJsonLines(Path p) {
        return p.getFileName() != null && p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jsonl");
    }

    static boolean isStructured(Path p) {
        String name = p.getFileName() == null ? "" : p.getFileName().toString().toLowerCase(Locale.ROOT);
        return EXTENSIONS.stream().anyMatch(name::endsWith);
    }
}
