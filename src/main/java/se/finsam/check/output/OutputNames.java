package se.finsam.check.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * The names of the files a run writes into a folder (letters, imported YAML): never the name of an input, and
 * never one name for two documents – a second {@code plan.txt} from another folder becomes {@code plan-2.txt}.
 */
public final class OutputNames {

    private final Path dir;
    private final Set<Path> taken = new HashSet<>();

    /** Names in dir; the inputs' files are taken from the start. */
    public OutputNames(Path dir, Collection<Path> inputs) {
        this.dir = dir;
        inputs.stream().filter(Objects::nonNull).map(OutputNames::key).forEach(taken::add);
    }

    /** Whether writing to target would replace one of the inputs. */
    public static boolean isInput(Path target, Collection<Path> inputs) {
        Path t = key(target);
        return inputs.stream().filter(Objects::nonNull).map(OutputNames::key).anyMatch(t::equals);
    }

    /**
     * Files in the folder named base plus each extension (".txt", ".docx"), none of them given before: a letter and
     * its Word copy share one name.
     */
    public synchronized List<Path> next(String base, String... extensions) {
        String name = base;
        for (int n = 2; !free(name, extensions); n++) {
            name = base + "-" + n;
        }
        List<Path> files = new ArrayList<>();
        for (String extension : extensions) {
            Path file = dir.resolve(name + extension);
            taken.add(key(file));
            files.add(file);
        }
        return files;
    }

    private boolean free(String name, String... extensions) {
        for (String extension : extensions) {
            if (taken.contains(key(dir.resolve(name + extension)))) {
                return false;
            }
        }
        return true;
    }

    /** A file's identity: its real path where it exists (links and ./.. resolved), else its absolute path. */
    private static Path key(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        try {
            if (Files.exists(abs)) {
                return abs.toRealPath();
            }
            Path parent = abs.getParent();
            return parent != null && Files.exists(parent) ? parent.toRealPath().resolve(abs.getFileName()) : abs;
        } catch (IOException | SecurityException e) {
            return abs;
        }
    }
}
