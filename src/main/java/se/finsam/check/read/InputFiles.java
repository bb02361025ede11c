package se.finsam.check.read;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Comparator;
import java.util.List;

/**
 * The inputs a command line names: files as given, folders searched recursively. Every file given or found is an
 * input – one that cannot be read (a type not read, not a regular file, a symbolic link inside a folder, a folder
 * that cannot be opened) is refused when it is checked, with why, so that nothing is skipped without a word. Only
 * hidden files and folders (names starting with a dot, such as {@code .git}) are not searched, and the settings
 * files beside the documents (waivers, kansliet's letter settings) are not documents.
 */
public final class InputFiles {

    /**
     * A file to check, the name to show for it (the path as the user would write it), the type its name says (null
     * when it is none that is read), and a reason it is refused found while searching (null when none).
     */
    public record Input(Path path, String source, InputType type, InputError refused) {

        /** A file named by the user: its type from its name; whether it can be read is found when it is checked. */
        public Input(Path path, String source) {
            this(path, source, path == null || path.getFileName() == null ? null
                    : InputType.byName(path.getFileName().toString()).orElse(null), null);
        }
    }

    /**
     * Which files a folder walk takes (paths relative to the folder named): those matching an include glob (all,
     * when there is none) and no exclude glob; an excluded folder is not entered. Files named directly are not
     * filtered.
     */
    public record Filter(List<Glob> include, List<Glob> exclude) {
        public static final Filter ALL = new Filter(List.of(), List.of());

        boolean excludes(String relative, boolean isDirectory) {
            return exclude.stream().anyMatch(g -> g.matchesOrIsInside(relative, isDirectory));
        }

        boolean takes(String relative) {
            return !excludes(relative, false)
                    && (include.isEmpty() || include.stream().anyMatch(g -> g.matchesOrIsInside(relative, false)));
        }
    }

    /** The name of the waiver file that may sit beside the documents. */
    public static final String WAIVER_FILE = "finsam-waivers.yaml";
    /** The name of kansliet's settings for letters, which may sit beside the documents. */
    public static final String OFFICE_FILE = "finsam-kansliet.yaml";
    /** The name of the local editions file that may sit beside the documents. */
    public static final String EDITIONS_FILE = "finsam-editions.yaml";
    /** Files beside the documents that are settings, not documents: a folder walk leaves them out. */
    private static final java.util.Set<String> SETTINGS = java.util.Set.of(WAIVER_FILE, OFFICE_FILE, EDITIONS_FILE);

    private InputFiles() {
    }

    /** A settings file of that name (waivers, editions, kansliet's) in a checked folder or beside a checked file. */
    public static Path beside(List<String> arguments, String name) {
        for (String arg : arguments) {
            Path path = Path.of(arg);
            Path dir = Files.isDirectory(path) ? path : path.toAbsolutePath().getParent();
            if (dir != null && Files.isRegularFile(dir.resolve(name))) {
                return dir.resolve(name);
            }
        }
        return null;
    }

    public static List<Input> expand(List<String> arguments) {
        return expand(arguments, Filter.ALL);
    }

    public static List<Input> expand(List<String> arguments, Filter filter) {
        List<Input> inputs = new ArrayList<>();
        for (String arg : arguments) {
            Path path = Path.of(arg);
            if (Files.isDirectory(path)) {
                inputs.addAll(walk(path, filter));
            } else {
                inputs.add(new Input(path, arg));
            }
        }
        return inputs;
    }

    /** Every file below dir, in name order; symbolic links are named, not followed, so a loop cannot trap the walk. */
    private static List<Input> walk(Path dir, Filter filter) {
        List<Input> found = new ArrayList<>();
        int[] filtered = {0}; // files left out by the filter: their folder is not empty
        Deque<Integer> foundBefore = new ArrayDeque<>();
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                    if (!d.equals(dir) && (isHidden(d) || filter.excludes(relative(dir, d), true))) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    foundBefore.push(found.size() + filtered[0]);
                    return FileVisitResult.CONTINUE;
                }

                /** A folder with nothing in it to check is named too: an empty folder must not pass as clean. */
                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException e) {
                    if (foundBefore.pop() == found.size() + filtered[0]) {
                        found.add(refused(new Input(d, d.toString()), "input.emptyFolder"));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    String name = file.getFileName().toString();
                    if (isHidden(file) || SETTINGS.contains(name)) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (!filter.takes(relative(dir, file))) {
                        filtered[0]++;
                        return FileVisitResult.CONTINUE;
                    }
                    Input input = new Input(file, file.toString());
                    if (attrs.isSymbolicLink()) {
                        input = refused(input, "input.symlink");
                    }
                    found.add(input);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    found.add(refused(new Input(file, file.toString()), "input.permission"));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            found.add(refused(new Input(dir, dir.toString()), "input.permission"));
        }
        found.sort(Comparator.comparing(Input::path));
        return found;
    }

    private static String relative(Path dir, Path p) {
        return dir.relativize(p).toString().replace(java.io.File.separatorChar, '/');
    }

    private static Input refused(Input input, String key) {
        return new Input(input.path(), input.source(), input.type(), new InputError(input.source(), 0, 0, key));
    }

    private static boolean isHidden(Path p) {
        return p.getFileName() != null && p.getFileName().toString().startsWith(".");
    }

    /** Files larger than this are refused unless the user raises the limit (--max-file-size). */
    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

    /**
     * Whether an input can be read at all, told without opening it: it exists, is a regular file (a FIFO or a
     * device would block or never end), is of a type that is read, and is within the size limit. A form's
     * content is looked at when it is read ({@link InputType#forContent}): a .doc renamed .docx is read as a .doc.
     */
    public static void checkReadable(Input input, long maxBytes) throws InputError {
        String source = input.source();
        if (input.refused() != null) {
            throw input.refused();
        }
        if (input.path() == null) {
            throw new InputError(source, 0, 0, "input.notFound");
        }
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(input.path(), BasicFileAttributes.class);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new InputError(source, 0, 0, "input.notFound");
        } catch (IOException | SecurityException e) {
            throw new InputError(source, 0, 0, "input.permission");
        }
        if (attrs.isDirectory()) {
            throw new InputError(source, 0, 0, "input.directory");
        }
        if (!attrs.isRegularFile()) {
            throw new InputError(source, 0, 0, "input.notRegular");
        }
        if (input.type() == null) {
            throw notRead(source, input.path().getFileName().toString());
        }
        if (input.type() != InputType.JSON_LINES) { // an archive is read line by line, each line within the limits
            refuseLarger(source, attrs.size(), maxBytes);
        }
    }

    /** Why a file of a type not read by its name is not read: what it is ("an Excel workbook"), else what is read. */
    public static InputError notRead(String source, String name) {
        return FileSignature.byName(name).map(s -> new InputError(source, 0, 0, s.key()))
                .orElseGet(() -> new InputError(source, 0, 0, FileSignature.OTHER_KEY, InputType.globs()));
    }

    /** A file of size bytes within the limit, or refused with what the limit is. */
    public static void refuseLarger(String source, long size, long maxBytes) throws InputError {
        if (size > maxBytes) {
            throw new InputError(source, 0, 0, "input.tooLarge", new InputError.Term("limit.file", size, maxBytes));
        }
    }
}
