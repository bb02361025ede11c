package se.finsam.check.read;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
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
                throw new InputError(source, 0, 0, "input.tooLarge", "a YAML document of more than "
                        + TreeReader.MAX_YAML_CHARS + " characters");
            }
        }
        return text.toString();
    }

    public Document load(Path file, String source) throws InputError {
        if (Files.isDirectory(file)) {
            throw new InputError(source, 0, 0, "input.directory");
        }
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try (Reader in = new InputStreamReader(Files.newInputStream(file), decoder)) {
            if (!source.toLowerCase().endsWith(".json") && Files.size(file) > TreeReader.MAX_YAML_CHARS) {
                return new DocumentReader(source).read(trees.read(source, new java.io.StringReader(boundedYaml(in, source))));
            }
            return new DocumentReader(source).read(trees.read(source, in));
        } catch (NoSuchFileException e) {
            throw new InputError(source, 0, 0, "input.notFound");
        } catch (AccessDeniedException e) {
            throw new InputError(source, 0, 0, "input.permission");
        } catch (CharacterCodingException e) {
            throw new InputError(source, 0, 0, "input.encoding");
        } catch (IOException e) {
            throw new InputError(source, 0, 0, "input.unreadable", String.valueOf(e.getMessage()));
        }
    }
}
