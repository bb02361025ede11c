package se.finsam.check.read;

import java.io.IOException;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import se.finsam.check.model.Document;

/** Loads one structured file (YAML or JSON) into a document. Reads only; never writes to the input. */
public final class DocumentLoader {

    private final TreeReader trees = new TreeReader();

    /** One line of a JSON-lines file (lineIndex counted from 0); positions are lines of that file. */
    public Document loadJsonLine(String source, String line, int lineIndex) throws InputError {
        return new DocumentReader(source).read(trees.readJsonLine(source, line, lineIndex));
    }

    /**
     * A large YAML file, read as text first: the YAML parser takes minutes over a huge scalar before its own
     * character limit stops it, so a document beyond the limit is refused before it is parsed.
     */
    private static String boundedYaml(Reader in, String source) throws IOException, InputError {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[65536];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            text.append(buffer, 0, n);
            if (text.length() > TreeReader.MAX_YAML_CHARS) {
                throw new InputError(source, 0, 0, "input.tooLarge",
                        new InputError.Term("limit.yaml", TreeReader.MAX_YAML_CHARS));
            }
        }
        return text.toString();
    }

    /** What is read: a file, streamed; or the bytes of a container's part. Read again only to say where it is wrong. */
    private interface Content {
        InputStream open() throws IOException;

        long size() throws IOException;

        byte[] all() throws IOException;
    }

    /** A file found readable by InputFiles.checkReadable (a regular file within the size limit). */
    public Document load(Path file, String source) throws InputError {
        return load(source, new Content() {
            public InputStream open() throws IOException {
                return Files.newInputStream(file);
            }

            public long size() throws IOException {
                return Files.size(file);
            }

            public byte[] all() throws IOException {
                return Files.readAllBytes(file);
            }
        });
    }

    /** A structured file that is no file of its own (a zip archive's entry, an attachment), within the size limit. */
    public Document load(String source, byte[] bytes) throws InputError {
        return load(source, new Content() {
            public InputStream open() {
                return new ByteArrayInputStream(bytes);
            }

            public long size() {
                return bytes.length;
            }

            public byte[] all() {
                return bytes;
            }
        });
    }

    private Document load(String source, Content file) throws InputError {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try (Reader in = new InputStreamReader(file.open(), decoder)) {
            if (!source.toLowerCase().endsWith(".json") && file.size() > TreeReader.MAX_YAML_CHARS) {
                return new DocumentReader(source).read(trees.read(source, new java.io.StringReader(boundedYaml(in, source))));
            }
            return new DocumentReader(source).read(trees.read(source, in));
        } catch (NoSuchFileException e) {
            throw new InputError(source, 0, 0, "input.notFound");
        } catch (AccessDeniedException e) {
            throw new InputError(source, 0, 0, "input.permission");
        } catch (CharacterCodingException e) {
            throw notUtf8(file, source);
        } catch (InputError e) {
            if (e.line() == 0 && e.key().equals("input.encoding")) {
                throw notUtf8(file, source);
            }
            throw e.line() == 0 && e.key().equals("input.syntax.char") ? notAllowed(file, source, e) : e;
        } catch (IOException e) {
            // the system's own words for it are in its language and may be anything: ours say what it means
            throw new InputError(source, 0, 0, "input.unreadable");
        }
    }

    /** Text that is not UTF-8, at the line and column of its first byte that is not. */
    private static InputError notUtf8(Content file, String source) {
        try {
            int[] at = firstMalformed(file.all());
            if (at != null) {
                return new InputError(source, at[0], at[1], "input.encoding");
            }
        } catch (IOException | OutOfMemoryError e) {
            // the position is a help, not a need
        }
        return new InputError(source, 0, 0, "input.encoding");
    }

    /** A character YAML does not allow, at the line and column of the first such in the file. */
    private static InputError notAllowed(Content file, String source, InputError e) {
        try {
            String text = new String(file.all(), StandardCharsets.UTF_8);
            int line = 1;
            int column = 1;
            for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
                int c = text.codePointAt(i);
                if (!SyntaxErrors.allowedInYaml(c)) {
                    return new InputError(source, line, column, e.key(), SyntaxErrors.codePoint(c));
                }
                if (c == '\n') {
                    line++;
                    column = 1;
                } else {
                    column++;
                }
            }
        } catch (IOException | OutOfMemoryError ignored) {
            // the position is a help, not a need
        }
        return e;
    }

    /** The line and column (from 1) where bytes stop being UTF-8, or null when they all are. */
    static int[] firstMalformed(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(8192);
        int line = 1;
        int column = 1;
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            out.flip();
            while (out.hasRemaining()) {
                char c = out.get();
                if (c == '\n') {
                    line++;
                    column = 1;
                } else if (!Character.isLowSurrogate(c)) {
                    column++;
                }
            }
            out.clear();
            if (result.isError()) {
                return new int[] {line, column};
            }
            if (result.isUnderflow()) {
                return null;
            }
        }
    }
}
