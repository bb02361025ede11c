package se.finsam.check.read;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.reader.ReaderException;

/**
 * Tells what the YAML or JSON parser found wrong in our own words: a key of the message catalogue, its
 * arguments and the line and column, never the library's text (which names its classes and options: "enable
 * JsonReadFeature…", "SequenceStartEvent"). The parsers' messages are only looked at to choose the key; one
 * this does not know gets the plain "not valid YAML/JSON" at the position the parser gave.
 */
final class SyntaxErrors {

    private SyntaxErrors() {
    }

    /** The error of a parser exception; fallback is where the parser stood when the exception carries no position. */
    static InputError of(String source, JsonProcessingException e, JsonLocation fallback, boolean isJson, int lineOffset) {
        JsonLocation loc = e.getLocation() != null && e.getLocation().getLineNr() > 0 ? e.getLocation() : fallback;
        int line = loc == null || loc.getLineNr() <= 0 ? 0 : loc.getLineNr() + lineOffset;
        int column = line == 0 ? 0 : Math.max(loc.getColumnNr(), 1);
        if (e instanceof StreamConstraintsException) {
            return new InputError(source, line, column, "input.tooLarge", limit(e.getOriginalMessage()));
        }
        Throwable cause = e.getCause();
        if (cause instanceof MarkedYAMLException m) {
            return yaml(source, m, line, column);
        }
        if (cause instanceof ReaderException r) {
            // a code point YAML does not allow (a control character): SnakeYAML finds it in a buffer read ahead,
            // so where the parser stood says nothing; DocumentLoader finds the line in the file
            return new InputError(source, 0, 0, "input.syntax.char", codePoint(r.getCodePoint()));
        }
        String message = firstLine(e.getOriginalMessage());
        if (cause != null && message.contains("exceeds the limit")) { // SnakeYAML's code point limit
            return new InputError(source, line, column, "input.tooLarge",
                    new InputError.Term("limit.yaml", TreeReader.MAX_YAML_CHARS));
        }
        if (isJson) {
            return json(source, message, line, column);
        }
        if (message.startsWith("Expected a field name")) { // Jackson: a list or map as a key ("? [a]", "[a]: b")
            return new InputError(source, line, column, "input.syntax.key");
        }
        return generic(source, line, column, false);
    }

    /** Any other failure of the parser: "not valid YAML/JSON" where it stood. */
    static InputError generic(String source, int line, int column, boolean isJson) {
        return new InputError(source, line, column, "input.syntax", isJson ? "JSON" : "YAML");
    }

    /** The limit of StreamReadConstraints that was exceeded, told as ours. */
    private static InputError.Term limit(String message) {
        String m = message == null ? "" : message;
        if (m.contains("nesting depth")) {
            return new InputError.Term("limit.depth", TreeReader.MAX_DEPTH);
        }
        if (m.contains("String value length") || m.contains("Name length")) {
            return new InputError.Term("limit.value", TreeReader.MAX_STRING);
        }
        return new InputError.Term("limit.other");
    }

    /** SnakeYAML's problems ("found character '\t' that cannot start any token", "expected <block end>, but found …"). */
    private static InputError yaml(String source, MarkedYAMLException m, int line, int column) {
        String problem = m.getProblem() == null ? "" : m.getProblem();
        String context = m.getContext() == null ? "" : m.getContext();
        Mark at = m.getProblemMark() != null ? m.getProblemMark() : m.getContextMark();
        Mark opening = m.getContextMark() != null ? m.getContextMark() : at;
        if (at == null) {
            return generic(source, line, column, false);
        }
        if (problem.contains("end of stream") || problem.contains("<stream end>")) {
            // point at what was left open: the quote or the bracket
            if (context.contains("quoted scalar")) {
                return at(source, opening, "input.syntax.unclosedQuote");
            }
            if (context.contains("flow")) {
                return at(source, opening, "input.syntax.unclosed");
            }
            return at(source, at, "input.syntax.end");
        }
        if (problem.startsWith("found character '") && problem.contains("cannot start any token")) {
            String found = problem.substring("found character '".length());
            if (found.startsWith("\\t")) {
                return at(source, at, "input.syntax.tab");
            }
            return at(source, at, "input.syntax.reserved", codePoint(found.codePointAt(0)));
        }
        if (problem.contains("tab character")) { // "found a tab character that violates indentation"
            return at(source, at, "input.syntax.tab");
        }
        if (problem.startsWith("mapping values are not allowed")) {
            return at(source, at, "input.syntax.colon");
        }
        if (problem.startsWith("could not find expected ':'")) {
            return at(source, opening, "input.syntax.noColon");
        }
        if (problem.startsWith("expected <block end>, but found '<scalar>'")) { // 'x'y, "a" b
            return at(source, at, "input.syntax.stray");
        }
        if (problem.startsWith("expected <block end>")) {
            return at(source, at, "input.syntax.indent");
        }
        if (problem.startsWith("expected ',' or ']'") || problem.startsWith("expected ',' or '}'")) {
            return at(source, at, "input.syntax.expectedCommaOr", problem.substring(17, 18));
        }
        if (problem.startsWith("expected the node content, but found '")) {
            String found = problem.substring("expected the node content, but found '".length());
            if (found.length() >= 2 && found.charAt(1) == '\'') {
                return at(source, at, "input.syntax.unexpected", codePoint(found.codePointAt(0)));
            }
        }
        if (problem.contains("escape")) { // "expected escape sequence of 4 hexadecimal numbers", "found unknown escape character"
            return at(source, at, "input.syntax.escape");
        }
        if (problem.contains("YAML document") || problem.contains("directive")) { // %YAML 9.9, a repeated %YAML
            return at(source, at, "input.syntax.version");
        }
        return at(source, at, "input.syntax", "YAML");
    }

    private static InputError at(String source, Mark m, String key, Object... args) {
        return new InputError(source, m.getLine() + 1, m.getColumn() + 1, key, args);
    }

    /** Jackson's JSON problems ("Unexpected character ('}' (code 125)): was expecting double-quote …"). */
    private static InputError json(String source, String m, int line, int column) {
        if (m.startsWith("Unexpected end-of-input")) {
            return new InputError(source, line, column, m.contains("closing quote") ? "input.syntax.endInQuote" : "input.syntax.end");
        }
        if (m.startsWith("Unexpected character (")) {
            Object ch = codeIn(m);
            String key;
            if (m.contains("double-quote to start field name")) {
                key = m.startsWith("Unexpected character ('}'") ? "input.syntax.trailingComma" : "input.syntax.expectedKey";
            } else if (m.contains("expected a valid value")) {
                key = "input.syntax.expectedValue";
            } else if (m.contains("was expecting comma")) {
                key = "input.syntax.expectedComma";
            } else if (m.contains("was expecting a colon")) {
                key = "input.syntax.expectedColon";
            } else if (m.contains("numeric value")) {
                return new InputError(source, line, column, "input.syntax.number");
            } else if (m.contains("comment")) {
                return new InputError(source, line, column, "input.syntax.comment");
            } else {
                key = "input.syntax.unexpected";
            }
            return ch == null ? generic(source, line, column, true) : new InputError(source, line, column, key, ch);
        }
        if (m.startsWith("Unexpected close marker '") && m.length() > 25) {
            return new InputError(source, line, column, "input.syntax.unexpected", codePoint(m.codePointAt(25)));
        }
        if (m.startsWith("Unrecognized token '") || m.startsWith("Non-standard token '")) {
            int from = m.indexOf('\'') + 1;
            int to = m.indexOf('\'', from);
            String token = to > from ? m.substring(from, Math.min(to, from + 40)) : "";
            return new InputError(source, line, column, "input.syntax.token", token);
        }
        if (m.startsWith("Invalid numeric value") || m.startsWith("Numeric value") || m.startsWith("Malformed Number")) {
            return new InputError(source, line, column, "input.syntax.number");
        }
        if (m.startsWith("Unrecognized character escape")) {
            return new InputError(source, line, column, "input.syntax.escape");
        }
        if (m.startsWith("Illegal unquoted character")) {
            return new InputError(source, line, column, "input.syntax.control");
        }
        if (m.startsWith("Illegal character") || m.startsWith("Invalid white space character")) {
            Object ch = codeIn(m);
            return ch == null ? generic(source, line, column, true) : new InputError(source, line, column, "input.syntax.char", ch);
        }
        return generic(source, line, column, true);
    }

    /** The character of Jackson's "(code 125)", as it is shown to the user. */
    private static Object codeIn(String m) {
        int at = m.indexOf("code ");
        if (at < 0) {
            return null;
        }
        int end = at + 5;
        while (end < m.length() && Character.isDigit(m.charAt(end))) {
            end++;
        }
        try {
            return codePoint(Integer.parseInt(m.substring(at + 5, end)));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * A character as the user can read it: in quotes, a quotation mark by its name, U+XXXX when it is invisible.
     */
    static Object codePoint(int cp) {
        if (!Character.isValidCodePoint(cp) || Character.isISOControl(cp) || Character.isWhitespace(cp)
                || Character.isSpaceChar(cp) || !Character.isDefined(cp) || Character.getType(cp) == Character.FORMAT
                || Character.getType(cp) == Character.SURROGATE) {
            return String.format("U+%04X", cp);
        }
        if (cp == '"') {
            return new InputError.Term("char.doubleQuote");
        }
        if (cp == '\'') {
            return new InputError.Term("char.singleQuote");
        }
        return new InputError.Term("char.quoted", new String(Character.toChars(cp)));
    }

    /** Whether YAML allows the code point in a stream (YAML 1.2, 5.1: printable characters; SnakeYAML's test). */
    static boolean allowedInYaml(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0x7E || c == 0x85 || c >= 0xA0 && c <= 0xD7FF
                || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000 && c <= 0x10FFFF;
    }

    private static String firstLine(String message) {
        String m = message == null ? "" : message.strip();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl).strip();
    }
}
