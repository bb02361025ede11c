package se.finsam.check.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.finsam.check.TestEngine;
import se.finsam.check.findings.DocumentResult;
import se.finsam.check.findings.Messages;
import se.finsam.check.model.Document;

/**
 * YAML by the 1.2 core schema (an unquoted no is text, 0x7E1 and 2_017 are no edition, a date is YYYY-MM-DD),
 * and one calm line in the user's language for every file that cannot be read.
 */
class Yaml12Test {

    private static final String PLAN = "kind: plan\nedition: 2017\n";

    @TempDir
    Path dir;

    private static Document yaml(String text) throws InputError {
        return new DocumentReader("plan.yaml").read(new TreeReader().read("plan.yaml", new StringReader(text)));
    }

    private static Document json(String text) throws InputError {
        return new DocumentReader("plan.json").read(new TreeReader().read("plan.json", new StringReader(text)));
    }

    private static InputError refused(String text) {
        return assertThrows(InputError.class, () -> yaml(text), text);
    }

    private static void assertAt(InputError e, String key, int line, int column) {
        assertEquals(key + " " + line + ":" + column, e.key() + " " + e.line() + ":" + e.column(), e.args().toString());
    }

    // --- A: the YAML 1.2 core schema ---

    @Test
    void yesNoOnOffAreTextWhereTextIsExpected() throws InputError {
        for (String word : List.of("no", "No", "NO", "yes", "Yes", "YES", "on", "On", "ON", "off", "Off", "OFF", "y", "Y", "n", "N")) {
            assertEquals(word, yaml(PLAN + "area: " + word + "\n").getArea(), "plain " + word);
            assertEquals(word, yaml(PLAN + "area: \"" + word + "\"\n").getArea(), "quoted " + word);
            assertEquals(word, yaml(PLAN + "answers: {gender: " + word + "}\n").getAnswers().get("gender").getText());
        }
        // true/false in a text field are read as written, not as Java's "true"
        assertEquals("True", yaml(PLAN + "area: True\n").getArea());
    }

    @Test
    void aPlainNoGetsTheBareAnswerWarningLikeAQuotedOne() throws InputError {
        String plan = PLAN + "answers:\n  gender: %s\n";
        for (String answer : List.of("no", "\"no\"", "Nej", "yes")) {
            DocumentResult r = TestEngine.checker().check(yaml(plan.formatted(answer)));
            assertTrue(r.findings().stream().anyMatch(f -> f.rule().equals("gender-perspective")
                    && f.messageKey().equals("gender-perspective.bare") && f.position().line() == 4), answer + ": " + r.findings());
        }
    }

    @Test
    void onlyTrueAndFalseAreBooleans() throws InputError {
        String resource = PLAN + "resources:\n  - resource: Samverkanskoordinator\n    post: %s\n";
        for (String t : List.of("true", "True", "TRUE")) {
            assertEquals(Boolean.TRUE, yaml(resource.formatted(t)).getResources().get(0).getPostAsWritten());
        }
        for (String f : List.of("false", "False", "FALSE")) {
            assertEquals(Boolean.FALSE, yaml(resource.formatted(f)).getResources().get(0).getPostAsWritten());
        }
        for (String word : List.of("yes", "no", "on", "off", "y", "n", "Yes", "NO", "tRuE", "\"true\"")) {
            InputError e = refused(resource.formatted(word));
            assertAt(e, "input.type", 5, 11);
            assertEquals("/resources/0/post must be true or false, but is text", en(e));
            assertEquals("/resources/0/post ska vara true eller false, men är text", sv(e));
        }
    }

    @Test
    void anEditionIsADecimalInteger() throws InputError {
        assertEquals(2017, yaml("kind: plan\nedition: 2017\n").getEdition());
        assertEquals(2017, yaml("kind: plan\nedition: +2017\n").getEdition());
        assertEquals(3741, yaml("kind: plan\nedition: 03741\n").getEdition(), "1.2: decimal, not octal 2017");
        assertEquals(2017, json("{\"kind\": \"plan\", \"edition\": 2017}").getEdition());

        for (String hexOrOctal : List.of("0x7E1", "0x7e1", "0o3741")) {
            InputError e = refused("kind: plan\nedition: " + hexOrOctal + "\n");
            assertAt(e, "input.number.radix", 2, 10);
            assertEquals("\"" + hexOrOctal + "\" is a hexadecimal or octal number; write it in decimal, or in quotes if it is text", en(e));
        }
        for (String notAnInteger : List.of("2_017", "0b11111100001", "2017.0", "2.017e3", "'2017'", "\"2017\"", "4294969313", "99999999999999999999", "yes", "20:17")) {
            InputError e = refused("kind: plan\nedition: " + notAnInteger + "\n");
            assertAt(e, "input.type", 2, 10);
            assertTrue(en(e).startsWith("/edition must be a whole number, but is "), en(e));
        }
        InputError e = assertThrows(InputError.class, () -> json("{\"kind\": \"plan\", \"edition\": 2017.0}"));
        assertAt(e, "input.type", 1, 29);
        // 03741 is a number, just no edition the checker knows
        DocumentResult r = TestEngine.checker().check(yaml("kind: plan\nedition: 03741\n"));
        assertEquals("input.unknownEdition", r.error().key());
    }

    @Test
    void numbersTakeTheirCoreSchemaFormsOnly() throws InputError {
        String resource = PLAN + "resources:\n  - resource: Samverkanskoordinator\n    percent: %s\n";
        assertEquals(50.0, yaml(resource.formatted("50")).getResources().get(0).getPercent());
        assertEquals(50.5, yaml(resource.formatted("50.5")).getResources().get(0).getPercent());
        assertEquals(100.0, yaml(resource.formatted("1e2")).getResources().get(0).getPercent());
        assertEquals(0.5, yaml(resource.formatted(".5")).getResources().get(0).getPercent());
        assertEquals(-5.0, yaml(resource.formatted("-5.")).getResources().get(0).getPercent());
        for (String text : List.of("5_0", ".inf", "-.inf", ".nan", ".NaN", "50 %", "1e", "1.2.3", "+", ".")) {
            InputError e = refused(resource.formatted(text));
            assertAt(e, "input.type", 5, 14);
            assertEquals("/resources/0/percent must be a number, but is text", en(e));
        }
        // a number in a text field is the text as written: 1.10 is not 1.1
        assertEquals("1.10", yaml(PLAN + "signatures:\n  - {name: x, dateAsWritten: 1.10}\n").getSignatures().get(0).getDateAsWritten());
        assertEquals("007", yaml(PLAN + "area: 007\n").getArea());
        assertEquals("1.10", json("{\"kind\": \"plan\", \"edition\": 2017, \"area\": 1.10}").getArea());
    }

    @Test
    void theCoreSchemaByItself() {
        assertEquals(CoreSchema.NULL, CoreSchema.resolve(""));
        for (String n : List.of("~", "null", "Null", "NULL")) {
            assertEquals(CoreSchema.NULL, CoreSchema.resolve(n), n);
        }
        for (String text : List.of("nULL", "nil", "None", "~~", "no", "yes", "on", "off", "y", "n", "tRUE", "FaLse", "2_017",
                "0b1", "0X7E1", "0O17", "0x", "0o", "0o8", "0xG", "-0x10", "1:30", "2016-09-26", ".inf", ".nan", "1e", "e5", "+-1",
                "12abc", "١٢", "1 000")) {
            assertEquals(text, CoreSchema.resolve(text), text);
        }
        assertEquals(Boolean.TRUE, CoreSchema.resolve("TRUE"));
        assertEquals(Boolean.FALSE, CoreSchema.resolve("False"));
        assertEquals(3741, CoreSchema.resolve("03741"));
        assertEquals(-17, CoreSchema.resolve("-17"));
        assertEquals(0, CoreSchema.resolve("-0"));
        assertEquals(4294969313L, CoreSchema.resolve("4294969313"));
        assertEquals(7L * Integer.MAX_VALUE, CoreSchema.resolve("000000000000000000000" + 7L * Integer.MAX_VALUE));
        assertEquals(new BigInteger("99999999999999999999"), CoreSchema.resolve("99999999999999999999"));
        assertEquals(1.0, CoreSchema.resolve("1."));
        assertEquals(1500.0, CoreSchema.resolve("+1.5E3"));
        assertEquals(-0.25, CoreSchema.resolve("-.25"));
        assertEquals(CoreSchema.RADIX, CoreSchema.resolve("0x7E1"));
        assertEquals(CoreSchema.RADIX, CoreSchema.resolve("0o17"));
    }

    @Test
    void aDateIsYyyyMmDdWithAFourDigitYear() throws InputError {
        assertEquals(LocalDate.of(2016, 9, 26), yaml(PLAN + "received: 2016-09-26\n").getReceived());
        assertEquals(LocalDate.of(2016, 9, 26), yaml(PLAN + "received: '2016-09-26'\n").getReceived());
        for (String notADate : List.of("+99999-01-01", "-2016-09-26", "+2016-09-26", "16-09-26", "2016-9-26", "2016-02-30",
                "2016-09-26T10:00:00", "20160926", "2016/09/26", "2016-09-26 x", "'+99999-01-01'", "2016-13-01")) {
            InputError e = refused(PLAN + "received: " + notADate + "\n");
            assertAt(e, "input.date", 3, 11);
        }
        InputError e = assertThrows(InputError.class,
                () -> json("{\"kind\": \"plan\", \"edition\": 2017,\n \"received\": \"+99999-01-01\"}"));
        assertAt(e, "input.date", 2, 14);
        assertEquals("\"+99999-01-01\" in the field received is not a valid date; write YYYY-MM-DD", en(e));
    }

    @Test
    void nullIsAbsentAndQuotedNullIsText() throws InputError {
        for (String n : List.of("", " ~", " null", " Null", " NULL")) {
            assertNull(yaml(PLAN + "area:" + n + "\n").getArea(), n);
        }
        assertEquals("null", yaml(PLAN + "area: \"null\"\n").getArea());
        assertEquals("", yaml(PLAN + "area: \"\"\n").getArea());
    }

    @Test
    void tagsOfTheCoreSchemaMustFitAndOthersAreRefused() throws InputError {
        assertEquals("12", yaml(PLAN + "area: !!str 12\n").getArea());
        assertEquals("no", yaml(PLAN + "area: ! no\n").getArea());
        assertEquals(2017, yaml("kind: plan\nedition: !!int 2017\n").getEdition());
        assertAt(refused("kind: plan\nedition: !!int 2_017\n"), "input.syntax.tagged", 2, 10);
        assertAt(refused(PLAN + "resources:\n  - {resource: x, post: !!bool yes}\n"), "input.syntax.tagged", 4, 25);
        InputError e = refused(PLAN + "area: !!binary SGVieQ==\n");
        assertAt(e, "input.syntax.tag", 3, 7);
        assertEquals("the YAML tag !!binary is not used in the format; remove it", en(e));
        assertAt(refused(PLAN + "received: !!timestamp 2016-09-26\n"), "input.syntax.tag", 3, 11);
        assertAt(refused(PLAN + "area: !heby Heby\n"), "input.syntax.tag", 3, 7);
    }

    @Test
    void anAliasIsRefusedNotReadAsItsAnchorsName() {
        // Jackson's streaming parser never expands an alias: it gives the anchor's name as text
        InputError e = refused(PLAN + "area: &a Heby\ninitiative: *a\n");
        assertAt(e, "input.syntax.alias", 4, 13);
        assertEquals("YAML aliases (*a) are not used in the format; write the value out", en(e));
        assertAt(refused(PLAN + "area: *undefined\n"), "input.syntax.alias", 3, 7);
    }

    @Test
    void positionsStayExact() throws InputError {
        Node root = new TreeReader().read("plan.yaml", new StringReader("kind: plan\nanswers:\n  gender: no\n  goals: 'x'\n  n: 12\n"));
        Node answers = root.fields().get("answers");
        assertEquals(3, answers.fields().get("gender").position().line());
        assertEquals(11, answers.fields().get("gender").position().column());
        assertEquals(10, answers.fields().get("goals").position().column());
        assertEquals(12, answers.fields().get("n").scalar());
        assertEquals("12", answers.fields().get("n").text());
    }

    // --- B: one calm line per unreadable file ---

    /** Library and Java words that must never reach a user, and a placeholder left unfilled. */
    private static final List<String> LEAKS = List.of("org.", "com.", "java.", "Exception", "null", "NULL", "Null",
            "JsonReadFeature", "Feature", "Event", "snakeyaml", "SnakeYAML", "jackson", "Jackson", "StreamRead", "reader'", "(code",
            "REDACTED", "Source:", "(TAB)");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d");

    private record Broken(String file, byte[] bytes) {
        Broken(String file, String text) {
            this(file, text.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static List<Broken> broken() {
        List<Broken> b = new ArrayList<>();
        String[] yaml = {
            PLAN + "area: \"unclosed\n", PLAN + "area: 'unclosed\n", PLAN + "area: \"tail\\\n",
            PLAN + "answers:\n\tgender: tab\n", "kind: plan\n\tedition: 2017\n", PLAN + "answers:\n  gender: x\n\t goals: y\n",
            PLAN + "resources:\n  - Samverkanskoordinator\n", PLAN + "resources:\n  resource: x\n", PLAN + "answers: [a, b]\n",
            PLAN + "area: [Heby]\n", PLAN + "area: {name: Heby}\n", "- kind: plan\n", "plan\n", "[a]: b\n", "? [a]\n: b\n",
            PLAN + "  area: x\n bad: y\n", PLAN + "area: Heby: Tierp\n", PLAN + "area: @Heby\n", PLAN + "area: `Heby`\n",
            PLAN + "resources: [\n", PLAN + "resources: [{resource: x\n", PLAN + "answers: {gender: x\n", "kind: plan\nedition: [2017\n",
            PLAN + "answers:\n  - a\n - b\n", PLAN + "area: 'x'y\n", PLAN + "area: \"\\q\"\n", PLAN + "area: \"\\uZZZZ\"\n",
            "%YAML 9.9\n---\nkind: plan\n", PLAN + "area: *a\n", PLAN + "area: !!binary x\n", PLAN + "area: !!int x\n",
            PLAN + "area: Heby\narea: Tierp\n", PLAN + "edition: 2018\n", PLAN + "---\nkind: report\n", "kind: plan\nedition: 0x7E1\n",
            "kind: null\nedition: 2017\n", "kind: plan\nedition: null\n", "kind: ~\nedition: ~\n", "null\n", "~\n", "NULL\n",
            PLAN + "resources: [null]\n", PLAN + "resources:\n  - ~\n", PLAN + "signatures: [null, null]\n", PLAN + "answers: [null]\n",
            PLAN + "resources:\n  - {resource: null, percent: null, post: yes}\n", PLAN + "period: null\nreceived: [null]\n",
            PLAN + "area: x\u0000y\n", PLAN + "area: x\u0007\n", "a: [" + "[".repeat(70) + "]".repeat(70) + "]\n",
            nestedMaps(70), PLAN + "area: x\n...\n..\n", PLAN + "resultGol: x\n",
            PLAN + "received: +99999-01-01\n", PLAN + "resources:\n  - {resource: x, percent: lots}\n",
        };
        for (int i = 0; i < yaml.length; i++) {
            b.add(new Broken("broken-" + i + ".yaml", yaml[i]));
        }
        String[] json = {
            "{\"kind\": \"plan\", \"edition\": 2017,}", "{\"kind\": \"plan\", \"resources\": [1,]}", "{'kind': 'plan'}",
            "{\"kind\" \"plan\"}", "{\"kind\": \"plan\"", "{\"kind\": \"pl", "[\"unclosed]", "{\"a\": NaN}", "{\"a\": 01}",
            "{\"a\": +1}", "{\"a\": .5}", "{\"a\": 1e}", "{\"a\": -}", "{\"a\": 0x10}", "{\"a\": tru}", "{\"a\": \"\\q\"}",
            "{\"a\": \"x\ny\"}", "// comment\n{}", "/* comment */ {}", "}", "]", "[1 2]", "{,}", "{\"a\"}", "{\"a\": [}",
            "{\"a\": ]}", "{\"kind\": null, \"edition\": null}", "null", "[null]", "{\"kind\": \"plan\", \"edition\": 2017, \"resources\": [null]}",
            "{\"kind\": \"plan\", \"edition\": 2017, \"answers\": null, \"signatures\": [null]}", "[".repeat(70) + "]".repeat(70),
            "{\"a\":".repeat(70) + "1" + "}".repeat(70), "{\"kind\": \"plan\"} trailing", "{\"kind\": \"plan\"}\n{\"kind\": \"plan\"}",
            "\u0000", "{\"a\": \"\\ud800\"}", "\"just text\"", "42", "true", "{\"kind\": \"plan\", \"edition\": \"2017\"}",
            "{\"kind\": \"plan\", \"edition\": 2017, \"received\": \"+99999-01-01\"}",
        };
        for (int i = 0; i < json.length; i++) {
            b.add(new Broken("broken-" + i + ".json", json[i]));
        }
        byte[] latin1 = (PLAN + "area: Älvkarleby\n").getBytes(StandardCharsets.ISO_8859_1);
        b.add(new Broken("latin1.yaml", latin1));
        b.add(new Broken("latin1.json", "{\"kind\": \"plan\",\n \"area\": \"Älvkarleby\"}".getBytes(StandardCharsets.ISO_8859_1)));
        b.add(new Broken("cut-utf8.yaml", new byte[] {'a', 'r', 'e', 'a', ':', ' ', (byte) 0xc3}));
        b.add(new Broken("utf16.yaml", (PLAN + "area: x\n").getBytes(StandardCharsets.UTF_16LE)));
        b.add(new Broken("empty.yaml", ""));
        b.add(new Broken("empty.json", ""));
        return b;
    }

    /** Block maps inside each other: k:, then k: two spaces in, and so on. */
    private static String nestedMaps(int depth) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            s.append("  ".repeat(i)).append("k:\n");
        }
        return s.append("  ".repeat(depth)).append("v\n").toString();
    }

    @Test
    void everyBrokenFileGetsOneCalmLineInTheUsersLanguageWithItsPosition() throws IOException {
        Messages sv = Messages.forLanguage("sv");
        Messages en = Messages.forLanguage("en");
        List<String> wrong = new ArrayList<>();
        for (Broken b : broken()) {
            Path file = dir.resolve(b.file());
            Files.write(file, b.bytes());
            InputError e;
            try {
                Document doc = new DocumentLoader().load(file, b.file());
                DocumentResult r = TestEngine.checker().check(doc);
                if (r.isChecked()) {
                    wrong.add(b.file() + ": was read");
                    continue;
                }
                e = r.error();
            } catch (InputError error) {
                e = error;
            }
            for (Messages m : List.of(sv, en)) {
                String message = m.format(e.key(), e.args());
                String shown = b.file() + ":" + e.line() + ":" + e.column() + ": " + message;
                for (String leak : LEAKS) {
                    if (message.contains(leak)) {
                        wrong.add(shown + "  ← " + leak);
                    }
                }
                if (PLACEHOLDER.matcher(message).find() || message.contains("\n") || message.isBlank()) {
                    wrong.add(shown + "  ← not one filled line");
                }
                if (e.line() <= 0 || e.column() <= 0) {
                    wrong.add(shown + "  ← no line and column");
                }
            }
            String swedish = sv.format(e.key(), e.args());
            for (String english : List.of("map", "list", "number", "integer", "boolean", "true/false", "empty", "bytes", "character")) {
                if (swedish.matches(".*\\b" + Pattern.quote(english) + "\\b.*")) {
                    wrong.add(b.file() + ": " + swedish + "  ← English " + english);
                }
            }
        }
        assertEquals(List.of(), wrong, String.join("\n", wrong));
    }

    @Test
    void brokenFilesArePinpointed() throws IOException, InputError {
        assertAt(refused(PLAN + "area: \"unclosed\n"), "input.syntax.unclosedQuote", 3, 7);
        assertAt(refused(PLAN + "answers:\n\tgender: tab\n"), "input.syntax.tab", 4, 1);
        assertAt(refused(PLAN + "answers: {gender: x\n"), "input.syntax.unclosed", 3, 10);
        assertAt(refused(PLAN + "area: @Heby\n"), "input.syntax.reserved", 3, 7);
        assertAt(refused(PLAN + "  area: x\n"), "input.syntax.colon", 3, 7);
        assertAt(refused("? [a]\n: b\n"), "input.syntax.key", 1, 4);
        InputError list = refused(PLAN + "resources:\n  - Samverkanskoordinator\n");
        assertAt(list, "input.type", 4, 5);
        assertEquals("/resources/0 must be a map of fields (name: value), but is text", en(list));
        assertEquals("/resources/0 ska vara fält med värden (namn: värde), men är text", sv(list));
        InputError top = refused("null\n");
        assertEquals("the document must be a map of fields (name: value), but is empty", en(top));
        assertEquals("dokumentet ska vara fält med värden (namn: värde), men är tomt", sv(top));

        InputError comma = assertThrows(InputError.class, () -> json("{\"kind\": \"plan\",\n \"edition\": 2017,\n}"));
        assertAt(comma, "input.syntax.trailingComma", 3, 1);
        assertEquals("a comma before \"}\"; no comma follows the last value of a map or list", en(comma));
        assertEquals("ett kommatecken före ”}”; efter det sista värdet i ett objekt eller en lista ska inget kommatecken stå", sv(comma));
        InputError quote = assertThrows(InputError.class, () -> json("{'kind': 'plan'}"));
        assertEquals("unexpected character ' (single quote) where a name in double quotes was expected", en(quote));
        InputError nan = assertThrows(InputError.class, () -> json("{\"a\": NaN}"));
        assertEquals("\"NaN\" is not a JSON value; text must be in double quotes", en(nan));
        assertAt(assertThrows(InputError.class, () -> json("[\"unclosed]")), "input.syntax.endInQuote", 1, 12);

        Path latin1 = dir.resolve("latin1.yaml");
        Files.write(latin1, (PLAN + "area: Älvkarleby\n").getBytes(StandardCharsets.ISO_8859_1));
        InputError encoding = assertThrows(InputError.class, () -> new DocumentLoader().load(latin1, "latin1.yaml"));
        assertAt(encoding, "input.encoding", 3, 7);

        InputError deep = refused("a: " + "[".repeat(70) + "]".repeat(70) + "\n");
        assertEquals("input.tooLarge", deep.key());
        assertEquals("the file exceeds a limit for safe reading: more than 64 levels of lists and maps inside each other", en(deep));
        assertTrue(deep.line() == 1 && deep.column() > 60, deep.line() + ":" + deep.column());
    }

    @Test
    void theSizeLimitIsToldInTheUsersLanguage() throws IOException {
        Path big = dir.resolve("big.yaml");
        Files.writeString(big, "x".repeat(2000));
        InputError e = assertThrows(InputError.class, () -> InputFiles.checkReadable(new InputFiles.Input(big, "big.yaml"), 1000));
        assertEquals("input.tooLarge", e.key());
        assertEquals("the file exceeds a limit for safe reading: 2000 bytes, more than the limit of 1000 (raise it with --max-file-size)", en(e));
        assertEquals("filen överskrider en gräns för säker inläsning: 2000 byte, mer än gränsen 1000 (höj den med --max-file-size)", sv(e));
    }

    private static String en(InputError e) {
        return Messages.forLanguage("en").format(e.key(), e.args());
    }

    private static String sv(InputError e) {
        return new Messages(Locale.forLanguageTag("sv")).format(e.key(), e.args());
    }
}
