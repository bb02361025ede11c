package se.finsam.check.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParseResult;
import se.finsam.check.edition.Editions;
import se.finsam.check.findings.DocumentResult;
import se.finsam.check.findings.Messages;
import se.finsam.check.output.OutputFormat;
import se.finsam.check.read.InputError;
import se.finsam.check.read.InputFiles;

/**
 * {@code --editions FILE}: form editions that kansliet adds or overrides without a new build; by default
 * {@code finsam-editions.yaml} in a checked folder or beside a checked file, found as the waiver file is.
 */
final class EditionsOption {

    private static final String NAME = "--editions";

    private EditionsOption() {
    }

    static void addTo(CommandSpec spec) {
        Options.add(spec, NAME, "FILE", Path.class, null, "Form editions to add or override (default: "
                + Editions.LOCAL_NAME + " beside the checked files, when present).");
    }

    /**
     * The local editions file: the one given, else the first found beside the paths, else where the first path
     * would have it (named to whoever checks a document of an edition not yet defined).
     */
    static Path file(ParseResult parsed, List<String> paths) {
        Path given = Options.value(parsed, NAME);
        if (given != null) {
            return given;
        }
        Path found = InputFiles.beside(paths, Editions.LOCAL_NAME);
        if (found != null || paths.isEmpty()) {
            return found;
        }
        Path first = Path.of(paths.get(0));
        Path dir = Files.isDirectory(first) ? first : first.getParent() != null ? first.getParent() : Path.of("");
        return dir.resolve(Editions.LOCAL_NAME);
    }

    /**
     * The built-in editions and those of the local file; null, told on err with its line and column, when that
     * file cannot be read or is wrong: documents checked against editions other than kansliet wrote would
     * give findings nobody can trust.
     */
    static Editions load(ParseResult parsed, Path file, Preload preload, Messages messages, PrintWriter err) {
        Editions builtIn = preload.editions();
        if (file == null) {
            return builtIn;
        }
        if (Options.value(parsed, NAME) == null && !Files.isRegularFile(file)) {
            return builtIn.naming(file);
        }
        try {
            return builtIn.withLocal(file);
        } catch (InputError e) {
            err.println(OutputFormat.inputError(DocumentResult.unreadable(e), messages));
            return null;
        }
    }
}
