package se.finsam.check.read.form;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import se.finsam.check.edition.Editions;
import se.finsam.check.model.Document;
import se.finsam.check.read.InputError;
import se.finsam.check.read.InputType;

/** Loads a form of any type the registry reads ({@link InputType}). Reads only; never writes to the input. */
public final class FormLoader {

    private final FormParser parser;
    /** Whether a file may be read at all (type, size, a regular file) is decided before: InputFiles.checkReadable. */
    public FormLoader(Editions editions) {
        this.parser = new FormParser(FormLayout.builtIn(), editions);
    }

    public Document load(Path file, String source) throws InputError {
        return tree(file, source).document(source);
    }

    public FormTree tree(Path file, String source) throws InputError {
        try {
            return tree(source, file.getFileName().toString(), Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            throw new InputError(source, 0, 0, "input.notFound");
        } catch (AccessDeniedException e) {
            throw new InputError(source, 0, 0, "input.permission");
        } catch (IOException e) {
            // the system's message may be a Java class name, or none at all ("null")
            throw new InputError(source, 0, 0, "form.readError");
        }
    }

    /**
     * A form that is no file of its own (an e-mail's attachment, a zip archive's entry): name is its file name there,
     * which says its type where its content cannot.
     */
    public Document load(String source, String name, byte[] bytes) throws InputError {
        return tree(source, name, bytes).document(source);
    }

    /** The form as the reader of what the file is reads it: its content decides, its name where content cannot. */
    private FormTree tree(String source, String name, byte[] bytes) throws InputError {
        try {
            return parser.parse(text(source, name, bytes));
        } catch (RuntimeException e) {
            // a layout the reader cannot cope with must not stop the check of the other files
            throw new InputError(source, 0, 0, "form.unreadable", where(e));
        }
    }

    /** Where in the reader a fault happened ("SignatureBlocks.java:158"), for the report; no library's words. */
    private static String where(RuntimeException e) {
        for (StackTraceElement at : e.getStackTrace()) {
            if (at.getClassName().startsWith("se.finsam.") && at.getFileName() != null) {
                return at.getFileName() + ":" + at.getLineNumber();
            }
        }
        return "";
    }

    private static FormText text(String source, String name, byte[] bytes) throws InputError {
        InputType named = InputType.byName(name).filter(InputType::isForm).orElse(InputType.TEXT_FORM);
        InputType type = InputType.forContent(source, bytes, named);
        if (!type.isForm()) { // a container under a form's name: its files are not read as one form
            throw new InputError(source, 0, 0, "container.renamed", type.extensions().get(0));
        }
        try {
            return type.reader().read(source, bytes);
        } catch (IOException e) {
            // the system's message may be a Java class name, or none at all ("null")
            throw new InputError(source, 0, 0, "form.readError");
        }
    }

    /**
     * The text's encoding: UTF-16 when it starts with a byte-order mark (or is half NUL bytes, as UTF-16 without
     * one is), else UTF-8 (with or without its mark), else Windows-1252 – what Word's "save as text" writes on
     * Swedish Windows.
     */
    public static String decode(byte[] bytes) {
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        if (looksLikeUtf16(bytes)) {
            return new String(bytes, bytes[0] == 0 ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString()
                    .replace("\uFEFF", "");
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }

    /** Text in UTF-16 without a mark: most characters are Latin, so every other byte is NUL. */
    private static boolean looksLikeUtf16(byte[] bytes) {
        int sample = Math.min(bytes.length, 4096) & ~1;
        if (sample < 4) {
            return false;
        }
        int evenNul = 0;
        int oddNul = 0;
        for (int i = 0; i < sample; i += 2) {
            evenNul += bytes[i] == 0 ? 1 : 0;
            oddNul += bytes[i + 1] == 0 ? 1 : 0;
        }
        int pairs = sample / 2;
        return (evenNul > pairs * 0.4 && oddNul < pairs * 0.05) || (oddNul > pairs * 0.4 && evenNul < pairs * 0.05);
    }
}
