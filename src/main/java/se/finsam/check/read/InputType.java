package se.finsam.check.read;

import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import se.finsam.check.read.form.DocForm;
import se.finsam.check.read.form.DocxForm;
import se.finsam.check.read.form.FormLoader;
import se.finsam.check.read.form.FormReader;
import se.finsam.check.read.form.OdtForm;
import se.finsam.check.read.form.PdfForm;
import se.finsam.check.read.form.TextForm;
import se.finsam.check.read.container.ContainerReader;
import se.finsam.check.read.container.EmlMessage;
import se.finsam.check.read.container.MsgMessage;
import se.finsam.check.read.container.ZipArchive;

/**
 * The registry of input types: what a folder walk picks up, what a named file is read as, what the help texts and
 * the README list. A type is known by its extension; a form is then read as what its content is
 * ({@link #forContent}: a .doc renamed .docx is read as a .doc, a PDF under a form's name is told for what it is).
 * A form type has its reader and the contents ({@link FileSignature}) it reads; adding a reader is adding an entry.
 * A container type (an e-mail, a zip archive) has the reader of its files instead: each is then checked as an input of
 * its own, its type again by its name and content.
 * The readers are lambdas, so that none of their classes (nor POI, nor Jakarta Mail) is loaded before a form is read.
 */
public enum InputType {
    YAML("YAML", null, List.of(), ".yaml", ".yml"),
    JSON("JSON", null, List.of(), ".json"),
    JSON_LINES("JSON lines, one document per line", null, List.of(), ".jsonl"),
    WORD_FORM("Word form", (s, b) -> DocxForm.read(s, new ByteArrayInputStream(b)),
            List.of(FileSignature.DOCX, FileSignature.ENCRYPTED), ".docx"),
    /** Only the document part is read (as a .docx); macros are never run – nothing in a file is. */
    WORD_MACRO_FORM("Word form with macros (its text is read, its macros are never run)",
            (s, b) -> DocxForm.read(s, new ByteArrayInputStream(b)), List.of(FileSignature.DOCM), ".docm"),
    DOC_FORM("Word 97–2003 form", (s, b) -> DocForm.read(s, b), List.of(FileSignature.DOC), ".doc"),
    ODT_FORM("OpenDocument text form", (s, b) -> OdtForm.read(s, b), List.of(FileSignature.ODT), ".odt"),
    PDF_FORM("PDF form (a scanned one through OCR)", (s, b) -> PdfForm.read(s, b), List.of(FileSignature.PDF), ".pdf"),
    TEXT_FORM("form exported as text", (s, b) -> TextForm.read(s, FormLoader.decode(b)), List.of(), ".txt", ".md"),
    MSG_MAIL("Outlook message (each attachment is checked)", List.of(FileSignature.MSG),
            (s, b, max) -> MsgMessage.read(s, b, max), ".msg"),
    EML_MAIL("e-mail message saved as .eml (each attachment is checked)", List.of(),
            (s, b, max) -> EmlMessage.read(s, b, max), ".eml"),
    ZIP_ARCHIVE("zip archive (each file in it is checked)", List.of(FileSignature.ZIP),
            (s, b, max) -> ZipArchive.read(s, b, max), ".zip");

    private final String description;
    private final FormReader reader;
    private final ContainerReader container;
    private final List<FileSignature> reads;
    private final List<String> extensions;

    InputType(String description, FormReader reader, List<FileSignature> reads, String... extensions) {
        this(description, reader, null, reads, extensions);
    }

    InputType(String description, List<FileSignature> reads, ContainerReader container, String... extensions) {
        this(description, null, container, reads, extensions);
    }

    InputType(String description, FormReader reader, ContainerReader container, List<FileSignature> reads,
              String... extensions) {
        this.description = description;
        this.reader = reader;
        this.container = container;
        this.reads = reads;
        this.extensions = List.of(extensions);
    }

    /** A container kansliet receives – an e-mail, a zip archive – whose files are checked each as its own input. */
    public boolean isContainer() {
        return container != null;
    }

    /** How a container of this type is opened (null for anything else). */
    public ContainerReader container() {
        return container;
    }

    /** A form kansliet receives (read into the form tree), as opposed to a structured file. */
    public boolean isForm() {
        return reader != null;
    }

    /** How a form of this type is read (null for a structured file). */
    public FormReader reader() {
        return reader;
    }

    /** The contents this type reads besides what its extension names (a .doc under any form's name …). */
    public List<FileSignature> reads() {
        return reads;
    }

    /**
     * What a form file is read as, by its content: the type that reads what the content is; content that shows only
     * its container (a damaged zip) is left to the type the name says when that reads such a container; content
     * without a signature (text) to the type the name says. Content no type reads is refused with one line saying
     * what it is.
     */
    public static InputType forContent(String source, byte[] bytes, InputType named) throws InputError {
        Optional<FileSignature> content = FileSignature.of(bytes);
        if (content.isEmpty()) {
            return named;
        }
        FileSignature is = content.get();
        if (is.isContainerOnly()) {
            if (named.reads.stream().anyMatch(r -> r.container() == is.container())) {
                return named;
            }
        } else {
            for (InputType t : values()) {
                if (t.reads.contains(is)) {
                    return t;
                }
            }
        }
        throw new InputError(source, 0, 0, is.key());
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
