package se.finsam.check.edition;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import se.finsam.check.findings.Messages;
import se.finsam.check.model.Kind;
import se.finsam.check.read.InputError;
import se.finsam.check.read.MapReader;
import se.finsam.check.read.Node;
import se.finsam.check.read.TreeReader;

/** The editions known to this build, read from {@code rules/editions.yaml}. */
public final class Editions {

    public static final String RESOURCE = "rules/editions.yaml";

    private final Map<Integer, Edition> byYear;

    private Editions(Map<Integer, Edition> byYear) {
        this.byYear = byYear;
    }

    public Optional<Edition> get(int year) {
        return Optional.ofNullable(byYear.get(year));
    }

    public List<Integer> years() {
        return byYear.keySet().stream().sorted().toList();
    }

    /** The editions file bundled with the program. */
    public static Editions builtIn() {
        try (InputStream in = Editions.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the build");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads the editions file with the documents' own reader rather than Jackson's data binding, whose reflection
     * cost a one-plan check a tenth of its start-up. As in documents, a key it does not know is an error, told with
     * its line; so is a parameter left out.
     */
    static Editions read(InputStream in) {
        try {
            MapReader file = map(new TreeReader().read(RESOURCE, new InputStreamReader(in, StandardCharsets.UTF_8)),
                    "parties", "resourceRows", "editions");
            Map<String, PartyDef> parties = new LinkedHashMap<>();
            for (Node n : file.list("parties")) {
                MapReader p = map(n, "id", "name", "names");
                parties.put(p.text("id"), new PartyDef(p.text("id"), p.text("name"), texts(p, "names")));
            }
            MapReader rowWords = map(file.get("resourceRows"), "costRows", "notes", "posts");
            ResourceRows rows = new ResourceRows(new Terms(texts(rowWords, "costRows")), new Terms(texts(rowWords, "notes")),
                    new Terms(texts(rowWords, "posts")));
            Map<Integer, Edition> byYear = new LinkedHashMap<>();
            for (Node n : file.list("editions")) {
                MapReader e = map(n, "edition", "deadline", "planYear", "schablon", "maxPercent", "parties", "questions",
                        "agreement");
                byYear.put(required(e, e.integer("edition"), "edition"), edition(e, parties, rows));
            }
            return new Editions(byYear);
        } catch (InputError e) {
            // the file travels in the program: whoever edits it reads the error in English, as from the build
            throw new IllegalStateException(e.source() + ":" + e.line() + ":" + e.column() + ": "
                    + Messages.forLanguage("en").format(e.key(), e.args()));
        }
    }

    private static <T> T required(MapReader map, T value, String key) throws InputError {
        if (value == null) {
            throw new InputError(RESOURCE, map.node().position().line(), map.node().position().column(),
                    "input.missingField", key);
        }
        return value;
    }

    private static Edition edition(MapReader e, Map<String, PartyDef> parties, ResourceRows rows) throws InputError {
        List<PartyDef> four = new ArrayList<>();
        for (String id : texts(e, "parties")) {
            PartyDef p = parties.get(id);
            if (p == null) {
                throw new IllegalStateException(RESOURCE + ": edition " + e.integer("edition") + " names unknown party " + id);
            }
            four.add(p);
        }
        Map<Kind, Map<String, String>> questions = new EnumMap<>(Kind.class);
        MapReader byKind = MapReader.anyKeys(RESOURCE, required(e, e.get("questions"), "questions"));
        for (String kind : byKind.node().fields().keySet()) {
            MapReader asked = MapReader.anyKeys(RESOURCE, byKind.get(kind));
            Map<String, String> q = new LinkedHashMap<>();
            for (String key : asked.node().fields().keySet()) {
                q.put(key, asked.text(key));
            }
            questions.put(Kind.fromId(kind), q);
        }
        String agreement = e.text("agreement");
        return new Edition(required(e, e.date("deadline"), "deadline"), required(e, e.integer("planYear"), "planYear"),
                required(e, e.amount("schablon"), "schablon"), required(e, e.integer("maxPercent"), "maxPercent"), four,
                questions, rows, agreement == null ? null : fixedText(agreement));
    }

    private static MapReader map(Node node, String... keys) throws InputError {
        if (node == null) {
            throw new IllegalStateException(RESOURCE + ": a section with " + String.join(", ", keys) + " is missing");
        }
        return new MapReader(RESOURCE, node, Set.of(keys));
    }

    private static List<String> texts(MapReader map, String key) throws InputError {
        List<String> texts = new ArrayList<>();
        for (Node n : map.list(key)) {
            texts.add(String.valueOf(n.scalar()));
        }
        return texts;
    }

    /** A fixed form text kept beside this file (rules/NAME), without its # comment lines. */
    private static String fixedText(String name) {
        try (InputStream in = Editions.class.getClassLoader().getResourceAsStream("rules/" + name)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + ": rules/" + name + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.startsWith("#")).collect(Collectors.joining("\n")).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
