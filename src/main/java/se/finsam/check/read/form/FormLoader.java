package se.finsam.check.read.form;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import se.finsam.check.edition.Editions;
import se.finsam.check.model.Document;
import se.finsam.check.read.DocumentReader;
import se.finsam.check.read.InputError;

/** Loads a form sent as text (.txt, .md) or Word (.docx). Reads only; never writes to the input. */
public final class FormLoader {

    /** Forms larger than this are not forms; reading them would only cost time. */
    static final long MAX_BYTES = 20L * 1024 * 1024;

    private final FormParser parser;

    public FormLoader(Editions editions) {
        this.parser = new FormParser(FormLayout.builtIn(), editions);
    }

    public static boolean isForm(Path p) {
        String name = p.getFileName() == null ? "" : p.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".txt") || name.endsWith(".docx") || name.endsWith(".md");
    }

    public Document load(Path file, String source) throws InputError {
        return new DocumentReader(source).read(tree(file, source).toNode());
    }

    public FormTree tree(Path file, String source) throws InputError {
        FormText text = text(file, source);
        try {
            return parser.parse(text);
        } catch (RuntimeException e) {
            // a layout the reader cannot cope with must not stop the check of the other files
            throw new InputError(source, 0, 0, "form.unreadable", e.toString());
        }
    }

    private static FormText text(Path file, String source) throws InputError {
        try {
            if (Files.isDirectory(file)) {
                throw new InputError(source, 0, 0, "input.directory");
            }
            if (Files.size(file) > MAX_BYTES) {
                throw new InputError(source, 0, 0, "input.tooLarge", Files.size(file) + " bytes > " + MAX_BYTES);
            }
            if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".docx")) {
                try (InputStream in = Files.newInputStream(file)) {
                    return DocxForm.read(source, in);
                } catch (IOException | RuntimeException e) {
                    throw new InputError(source, 0, 0, "form.docx", String.valueOf(e.getMessage()));
                }
            }
            return TextForm.read(source, decode(Files.readAllBytes(file)));
        } catch (NoSuchFileException e) {
            throw new InputError(source, 0, 0, "input.notFound");
        } catch (AccessDeniedException e) {
            throw new InputError(source, 0, 0, "input.permission");
        } catch (IOException e) {
            throw new InputError(source, 0, 0, "input.unreadable", String.valueOf(e.getMessage()));
        }
    }

    /** UTF-8, else Windows-1252: what Word's "save as text" writes on Swedish Windows. */
    static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString()
                    .replace("\uFEFF", "");
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }
}
