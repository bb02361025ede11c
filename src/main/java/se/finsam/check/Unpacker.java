package se.finsam.check;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import se.finsam.check.findings.DocumentResult;
import se.finsam.check.findings.Fault;
import se.finsam.check.findings.Finding;
import se.finsam.check.findings.Severity;
import se.finsam.check.model.Position;
import se.finsam.check.read.InputError;
import se.finsam.check.read.InputFiles;
import se.finsam.check.read.InputType;
import se.finsam.check.read.container.Contents;

/**
 * The files of a container – an e-mail's attachments, a zip archive's entries – checked each as an input of its own,
 * under the container's name and its own: "Ansökan Heby.msg › Verksamhetsplan 2018.docx", so that every format
 * names it where kansliet finds it. A file of a type not read is named with why, as in a folder; the pictures of a
 * message's own text are one line for the message; an empty one says so. A container inside a container is read,
 * one inside that is refused (and so is anything past the size limit of a file).
 */
final class Unpacker {

    /** The id of what is said about a container itself (its pictures), in every format. */
    static final String RULE = "container";
    /** A container in a container is read; one deeper is no way groups send forms, and could be a bomb. */
    private static final int MAX_DEPTH = 1;

    private final Checker checker;
    private final long maxBytes;

    Unpacker(Checker checker, long maxBytes) {
        this.checker = checker;
        this.maxBytes = maxBytes;
    }

    /** A container's results: one for each of its files (more for a container in it), one for itself where due. */
    List<DocumentResult> check(String source, String name, byte[] bytes, InputType named, int depth)
            throws InputError {
        InputType type = InputType.forContent(source, bytes, named);
        if (!type.isContainer()) { // a form under a container's name (a .docx renamed .zip): read as what it is
            return List.of(checker.check(source, name, bytes, type));
        }
        if (depth > MAX_DEPTH) {
            throw new InputError(source, 0, 0, "container.tooDeep");
        }
        return check(source, type.container().read(source, bytes, maxBytes), depth);
    }

    private List<DocumentResult> check(String source, Contents contents, int depth) {
        List<DocumentResult> results = new ArrayList<>();
        if (contents.parts().isEmpty()) {
            String key = contents.kind() == Contents.Kind.MAIL ? "mail.noAttachment" : "zip.empty";
            results.add(DocumentResult.unreadable(new InputError(source, 0, 0, key, contents.pictures())));
        } else if (contents.pictures() > 0) {
            results.add(DocumentResult.ofFile(source, List.of(new Finding(RULE, Severity.INFO, "container.pictures",
                    Position.UNKNOWN, List.of(contents.pictures())))));
        }
        for (Contents.Part part : contents.parts()) {
            String inner = source + Contents.SEPARATOR + part.name();
            if (part.inner() != null && depth + 1 > MAX_DEPTH) {
                results.add(DocumentResult.unreadable(new InputError(inner, 0, 0, "container.tooDeep")));
            } else if (part.inner() != null) {
                results.addAll(check(inner, part.inner(), depth + 1));
            } else {
                results.addAll(part(inner, part, depth));
            }
        }
        return results;
    }

    /** One file of a container: its type by its name, then as for a file on disk; never throws. */
    private List<DocumentResult> part(String source, Contents.Part part, int depth) {
        try {
            InputType named = InputType.byName(part.name()).orElse(null);
            if (named == null) {
                throw InputFiles.notRead(source, part.name());
            }
            byte[] bytes = part.opener().bytes(source);
            if (named != InputType.JSON_LINES) {
                InputFiles.refuseLarger(source, bytes.length, maxBytes);
            }
            if (named.isContainer()) {
                return check(source, part.name(), bytes, named, depth + 1);
            }
            if (named == InputType.JSON_LINES) {
                return lines(source, bytes);
            }
            return List.of(checker.check(source, part.name(), bytes, named));
        } catch (InputError e) {
            return List.of(DocumentResult.unreadable(e));
        } catch (java.io.IOException e) {
            return List.of(DocumentResult.unreadable(new InputError(source, 0, 0, "input.ioError")));
        } catch (RuntimeException | StackOverflowError e) {
            return List.of(DocumentResult.notChecked(source, null, null, Fault.of(source, Fault.Step.READ, e)));
        }
    }

    /** A JSON-lines archive in a container: each line a document, as on disk. */
    private List<DocumentResult> lines(String source, byte[] bytes) throws InputError {
        List<DocumentResult> results = new ArrayList<>();
        String[] lines;
        try {
            lines = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString()
                    .split("\r?\n", -1);
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new InputError(source, 0, 0, "input.encoding");
        }
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                results.add(checker.checkJsonLine(source, lines[i], i));
            }
        }
        return results;
    }
}
