package se.finsam.check.read;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The files a command line names: files as given, directories searched recursively for structured files.
 * Symbolic links inside directories are not followed, so a link loop cannot trap the search.
 */
public final class InputFiles {

    /** A file to check and the name to show for it (the path as the user would write it). */
    public record Input(Path path, String source) {
    }

    /** The name of the waiver file that may sit beside the documents. */
    public static final String WAIVER_FILE = "finsam-waivers.yaml";
    private static final List<String> EXTENSIONS = List.of(".yaml", ".yml", ".json");

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

    private static List<Input> walk(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            // the waiver file sits beside the documents but is not one of them
            return files.filter(Files::isRegularFile).filter(InputFiles::isStructured)
                    .filter(p -> !p.getFileName().toString().equals(WAIVER_FILE)).sorted()
                    .map(p -> new Input(p, p.toString())).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean isStructured(Path p) {
        String name = p.getFileName() == null ? "" : p.getFileName().toString().toLowerCase(Locale.ROOT);
        return EXTENSIONS.stream().anyMatch(name::endsWith);
    }
}
