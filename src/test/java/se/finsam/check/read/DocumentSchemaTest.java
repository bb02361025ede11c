package se.finsam.check.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import se.finsam.check.edition.Edition;
import se.finsam.check.edition.Editions;
import se.finsam.check.facts.Interpreter;
import se.finsam.check.findings.Messages;
import se.finsam.check.model.Document;
import se.finsam.check.model.Kind;
import se.finsam.check.read.form.FormLoader;

/**
 * The JSON Schema (src/main/resources/finsam-document.schema.json) is the one definition of the structured
 * format; the reader stays the checker at run time. These tests tie them together: every sample validates, the
 * reader and the schema accept and refuse the same keys, types and values wherever the schema has a place, and
 * the README's field table and the message catalogue's field labels follow the schema.
 */
class DocumentSchemaTest {

    static final String RESOURCE = "/finsam-document.schema.json";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final JsonNode TREE = tree();
    private static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(TREE);
    private static final Edition EDITION = Editions.builtIn().get(2017).orElseThrow();

    private static JsonNode tree() {
        try (InputStream in = DocumentSchemaTest.class.getResourceAsStream(RESOURCE)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theSchemaIsAValidDraft202012Schema() {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        JsonSchema meta = factory.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        assertEquals(Set.of(), meta.validate(TREE));
        assertEquals("https://json-schema.org/draft/2020-12/schema", TREE.get("$schema").asText());
    }

    // ---- every document of testdata/ -----------------------------------------------------------------------

    @Test
    void everyStructuredFileInTestdataIsValid() throws Exception {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of("testdata"))) {
            files = walk.filter(p -> p.toString().matches(".*\\.(yaml|yml|json|jsonl)$")).sorted().toList();
        }
        assertTrue(files.size() >= 10, "the samples are there: " + files);
        TreeReader reader = new TreeReader();
        for (Path file : files) {
            String text = Files.readString(file);
            List<String> documents = file.toString().endsWith(".jsonl") ? text.lines().filter(l -> !l.isBlank()).toList()
                    : List.of(text);
            for (String document : documents) {
                assertValid(file.toString(), reader.read(file.toString().replace(".jsonl", ".json"), new StringReader(document)));
            }
        }
    }

    /** What import writes for the sample forms is in the format too. */
    @Test
    void everyFormInTestdataReadsIntoAValidDocument() throws Exception {
        FormLoader forms = new FormLoader(Editions.builtIn());
        List<Path> files;
        try (Stream<Path> walk = Stream.concat(Files.list(Path.of("testdata/forms")), Files.list(Path.of("testdata/form-variants")))) {
            files = walk.sorted().toList();
        }
        for (Path file : files) {
            assertValid(file.toString(), forms.tree(file, file.toString()).toNode());
        }
    }

    private static void assertValid(String name, Node document) {
        assertEquals(Set.of(), SCHEMA.validate(json(document)), name);
    }

    @Test
    void aMisspeltKeyIsRefusedByTheSchemaAndByTheReaderWithItsLineAndColumn() throws Exception {
        String text = Files.readString(Path.of("testdata/samples/plan-2017-heby.yaml")).replaceFirst("\n    resultGoal:", "\n    resultGoals:");
        int line = (int) text.lines().takeWhile(l -> !l.startsWith("    resultGoals:")).count() + 1;
        Node tree = new TreeReader().read("plan.yaml", new StringReader(text));

        Set<ValidationMessage> problems = SCHEMA.validate(json(tree));
        assertEquals(1, problems.size(), problems.toString());
        ValidationMessage problem = problems.iterator().next();
        assertEquals("additionalProperties", problem.getType());
        assertEquals("$.resources[0]", problem.getInstanceLocation().toString());
        assertTrue(problem.getMessage().contains("resultGoals"), problem.getMessage());

        InputError e = assertThrows(InputError.class, () -> new DocumentReader("plan.yaml").read(tree));
        assertEquals(line, e.line());
        assertEquals("    resultGoals: ".length() + 1, e.column());
        assertEquals("plan.yaml:" + line + ":18: unknown field \"resultGoals\"; fields allowed here: cost, effects, "
                + "extent, percent, period, post, resource, resultGoal",
                e.source() + ":" + e.line() + ":" + e.column() + ": " + Messages.forLanguage("en").format(e.key(), e.args()));
    }

    // ---- the reader and the schema agree ---------------------------------------------------------------------

    /** A place in the schema: the path to it in a document ("0" for a list's entry, "*" for any key) and its schema. */
    private record Place(List<String> path, JsonNode schema) {
        @Override
        public String toString() {
            return "/" + String.join("/", path);
        }
    }

    /** Every place of the schema, the document itself first. */
    private static List<Place> places() {
        List<Place> places = new ArrayList<>();
        collect(List.of(), TREE, places);
        return places;
    }

    private static void collect(List<String> path, JsonNode schema, List<Place> into) {
        JsonNode s = resolve(schema);
        into.add(new Place(path, s));
        s.path("properties").fields().forEachRemaining(p -> collect(append(path, p.getKey()), p.getValue(), into));
        if (s.has("items")) {
            collect(append(path, "0"), s.get("items"), into);
        }
        if (s.path("additionalProperties").isObject()) {
            collect(append(path, "*"), s.get("additionalProperties"), into);
        }
    }

    /** A schema with its $ref followed: the keywords beside the $ref apply too (as in 2020-12), and win here. */
    private static JsonNode resolve(JsonNode schema) {
        if (!schema.has("$ref")) {
            return schema;
        }
        ObjectNode merged = resolve(TREE.at(schema.get("$ref").asText().substring(1))).deepCopy();
        schema.fields().forEachRemaining(f -> {
            if (!f.getKey().equals("$ref")) {
                merged.set(f.getKey(), f.getValue());
            }
        });
        return merged;
    }

    private static List<String> append(List<String> path, String segment) {
        List<String> longer = new ArrayList<>(path);
        longer.add(segment);
        return longer;
    }

    /** At every closed map of the schema, the reader allows exactly the keys the schema lists. */
    @Test
    void theReaderAllowsTheKeysOfTheSchemaAtEveryPlace() {
        int checked = 0;
        for (Place place : places()) {
            if (!place.schema().path("additionalProperties").isBoolean()) {
                continue;
            }
            assertEquals(false, place.schema().get("additionalProperties").asBoolean(), place.toString());
            ObjectNode document = probe(place.path(), F.objectNode());
            ObjectNode map = place.path().isEmpty() ? document : (ObjectNode) at(document, place.path());
            map.putNull("zzUnknown");
            InputError e = assertThrows(InputError.class, () -> read(document), place.toString());
            assertEquals("input.unknownField", e.key(), place.toString());
            Set<String> schemaKeys = new TreeSet<>();
            place.schema().get("properties").fieldNames().forEachRemaining(schemaKeys::add);
            assertEquals(String.join(", ", schemaKeys), e.args().get(1), "the keys allowed at " + place);
            checked++;
        }
        assertTrue(checked >= 12, "every closed map was checked: " + checked);
    }

    /** A value of each JSON type, and each value an enumeration lists: at every place both accept it or both refuse it. */
    @Test
    void theReaderAndTheSchemaAcceptTheSameTypesAndValuesEverywhere() {
        List<JsonNode> values = List.of(F.textNode("2017-01-01"), F.numberNode(2017), F.numberNode(2017.5),
                F.booleanNode(true), F.nullNode(), F.objectNode(), F.arrayNode(), F.textNode("zzUnknown"));
        List<String> differences = new ArrayList<>();
        int probes = 0;
        for (Place place : places()) {
            if (place.path().isEmpty()) {
                continue;
            }
            List<JsonNode> tried = new ArrayList<>(values);
            place.schema().path("enum").forEach(tried::add);
            for (JsonNode value : tried) {
                ObjectNode document = probe(place.path(), value);
                boolean bySchema = SCHEMA.validate(document).isEmpty();
                boolean byReader = readerAccepts(document);
                if (bySchema != byReader) {
                    differences.add(place + " = " + value + ": the schema " + (bySchema ? "accepts" : "refuses")
                            + " it, the reader " + (byReader ? "accepts" : "refuses") + " it");
                }
                probes++;
            }
        }
        assertEquals(List.of(), differences);
        assertTrue(probes > 400, "probes: " + probes);
    }

    @Test
    void kindAndEditionAreRequiredByBoth() {
        for (String key : List.of("kind", "edition")) {
            ObjectNode document = probe(List.of(), null);
            document.remove(key);
            assertTrue(!SCHEMA.validate(document).isEmpty() && !readerAccepts(document), key);
        }
        assertEquals(List.of("kind", "edition"), List.of(TREE.get("required").get(0).asText(), TREE.get("required").get(1).asText()));
    }

    /** The enumerations that the program defines elsewhere: the kinds of document and the parties of the editions. */
    @Test
    void theSchemasKindsAndPartiesAreTheProgramsOwn() {
        assertEquals(Stream.of(Kind.values()).map(Kind::id).toList(), texts(TREE.at("/properties/kind/enum")));
        assertEquals(List.copyOf(Editions.builtIn().partyIds()), texts(TREE.at("/$defs/party/enum")));
    }

    /** Every question of a built-in edition is a key the schema describes (editors offer it). */
    @Test
    void everyQuestionOfTheEditionsIsAnAnswerKeyOfTheSchema() {
        Set<String> keys = new TreeSet<>();
        TREE.at("/properties/answers/properties").fieldNames().forEachRemaining(keys::add);
        Editions editions = Editions.builtIn();
        for (int year : editions.years()) {
            for (Kind kind : Kind.values()) {
                for (String key : editions.get(year).orElseThrow().questionsFor(kind).keySet()) {
                    assertTrue(keys.contains(key), "answers." + key + " (" + kind.id() + " " + year + ") is not in the schema");
                }
            }
        }
    }

    /** A document with value at path (null: none), the rest as small as the reader takes. */
    private static ObjectNode probe(List<String> path, JsonNode value) {
        ObjectNode document = F.objectNode().put("kind", "plan").put("edition", 2017);
        JsonNode container = document;
        for (int i = 0; i < path.size(); i++) {
            String segment = path.get(i).equals("*") ? "zzAnyKey" : path.get(i);
            boolean last = i == path.size() - 1;
            JsonNode next = last ? value : path.get(i + 1).equals("0") ? F.arrayNode() : F.objectNode();
            if (last && next == null) {
                break;
            }
            if (container instanceof ArrayNode list) {
                list.add(next);
            } else {
                ((ObjectNode) container).set(segment, next);
            }
            container = next;
        }
        return document;
    }

    private static JsonNode at(JsonNode document, List<String> path) {
        JsonNode n = document;
        for (String segment : path) {
            n = n.isArray() ? n.get(0) : n.get(segment.equals("*") ? "zzAnyKey" : segment);
        }
        return n;
    }

    /** What the program does with a document: read it, and interpret it under its edition (parties are checked there). */
    private static Document read(ObjectNode document) throws InputError {
        Node tree = new TreeReader().read("probe.json", new StringReader(document.toString()));
        Document doc = new DocumentReader("probe.json").read(tree);
        new Interpreter(EDITION).facts(doc);
        return doc;
    }

    private static boolean readerAccepts(ObjectNode document) {
        try {
            read(document);
            return true;
        } catch (InputError e) {
            return false;
        }
    }

    private static List<String> texts(JsonNode list) {
        List<String> texts = new ArrayList<>();
        list.forEach(n -> {
            if (!n.isNull()) {
                texts.add(n.asText());
            }
        });
        return texts;
    }

    /** The reader's tree as JSON, typed as the reader typed it (YAML by the 1.2 core schema). */
    static JsonNode json(Node n) {
        switch (n.type()) {
            case MAP: {
                ObjectNode map = F.objectNode();
                n.fields().forEach((k, v) -> map.set(k, json(v)));
                return map;
            }
            case LIST: {
                ArrayNode list = F.arrayNode();
                n.items().forEach(v -> list.add(json(v)));
                return list;
            }
            case NULL:
                return F.nullNode();
            default: {
                Object v = n.scalar();
                if (v instanceof Boolean b) {
                    return F.booleanNode(b);
                } else if (v instanceof Integer || v instanceof Long) {
                    return F.numberNode(((Number) v).longValue());
                } else if (v instanceof BigInteger b) {
                    return F.numberNode(b);
                } else if (v instanceof BigDecimal d) {
                    return F.numberNode(d);
                } else if (v instanceof Number d) {
                    return F.numberNode(d.doubleValue());
                }
                return F.textNode(String.valueOf(v));
            }
        }
    }

    // ---- the README and the message catalogue follow the schema ----------------------------------------------

    /** The field table of the README ("The structured format") is the schema's, row for row. */
    @Test
    void theReadmesFieldTableIsTheSchemas() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        String header = "| field | type | meaning |\n|---|---|---|\n";
        int start = readme.indexOf(header);
        assertTrue(start >= 0, "the README has the field table");
        int end = readme.indexOf("\n\n", start);
        String expected = header + String.join("\n", rows(List.of(), TREE));
        assertEquals(expected, readme.substring(start, end), "README.md's field table, as the schema gives it");
    }

    /**
     * Rows of a map's fields: one per field with a description of its own; a map or list of maps whose fields have
     * none is one row whose type lists them; an open map (answers) is "map of text".
     */
    private static List<String> rows(List<String> prefix, JsonNode schema) {
        List<String> rows = new ArrayList<>();
        resolve(schema).path("properties").fields().forEachRemaining(f -> {
            JsonNode s = resolve(f.getValue());
            if (!f.getValue().has("description")) { // its own, not that of a definition it refers to
                return;
            }
            boolean list = s.has("items");
            JsonNode element = list ? resolve(s.get("items")) : s;
            String name = String.join("", prefix) + f.getKey() + (list ? "[]" : "");
            rows.add("| `" + name + "` | " + type(f.getValue()) + " | " + f.getValue().get("description").asText() + " |");
            if (!element.path("additionalProperties").isObject() && described(element)) {
                rows.addAll(rows(List.of(name + "."), element));
            }
        });
        return rows;
    }

    private static boolean described(JsonNode map) {
        Iterator<JsonNode> fields = map.path("properties").elements();
        while (fields.hasNext()) {
            if (fields.next().has("description")) {
                return true;
            }
        }
        return false;
    }

    /** A field's type in the words of the table. */
    private static String type(JsonNode field) {
        Map<String, String> named = Map.of("#/$defs/text", "text", "#/$defs/date", "date", "#/$defs/amount", "number or text");
        if (named.containsKey(field.path("$ref").asText())) {
            return named.get(field.get("$ref").asText());
        }
        JsonNode s = resolve(field);
        if (s.has("enum")) {
            return texts(s.get("enum")).stream().map(v -> "`" + v + "`").collect(Collectors.joining(" \\| "));
        }
        if (s.path("additionalProperties").isObject()) {
            return "map of " + type(s.get("additionalProperties"));
        }
        boolean list = s.has("items");
        JsonNode element = list ? resolve(s.get("items")) : s;
        List<String> types = s.get("type").isTextual() ? List.of(s.get("type").asText()) : texts(s.get("type"));
        String scalar = types.contains("string") ? "text" : types.stream().filter(t -> !t.matches("null|object|array"))
                .collect(Collectors.joining(" or "));
        if (!element.has("properties")) {
            return list ? "list" : scalar;
        }
        if (described(element)) {
            return list ? "list" : "map";
        }
        String shape = "`{" + fieldsOf(element) + "}`";
        return scalar.isEmpty() ? shape : scalar + " or " + shape;
    }

    private static String fieldsOf(JsonNode map) {
        List<String> names = new ArrayList<>();
        map.get("properties").fields().forEachRemaining(f -> {
            JsonNode s = resolve(f.getValue());
            names.add(s.has("items") && resolve(s.get("items")).has("properties")
                    ? f.getKey() + ": [{" + fieldsOf(resolve(s.get("items"))) + "}]" : f.getKey());
        });
        return String.join(", ", names);
    }

    /** Every field of the schema has a label in both languages (letters name the field), and every label a field. */
    @Test
    void theFieldLabelsAreTheSchemasFields() {
        Set<String> fields = new TreeSet<>();
        places().forEach(p -> {
            if (!p.path().isEmpty() && !p.path().get(p.path().size() - 1).matches("0|\\*")) {
                fields.add(p.path().get(p.path().size() - 1));
            }
        });
        for (Locale locale : Messages.LANGUAGES) {
            Set<String> labels = new TreeSet<>();
            ResourceBundle.getBundle(Messages.BUNDLE, locale).keySet().stream().filter(k -> k.startsWith("field."))
                    .map(k -> k.substring("field.".length())).filter(k -> !k.equals("index")).forEach(labels::add);
            assertEquals(fields, labels, "the field.* labels of " + locale);
        }
    }
}
