package se.finsam.check.read;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.CharArrayReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigInteger;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.events.ScalarEvent;
import se.finsam.check.model.Position;

/**
 * Reads YAML or JSON text into a {@link Node} tree that remembers the line and column of every value.
 *
 * <p>YAML scalars are typed by the YAML 1.2 core schema ({@link CoreSchema}), not by SnakeYAML's YAML 1.1
 * resolver, which Jackson's YAML parser uses: under YAML 1.1 an unquoted {@code no} is false and {@code 0x7E1}
 * or {@code 2_017} is 2017. The parser below hands every scalar on as text with its style and tag, and the
 * tree types the plain ones itself.
 */
public final class TreeReader {

    /** Plans are shallow; anything deeper than this is broken or hostile. */
    static final int MAX_DEPTH = 64;
    /** A whole form is a few tens of kB; one value beyond this is not a form answer. */
    static final int MAX_STRING = 1_000_000;
    /** Characters in one YAML document. */
    static final int MAX_YAML_CHARS = 1_000_000;
    /** Documents have no use for YAML aliases beyond a handful; many of them is an expansion attack. */
    static final int MAX_ALIASES = 20;

    private final JsonFactory json = JsonFactory.builder().streamReadConstraints(constraints()).build();
    /** Made for the first document the block reader hands on: most runs never load SnakeYAML's classes. */
    private volatile JsonFactory yaml; // workers may share a reader; two making it at once is harmless

    private JsonFactory yaml() {
        if (yaml == null) {
            yaml = yamlFactory();
        }
        return yaml;
    }

    private static JsonFactory yamlFactory() {
        LoaderOptions loader = new LoaderOptions();
        loader.setMaxAliasesForCollections(MAX_ALIASES);
        loader.setNestingDepthLimit(MAX_DEPTH);
        // no plan comes near this; SnakeYAML gets slow on huge scalars (DocumentLoader refuses those unparsed)
        loader.setCodePointLimit(MAX_YAML_CHARS);
        loader.setAllowDuplicateKeys(true); // reported by us, with the key's position
        return new CoreSchemaFactory(YAMLFactory.builder().loaderOptions(loader).streamReadConstraints(constraints()));
    }

    /** The prefix of the YAML tags written !!str, !!int … */
    private static final String CORE_TAGS = "tag:yaml.org,2002:";

    /** Jackson's YAML factory, making the parser below (for a Reader: the one input this class gives it). */
    private static final class CoreSchemaFactory extends YAMLFactory {
        CoreSchemaFactory(YAMLFactoryBuilder builder) {
            super(builder);
        }

        @Override
        protected YAMLParser _createParser(Reader r, IOContext ctxt) {
            return new CoreSchemaParser(ctxt, _parserFeatures, _yamlParserFeatures, _loaderOptions, _objectCodec, r);
        }
    }

    /**
     * Jackson's YAML parser with its typing of scalars left out: each scalar is a string token, and the tree
     * learns whether it was plain (unquoted) and which tag it had.
     */
    private static final class CoreSchemaParser extends YAMLParser {
        private boolean plain;
        private String tag;

        CoreSchemaParser(IOContext ctxt, int parserFeatures, int formatFeatures, LoaderOptions loader, ObjectCodec codec,
                Reader reader) {
            super(ctxt, parserFeatures, formatFeatures, loader, codec, reader);
        }

        @Override
        protected JsonToken _decodeScalar(ScalarEvent scalar) {
            _textValue = scalar.getValue();
            _cleanedTextValue = null;
            plain = scalar.isPlain();
            tag = scalar.getTag();
            return JsonToken.VALUE_STRING;
        }
    }

    private static StreamReadConstraints constraints() {
        return StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).maxStringLength(MAX_STRING).build();
    }

    /**
     * Reads one document; the format follows the file name (.json is JSON, anything else YAML). YAML in the
     * format's plain block style is read by {@link BlockYaml} (a document took 0.55 ms through the full parser,
     * four times its JSON), anything else by the full parser.
     */
    public Node read(String source, Reader text) throws InputError {
        if (source.toLowerCase().endsWith(".json")) {
            return read(source, text, true, 0);
        }
        // the whole text into an array, which the block reader scans; beyond the YAML limit only up to just past
        // it, which the full parser then refuses
        char[] yamlText = new char[8192];
        int length = 0;
        try {
            for (int n; length <= MAX_YAML_CHARS && (n = text.read(yamlText, length, yamlText.length - length)) >= 0; ) {
                length += n;
                if (length == yamlText.length) {
                    yamlText = Arrays.copyOf(yamlText, length * 2);
                }
            }
        } catch (CharacterCodingException e) {
            throw new InputError(source, 0, 0, "input.encoding");
        } catch (IOException e) {
            throw SyntaxErrors.generic(source, 0, 0, false);
        }
        Node block = BlockYaml.read(yamlText, length);
        return block != null ? block : read(source, new CharArrayReader(yamlText, 0, length), false, 0);
    }

    /** YAML text read by the full parser alone. */
    Node readFully(String source, String yamlText) throws InputError {
        return read(source, new StringReader(yamlText), false, 0);
    }

    /** Reads one JSON document that starts after lineOffset lines of its file (a line of a JSON-lines file). */
    public Node readJsonLine(String source, String line, int lineOffset) throws InputError {
        return read(source, new StringReader(line), true, lineOffset);
    }

    private Node read(String source, Reader text, boolean isJson, int lineOffset) throws InputError {
        JsonParser parser;
        try {
            parser = (isJson ? json : yaml()).createParser(text);
        } catch (IOException e) {
            throw SyntaxErrors.generic(source, 0, 0, isJson);
        }
        try (parser) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new InputError(source, 1 + lineOffset, 1, "input.empty");
            }
            Node root = new Tree(source, parser, parser instanceof CoreSchemaParser y ? y : null, lineOffset).value("");
            if (parser.nextToken() != null) {
                // text after the document, or a second YAML document: one file holds one document
                JsonLocation at = parser.currentLocation();
                throw new InputError(source, at.getLineNr() + lineOffset, at.getColumnNr(), "input.trailing");
            }
            return root;
        } catch (CharacterCodingException e) {
            throw new InputError(source, 0, 0, "input.encoding");
        } catch (JsonProcessingException e) {
            if (causedByEncoding(e)) {
                throw new InputError(source, 0, 0, "input.encoding");
            }
            throw SyntaxErrors.of(source, e, location(parser), isJson, lineOffset);
        } catch (IOException | RuntimeException e) {
            // a failure of the parser that is not a parse error: said in our words, where it stood
            JsonLocation at = location(parser);
            int line = at == null || at.getLineNr() <= 0 ? 0 : at.getLineNr() + lineOffset;
            throw SyntaxErrors.generic(source, line, line == 0 ? 0 : Math.max(at.getColumnNr(), 1), isJson);
        }
    }

    /** Where a parser stood when it failed (null when it cannot tell). */
    private static JsonLocation location(JsonParser parser) {
        try {
            return parser.currentLocation();
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The parsers wrap a decoding failure of the reader; it means the file is not UTF-8 text. */
    private static boolean causedByEncoding(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CharacterCodingException) {
                return true;
            }
        }
        return false;
    }

    /**
     * Builds the tree of one document from its token stream; lines count from the start of the file. yaml is
     * the parser when the document is YAML, for the style and tag of its scalars.
     */
    private record Tree(String source, JsonParser p, CoreSchemaParser yaml, int lineOffset) {

        Node value(String pointer) throws IOException, InputError {
            Position at = position(pointer);
            JsonToken token = p.currentToken();
            if (token == null) {
                throw new InputError(source, at.line(), at.column(), "input.syntax.end");
            }
            switch (token) {
                case START_OBJECT: {
                    LinkedHashMap<String, Node> fields = new LinkedHashMap<>();
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String name = p.currentName();
                        Position keyAt = position(pointer);
                        if (fields.containsKey(name)) {
                            throw new InputError(source, keyAt.line(), keyAt.column(), "input.duplicateKey", name);
                        }
                        p.nextToken();
                        fields.put(name, value(pointer + "/" + escape(name)));
                    }
                    return Node.map(at, fields);
                }
                case START_ARRAY: {
                    List<Node> items = new ArrayList<>();
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        items.add(value(pointer + "/" + items.size()));
                    }
                    return Node.list(at, items);
                }
                case VALUE_STRING: return yaml == null ? Node.scalar(at, p.getText()) : yamlScalar(at);
                // JSON only: the YAML parser gives every scalar as a string
                case VALUE_NUMBER_INT:
                case VALUE_NUMBER_FLOAT: return Node.scalar(at, p.getNumberValue(), p.getText());
                case VALUE_TRUE: return Node.scalar(at, Boolean.TRUE, "true");
                case VALUE_FALSE: return Node.scalar(at, Boolean.FALSE, "false");
                case VALUE_NULL: return Node.scalar(at, null);
                default: throw SyntaxErrors.generic(source, at.line(), at.column(), yaml == null);
            }
        }

        /**
         * A YAML scalar: quoted, literal and folded scalars are text; a plain one is typed by the 1.2 core schema;
         * a tag of the core schema (!!str, !!int, !!float, !!bool, !!null) must fit its value, and any other tag
         * (!!binary, !!timestamp, !local) is refused. An alias is refused: Jackson's parser does not expand it
         * but hands on the anchor's name, so `area: *a` would read as the area "a".
         */
        private Node yamlScalar(Position at) throws IOException, InputError {
            String text = p.getText();
            if (yaml.isCurrentAlias()) {
                throw new InputError(source, at.line(), at.column(), "input.syntax.alias", clip(text));
            }
            String tag = yaml.tag;
            if (tag == null) {
                return yaml.plain ? typed(at, text, CoreSchema.resolve(text)) : Node.scalar(at, text);
            }
            String shortTag = tag.startsWith(CORE_TAGS) ? "!!" + tag.substring(CORE_TAGS.length()) : tag;
            Object value = CoreSchema.resolve(text);
            boolean fits = switch (shortTag) {
                case "!", "!!str" -> true;
                case "!!null" -> value == CoreSchema.NULL;
                case "!!bool" -> value instanceof Boolean;
                case "!!int" -> value instanceof Integer || value instanceof Long || value instanceof BigInteger
                        || value == CoreSchema.RADIX;
                case "!!float" -> value instanceof Number || value == CoreSchema.RADIX;
                default -> throw new InputError(source, at.line(), at.column(), "input.syntax.tag", clip(shortTag));
            };
            if (!fits) {
                throw new InputError(source, at.line(), at.column(), "input.syntax.tagged", clip(text), shortTag);
            }
            return shortTag.equals("!") || shortTag.equals("!!str") ? Node.scalar(at, text) : typed(at, text, value);
        }

        private Node typed(Position at, String text, Object value) throws InputError {
            if (value instanceof String) {
                return Node.scalar(at, text);
            }
            if (value == CoreSchema.NULL) {
                return Node.scalar(at, null);
            }
            if (value == CoreSchema.RADIX) {
                throw new InputError(source, at.line(), at.column(), "input.number.radix", text);
            }
            return Node.scalar(at, value, text);
        }

        private Position position(String pointer) {
            JsonLocation loc = p.currentTokenLocation();
            return new Position(pointer, loc.getLineNr() + lineOffset, loc.getColumnNr());
        }
    }

    /** JSON pointer escaping (RFC 6901). */
    private static String escape(String name) {
        if (name.indexOf('~') < 0 && name.indexOf('/') < 0) {
            return name; // every key of a plan: no need to look twice
        }
        return name.replace("~", "~0").replace("/", "~1");
    }

    /** A value quoted in a message: its start when it is long. */
    private static String clip(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }
}
