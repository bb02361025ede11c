package se.finsam.check.read;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import se.finsam.check.model.Position;

/**
 * A reader for the plain YAML that the format's files are written in – block mappings and sequences, one-line flow
 * collections of scalars, one-line plain and quoted scalars, literal and folded block scalars ({@code |}, {@code >},
 * {@code |-}, {@code >-}) and comments – at about the cost of reading the same document as JSON. It gives the tree
 * the full parser would give, values typed by the YAML 1.2 core schema and every position the same; where the text
 * uses anything beyond that (nested or multi-line flow collections, multi-line plain or quoted scalars, escapes,
 * anchors, tags, tabs, a duplicate key, a null written as nothing, a broken line …) it gives null, and the full
 * parser reads the text with its own errors and limits.
 *
 * <p>It scans the characters in an array, not a String: under the quick compiler a String's charAt is a call with
 * its own bounds check, and a text with one character beyond Latin-1 (a dash, an ellipsis) is stored as UTF-16,
 * whose charAt cost a third of this reader's time.
 */
final class BlockYaml {

    /** Deeper than any document of the format; beyond it the full parser and its depth limit decide. */
    private static final int MAX_DEPTH = 16;

    /** Raised where the text goes beyond this reader: the full parser reads it. */
    private static final class Beyond extends Exception {
        Beyond() {
            super(null, null, false, false);
        }
    }

    private static final Beyond BEYOND = new Beyond();

    private final char[] text;
    /** The text's length (text may be longer). */
    private final int length;
    /** Start of each line in text; a last entry past the end. */
    private final int[] starts;
    private final int lines;
    /** The spaces each line starts with, plus one; 0 while not yet counted. */
    private final int[] indents;
    /** Where quoted and block scalars are put together; made for the first of them. */
    private char[] scratch;
    /** The line being read (from 0). */
    private int line;

    private BlockYaml(char[] text, int length, int[] starts, int lines) {
        this.text = text;
        this.length = length;
        this.starts = starts;
        this.lines = lines;
        this.indents = new int[lines];
    }

    /** The document's tree, or null when the text is beyond this reader. */
    static Node read(String text) {
        return read(text.toCharArray(), text.length());
    }

    /** The tree of the document in text[0, length), or null when it is beyond this reader. */
    static Node read(char[] text, int length) {
        if (length > TreeReader.MAX_YAML_CHARS) {
            return null;
        }
        int[] starts = lineStarts(text, length);
        if (starts == null) {
            return null;
        }
        BlockYaml reader = new BlockYaml(text, length, starts, starts.length - 1);
        try {
            reader.skipBlank();
            if (reader.line == reader.lines || reader.indent(reader.line) != 0) {
                return null;
            }
            Node root = reader.map("", 0, 0, 1);
            reader.skipBlank();
            return reader.line == reader.lines ? root : null;
        } catch (Beyond e) {
            return null;
        }
    }

    /**
     * Where each line starts; null for a character this reader leaves to the full parser: a tab, a BOM, a line
     * break other than LF or CRLF, a character outside the BMP (columns count code points there), or one YAML
     * does not allow.
     */
    private static int[] lineStarts(char[] text, int n) {
        int[] starts = new int[n / 32 + 2];
        int count = 1; // starts[0] is 0
        for (int i = 0; i < n; i++) {
            char c = text[i];
            if (c >= 0x20 && c <= 0x7E) {
                continue; // the common case first
            }
            if (c == '\n') {
                if (count + 1 >= starts.length) {
                    starts = java.util.Arrays.copyOf(starts, starts.length * 2);
                }
                starts[count++] = i + 1;
            } else if (c == '\r') {
                if (i + 1 == n || text[i + 1] != '\n') {
                    return null;
                }
            } else if (c < 0xA0 || c == 0x2028 || c == 0x2029 || c == 0xFEFF || c >= 0xD800 && c < 0xE000 || c > 0xFFFD) {
                return null;
            }
        }
        starts[count] = n + 1; // as if the text ended with a line break
        return java.util.Arrays.copyOf(starts, count + 1);
    }

    /** The end of line l's content (before its CR LF or LF). */
    private int end(int l) {
        int e = starts[l + 1] - 1;
        if (e > length) {
            e = length;
        }
        return e > starts[l] && text[e - 1] == '\r' ? e - 1 : e;
    }

    /** The spaces line l starts with; asked several times a line, counted once. */
    private int indent(int l) {
        int known = indents[l];
        if (known > 0) {
            return known - 1;
        }
        int i = starts[l];
        int e = end(l);
        while (i < e && text[i] == ' ') {
            i++;
        }
        indents[l] = i - starts[l] + 1;
        return i - starts[l];
    }

    /** Whether line l holds nothing but spaces or a comment. */
    private boolean isBlank(int l) {
        int i = starts[l] + indent(l);
        return i == end(l) || text[i] == '#';
    }

    private void skipBlank() {
        while (line < lines && isBlank(line)) {
            line++;
        }
    }

    /**
     * A block mapping whose keys stand at column indent (from 0); its first key starts at offset from of the
     * current line (after "- " when the mapping is an item of a sequence).
     */
    private Node map(String pointer, int indent, int from, int depth) throws Beyond {
        if (depth > MAX_DEPTH) {
            throw BEYOND;
        }
        Position at = new Position(pointer, line + 1, indent + 1);
        LinkedHashMap<String, Node> fields = new LinkedHashMap<>();
        int keyAt = starts[line] + from;
        while (true) {
            int e = end(line);
            int colon = keyEnd(keyAt, e);
            String key = new String(text, keyAt, colon - keyAt);
            int valueAt = skipSpaces(colon + 1, e);
            if (fields.put(key, value(pointer + "/" + key, indent, true, valueAt, e, depth)) != null) {
                throw BEYOND; // a duplicate key: the full parser names it, with the key's position
            }
            skipBlank();
            if (line == lines || indent(line) < indent) {
                return Node.map(at, fields);
            }
            if (indent(line) > indent || text[starts[line] + indent] == '-') {
                throw BEYOND; // an indentation the full parser judges
            }
            keyAt = starts[line] + indent;
        }
    }

    /**
     * The end of a plain key at i (a name of letters, digits, '_' and '-', not starting with '-') followed by ':'
     * and a space or the end of the line.
     */
    private int keyEnd(int i, int e) throws Beyond {
        int k = i;
        while (k < e && isKeyChar(text[k])) {
            k++;
        }
        if (k == i || text[i] == '-' || k == e || text[k] != ':'
                || k + 1 < e && text[k + 1] != ' ') {
            throw BEYOND;
        }
        return k;
    }

    private static boolean isKeyChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-';
    }

    private int skipSpaces(int i, int e) {
        while (i < e && text[i] == ' ') {
            i++;
        }
        return i;
    }

    /**
     * The value of a key (ofKey) or sequence item whose parent stands at column indent, starting at i of the current
     * line (e its end): a scalar on the line, a literal block below it, or a block collection on the lines below.
     */
    private Node value(String pointer, int indent, boolean ofKey, int i, int e, int depth) throws Beyond {
        if (i == e || text[i] == '#') {
            line++;
            skipBlank();
            if (line == lines) {
                throw BEYOND; // a null written as nothing: the full parser places it
            }
            int inner = indent(line);
            boolean item = text[starts[line] + inner] == '-';
            if (inner > indent) {
                return item ? list(pointer, inner, depth + 1) : map(pointer, inner, inner, depth + 1);
            }
            if (inner == indent && item && ofKey) {
                return list(pointer, inner, depth + 1); // a sequence at its key's indentation
            }
            throw BEYOND;
        }
        Position at = new Position(pointer, line + 1, i - starts[line] + 1);
        char c = text[i];
        if (c == '|' || c == '>') {
            return Node.scalar(at, block(c == '>', indent, i + 1, e));
        }
        Node scalar;
        if (c == '{' || c == '[') {
            int[] next = {i};
            scalar = flow(pointer, next, e);
            int after = skipSpaces(next[0], e);
            if (after < e && (text[after] != '#' || after == next[0])) {
                throw BEYOND;
            }
        } else {
            scalar = c == '\'' || c == '"' ? Node.scalar(at, quoted(i, e, null)) : plain(at, i, e, false, null);
        }
        line++;
        // a more indented line below continues the scalar (folded): the full parser reads that
        int next = line;
        while (next < lines && starts[next] + indent(next) == end(next)) {
            next++;
        }
        if (next < lines && indent(next) > indent) {
            throw BEYOND;
        }
        return scalar;
    }

    /**
     * A flow mapping or sequence that ends on its line, of one-line plain or quoted scalars ({@code {start:
     * 2016-01-01, end: 2017-12-31}}), from at[0]; at[0] is then just past it.
     */
    private Node flow(String pointer, int[] at, int e) throws Beyond {
        int i = at[0];
        boolean isMap = text[i] == '{';
        char close = isMap ? '}' : ']';
        Position where = new Position(pointer, line + 1, i - starts[line] + 1);
        LinkedHashMap<String, Node> fields = new LinkedHashMap<>();
        List<Node> items = new ArrayList<>();
        i = skipSpaces(i + 1, e);
        while (i < e && text[i] != close) {
            String key = null;
            String child;
            if (isMap) {
                int colon = keyEnd(i, e);
                key = new String(text, i, colon - i);
                child = pointer + "/" + key;
                i = skipSpaces(colon + 1, e);
            } else {
                child = pointer + "/" + items.size();
            }
            if (i == e) {
                throw BEYOND;
            }
            Position valueAt = new Position(child, line + 1, i - starts[line] + 1);
            int[] end = {i};
            char c = text[i];
            Node value = c == '\'' || c == '"' ? Node.scalar(valueAt, quoted(i, e, end))
                    : plain(valueAt, i, e, true, end);
            if (isMap) {
                if (fields.put(key, value) != null) {
                    throw BEYOND;
                }
            } else {
                items.add(value);
            }
            i = skipSpaces(end[0], e);
            if (i < e && text[i] == ',') {
                i = skipSpaces(i + 1, e);
                if (i < e && text[i] == close) {
                    throw BEYOND; // a trailing comma
                }
            } else if (i == e || text[i] != close) {
                throw BEYOND;
            }
        }
        if (i == e) {
            throw BEYOND; // continues on the next line
        }
        at[0] = i + 1;
        return isMap ? Node.map(where, fields) : Node.list(where, items);
    }

    /** A block sequence whose "- " stand at column indent, from the current line. */
    private Node list(String pointer, int indent, int depth) throws Beyond {
        if (depth > MAX_DEPTH) {
            throw BEYOND;
        }
        Position at = new Position(pointer, line + 1, indent + 1);
        List<Node> items = new ArrayList<>();
        while (true) {
            int dash = starts[line] + indent;
            int e = end(line);
            if (dash + 1 < e && text[dash + 1] != ' ') {
                throw BEYOND; // "-x" is a scalar, not an item
            }
            String child = pointer + "/" + items.size();
            int i = skipSpaces(dash + 1, e);
            if (i < e && isKeyChar(text[i]) && text[i] != '-' && isKeyLine(i, e)) {
                items.add(map(child, i - starts[line], i - starts[line], depth + 1));
            } else {
                items.add(value(child, indent, false, i, e, depth));
            }
            skipBlank();
            if (line == lines || indent(line) < indent) {
                return Node.list(at, items);
            }
            if (indent(line) > indent) {
                throw BEYOND;
            }
            if (text[starts[line] + indent] != '-') {
                return Node.list(at, items); // a sequence at its key's indentation, ended by the next key
            }
        }
    }

    private boolean isKeyLine(int i, int e) {
        try {
            keyEnd(i, e);
            return true;
        } catch (Beyond b) {
            return false;
        }
    }

    /**
     * A plain scalar from i to the end of the line or a comment, typed by the core schema. A ": " or a final ':'
     * in it is a mapping the full parser refuses; a character that starts something else is left to it too.
     */
    private Node plain(Position at, int i, int e, boolean inFlow, int[] end) throws Beyond {
        char c = text[i];
        if (isIndicator(c) || c == '-' && (i + 1 == e || text[i + 1] == ' ')) {
            throw BEYOND;
        }
        int k = i;
        int last = i; // end of the scalar's last non-space
        while (k < e) {
            char d = text[k];
            if (d == '#' && text[k - 1] == ' ') {
                break;
            }
            if (d == ':' && (k + 1 == e || text[k + 1] == ' ')) {
                throw BEYOND;
            }
            if (inFlow && (d == ',' || d == '}' || d == ']')) {
                break;
            }
            if (inFlow && (d == '[' || d == '{' || d == ':')) {
                throw BEYOND;
            }
            k++;
            if (d != ' ') {
                last = k;
            }
        }
        if (end != null) {
            end[0] = k;
        }
        String s = new String(text, i, last - i);
        Object value = CoreSchema.resolve(s);
        if (value instanceof String) {
            return Node.scalar(at, s);
        }
        if (value == CoreSchema.NULL) {
            return Node.scalar(at, null);
        }
        if (value == CoreSchema.RADIX) {
            throw BEYOND; // refused: the full path says why
        }
        return Node.scalar(at, value, s);
    }

    /** Whether a plain scalar cannot start with c: c starts something else, or the full parser refuses it. */
    private static boolean isIndicator(char c) {
        switch (c) {
            case '[': case ']': case '{': case '}': case ',': case '#': case '&': case '*': case '!': case '|':
            case '>': case '\'': case '"': case '%': case '@': case '`': case '?': case ':':
                return true;
            default:
                return false;
        }
    }

    /** A quoted scalar that ends on its line ('' for ' in single quotes; no escapes in double quotes). */
    private String quoted(int i, int e, int[] end) throws Beyond {
        char q = text[i];
        char[] s = scratch();
        int n = 0;
        int k = i + 1;
        while (true) {
            if (k == e) {
                throw BEYOND; // continues on the next line
            }
            char d = text[k];
            if (d == '\\' && q == '"') {
                throw BEYOND;
            }
            if (d == q) {
                if (q == '\'' && k + 1 < e && text[k + 1] == '\'') {
                    s[n++] = '\'';
                    k += 2;
                    continue;
                }
                break;
            }
            s[n++] = d;
            k++;
        }
        if (end != null) {
            end[0] = k + 1; // in a flow collection, what follows is the collection's
            return new String(s, 0, n);
        }
        int after = skipSpaces(k + 1, e);
        if (after < e && (text[after] != '#' || after == k + 1)) {
            throw BEYOND;
        }
        return new String(s, 0, n);
    }

    /**
     * A literal (|) or folded (>) block scalar whose indicator ends at i of the current line, inside a parent at
     * column indent: the lines below indented more, as they are or folded (lines joined by a space, an empty line
     * a line break), with the final line break clipped or stripped (-) as the indicator says.
     */
    private String block(boolean folded, int indent, int i, int e) throws Beyond {
        boolean strip = i < e && text[i] == '-';
        if (strip) {
            i++;
        }
        int after = skipSpaces(i, e);
        if (after < e && (text[after] != '#' || after == i)) {
            throw BEYOND; // keep chomping (+), an indentation indicator, or text after the indicator
        }
        line++;
        int first = line;
        while (first < lines && starts[first] + indent(first) == end(first)) {
            first++;
        }
        if (first == lines) {
            throw BEYOND; // an empty block
        }
        int m = indent(first);
        if (m <= indent) {
            throw BEYOND;
        }
        char[] s = scratch();
        int n = 0;
        int breaks = 0; // line breaks not yet written: they are chomped at the end
        for (; line < lines; line++) {
            int start = starts[line];
            int le = end(line);
            if (start + indent(line) == le) {
                if (le - start > m) {
                    throw BEYOND; // spaces beyond the indentation on an empty line: content or an error
                }
                breaks++;
                continue;
            }
            if (indent(line) < m) {
                break;
            }
            if (folded) {
                if (indent(line) > m || text[le - 1] == ' ') {
                    throw BEYOND; // a more indented line keeps its breaks; trailing spaces: the full parser
                }
                if (n > 0) {
                    n--; // the line break before: a space, or the empty lines' breaks (leading ones are kept)
                    if (breaks == 0) {
                        s[n++] = ' ';
                    }
                }
            }
            for (; breaks > 0; breaks--) {
                s[n++] = '\n';
            }
            System.arraycopy(text, start + m, s, n, le - start - m);
            n += le - start - m;
            s[n++] = '\n';
        }
        if (line == lines && text[length - 1] != '\n') {
            throw BEYOND; // the last line has no line break to clip
        }
        if (strip) {
            n--;
        }
        return new String(s, 0, n);
    }

    /**
     * Room for one quoted or block scalar: no longer than the text with a line break after its last line, which
     * is what line ends count.
     */
    private char[] scratch() {
        if (scratch == null) {
            scratch = new char[length + 1];
        }
        return scratch;
    }
}
