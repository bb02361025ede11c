package se.finsam.check.read.form;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import se.finsam.check.findings.Messages;
import se.finsam.check.read.InputError;
import se.finsam.check.read.MapReader;
import se.finsam.check.read.Node;
import se.finsam.check.read.TreeReader;

/**
 * The vocabulary of the forms – kinds, headings, labels, phrases, how the template's guidance is worded – read from
 * {@code rules/forms.yaml}.
 */
public record FormLayout(
        LinkedHashMap<String, List<String>> kinds,
        Map<String, LinkedHashMap<String, List<String>>> headings,
        Map<String, List<String>> goalHeadings,
        LinkedHashMap<String, List<String>> signatureLabels,
        LinkedHashMap<String, List<String>> periodLabels,
        LinkedHashMap<String, List<String>> postLabels,
        Phrases vacancies,
        Phrases returns,
        LinkedHashMap<String, List<String>> budgetSums,
        List<String> guidance) {

    public static final String RESOURCE = "rules/forms.yaml";

    /** Regular expressions of one kind of statement; staff/money: words the sentence must also hold. */
    public record Phrases(List<String> phrases, List<String> staff, List<String> refilled, List<String> money,
            List<String> none) {

        static Pattern any(List<String> regexes) {
            if (regexes == null || regexes.isEmpty()) {
                return null;
            }
            return Pattern.compile("(" + String.join(")|(", regexes) + ")",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
        }
    }

    /** The top-level keys of the file: each is required, and any other is an error. */
    private static final Set<String> KEYS = Set.of("kinds", "headings", "goalHeadings", "signatureLabels",
            "periodLabels", "postLabels", "vacancies", "returns", "budgetSums", "guidance");

    /** The built-in file, read once: the readers of Word and PDF files ask it for the guidance's words. */
    public static FormLayout builtIn() {
        return BuiltIn.LAYOUT;
    }

    private static final class BuiltIn {
        static final FormLayout LAYOUT = readBuiltIn();
    }

    private static FormLayout readBuiltIn() {
        try (InputStream in = FormLayout.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the build");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads the file with the documents' own reader, as the editions file is, rather than Jackson's data binding,
     * whose classes a check of a form would load for this file alone (a tenth more CPU at start). A key it does
     * not know is an error, told with its line; so is a part left out.
     */
    static FormLayout read(InputStream in) {
        try {
            MapReader file = new MapReader(RESOURCE, new TreeReader().read(RESOURCE,
                    new InputStreamReader(in, StandardCharsets.UTF_8)), KEYS);
            LinkedHashMap<String, LinkedHashMap<String, List<String>>> headings = new LinkedHashMap<>();
            MapReader byKind = MapReader.anyKeys(RESOURCE, required(file, "headings"));
            for (String kind : byKind.node().fields().keySet()) {
                headings.put(kind, lists(byKind, kind));
            }
            return new FormLayout(lists(file, "kinds"), headings, lists(file, "goalHeadings"),
                    lists(file, "signatureLabels"), lists(file, "periodLabels"), lists(file, "postLabels"),
                    phrases(file, "vacancies"), phrases(file, "returns"), lists(file, "budgetSums"),
                    words(file, "guidance"));
        } catch (InputError e) {
            // the file travels in the program: whoever edits it reads the error in English, as from the build
            throw new IllegalStateException(e.source() + ":" + e.line() + ":" + e.column() + ": "
                    + Messages.forLanguage("en").format(e.key(), e.args()));
        }
    }

    /** A map of word lists, in the file's order (the order of kinds decides). */
    private static LinkedHashMap<String, List<String>> lists(MapReader parent, String key) throws InputError {
        MapReader map = MapReader.anyKeys(RESOURCE, required(parent, key));
        LinkedHashMap<String, List<String>> lists = new LinkedHashMap<>();
        for (String name : map.node().fields().keySet()) {
            lists.put(name, words(map, name));
        }
        return lists;
    }

    /** A kind of statement; a list left out is empty (vacancies name no money, returns no staff). */
    private static Phrases phrases(MapReader parent, String key) throws InputError {
        MapReader p = new MapReader(RESOURCE, required(parent, key),
                Set.of("phrases", "staff", "refilled", "money", "none"));
        return new Phrases(words(p, "phrases"), words(p, "staff"), words(p, "refilled"), words(p, "money"),
                words(p, "none"));
    }

    /** A list of texts, each as written (a plain {@code no} stays the word, not false). */
    private static List<String> words(MapReader map, String key) throws InputError {
        List<String> words = new ArrayList<>();
        for (Node n : map.list(key)) {
            if (n.type() != Node.Type.SCALAR) {
                throw map.error(n, "input.type", n.position().pointer(), new InputError.Term("type.text"),
                        n.typeTerm());
            }
            words.add(n.text());
        }
        return List.copyOf(words);
    }

    private static Node required(MapReader map, String key) throws InputError {
        Node value = map.get(key);
        if (value == null) {
            throw map.error(map.node(), "input.missingField", key);
        }
        return value;
    }
}
