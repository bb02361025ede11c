package se.finsam.check.read;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The registry of input types: what a folder walk picks up, what a named file is read as, what the help texts and
 * the README list. A type is known by its extension; a form's first bytes are also looked at, so that a PDF or an
 * old Word file under a form's name is told for what it is ({@link FileSignature}).
 */
public enum InputType {
    YAML("YAML", false, ".yaml", ".yml"),
    JSON("JSON", false, ".json"),
    JSON_LINES("JSON lines, one document per line", false, ".jsonl"),
    WORD_FORM("Word form", true, ".docx"),
    PDF_FORM("PDF form (a scanned one through OCR)", true, ".pdf"),
    TEXT_FORM("form exported as text", true, ".txt", ".md");

    private final String description;
    private final boolean form;
    private final List<String> extensions;

    InputType(String description, boolean form, String... extensions) {
        this.description = description;
        this.form = form;
        this.extensions = List.of(extensions);
    }

    /** A form kansliet receives (read into the form tree), as opposed to a structured file. */
    public boolean isForm() {
        return form;
    }

    public List<String> extensions() {
        return extensions;
    }

    public String description() {
        return description;
    }

    /** The type a file name says, if finsam-check reads it. */
    public static Optional<InputType> byName(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        for (InputType t : values()) {
            for (String ext : t.extensions) {
                if (name.endsWith(ext)) {
                    return Optional.of(t);
                }
            }
        }
        return Optional.empty();
    }

    /** Every extension read, for help texts and messages: "*.yaml, *.yml, …". */
    public static String globs() {
        return globs(Arrays.stream(values()));
    }

    /** The extensions of forms, for the help of import. */
    public static String forms() {
        return globs(Arrays.stream(values()).filter(InputType::isForm));
    }

    private static String globs(Stream<InputType> types) {
        return types.flatMap(t -> t.extensions.stream()).map(e -> "*" + e).collect(Collectors.joining(", "));
    }
}
