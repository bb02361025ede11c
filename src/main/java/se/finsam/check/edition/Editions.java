package se.finsam.check.edition;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import se.finsam.check.findings.Messages;
import se.finsam.check.model.Kind;
import se.finsam.check.model.Position;
import se.finsam.check.read.InputError;
import se.finsam.check.read.InputFiles;
import se.finsam.check.read.MapReader;
import se.finsam.check.read.Node;
import se.finsam.check.read.TreeReader;

/**
 * The editions known to a run: those of {@code rules/editions.yaml}, travelling in the program, and those of a
 * local editions file that kansliet keeps beside the documents ({@code finsam-editions.yaml}), which adds the
 * next year's form without a new build. An edition may {@code extend} one defined before it and give only what
 * changed.
 */
public final class Editions {

    public static final String RESOURCE = "rules/editions.yaml";
    /** The local editions file looked for beside the documents. */
    public static final String LOCAL_NAME = InputFiles.EDITIONS_FILE;

    private static final Set<String> BUILT_IN_KEYS = Set.of("parties", "resourceRows", "followUp", "editions");
    /** A local file adds editions only: the parties and the words of the resource table stay the program's. */
    private static final Set<String> LOCAL_KEYS = Set.of("editions");
    private static final Set<String> EDITION_KEYS = Set.of("edition", "extends", "deadline", "planYear", "schablon",
            "maxPercent", "parties", "questions", "agreement");
    /** Written in a question, it stands for the edition's plan year, so an edition that extends one keeps its questions. */
    static final String PLAN_YEAR = "{planYear}";

    /**
     * One edition as its file defines it, after what it extends is filled in; a field is null until set.
     * Questions: kind → key → wording; a null wording (written {@code key: null}) drops an inherited question.
     */
    private record Definition(LocalDate deadline, Integer planYear, Long schablon, Integer maxPercent,
                              List<PartyDef> parties, Map<Kind, Map<String, String>> questions, String agreement) {

        /** This definition over base: what this one sets wins, questions are merged key by key. */
        Definition over(Definition base) {
            Map<Kind, Map<String, String>> merged = new EnumMap<>(Kind.class);
            base.questions.forEach((kind, asked) -> merged.put(kind, new LinkedHashMap<>(asked)));
            questions.forEach((kind, asked) -> merged.computeIfAbsent(kind, k -> new LinkedHashMap<>()).putAll(asked));
            return new Definition(deadline != null ? deadline : base.deadline, planYear != null ? planYear : base.planYear,
                    schablon != null ? schablon : base.schablon, maxPercent != null ? maxPercent : base.maxPercent,
                    parties != null ? parties : base.parties, merged, agreement != null ? agreement : base.agreement);
        }
    }

    private final Map<String, PartyDef> parties;
    private final ResourceRows rows;
    private final FollowUp followUp;
    private final Map<Integer, Definition> definitions;
    private final Map<Integer, Edition> byYear;
    /** The local editions file read, or the one a run would read: named when a document's edition is unknown. */
    private final String localFile;

    private Editions(Map<String, PartyDef> parties, ResourceRows rows, FollowUp followUp,
                     Map<Integer, Definition> definitions, String localFile) {
        this.parties = parties;
        this.rows = rows;
        this.followUp = followUp;
        this.definitions = definitions;
        this.localFile = localFile;
        this.byYear = new LinkedHashMap<>();
        definitions.forEach((year, d) -> byYear.put(year, edition(d)));
    }

    public Optional<Edition> get(int year) {
        return Optional.ofNullable(byYear.get(year));
    }

    public List<Integer> years() {
        return byYear.keySet().stream().sorted().toList();
    }

    /** How the follow-up compares reports with plans (the same for every edition). */
    public FollowUp followUp() {
        return followUp;
    }

    /** The ids of the parties an edition may name. */
    public Set<String> partyIds() {
        return parties.keySet();
    }

    /**
     * Every wording of a kind's questions over all editions, by key: the form reader takes them as the form's
     * headings, so a question is worded in one place, the edition, and a changed wording is found on the form.
     */
    public Map<String, List<String>> questionWordings(Kind kind) {
        Map<String, Set<String>> wordings = new LinkedHashMap<>();
        for (int year : years()) {
            byYear.get(year).questionsFor(kind).forEach((key, q) -> wordings.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(q));
        }
        Map<String, List<String>> lists = new LinkedHashMap<>();
        wordings.forEach((key, set) -> lists.put(key, List.copyOf(set)));
        return lists;
    }

    /**
     * A document's edition that is not defined, told with how to add it: the local file to write it in, and the
     * entry that extends the newest edition before it (or the first one).
     */
    public InputError unknown(String source, Position at, int year) {
        List<Integer> known = years();
        int base = known.stream().filter(y -> y < year).max(Integer::compare).orElse(known.get(0));
        return new InputError(source, at.line(), at.column(), "input.unknownEdition", year,
                known.stream().map(String::valueOf).collect(Collectors.joining(", ")),
                localFile != null ? localFile : LOCAL_NAME, base);
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
            MapReader file = new MapReader(RESOURCE, new TreeReader().read(RESOURCE,
                    new InputStreamReader(in, StandardCharsets.UTF_8)), BUILT_IN_KEYS);
            Map<String, PartyDef> parties = new LinkedHashMap<>();
            for (Node n : file.list("parties")) {
                MapReader p = new MapReader(RESOURCE, n, Set.of("id", "name", "names"));
                parties.put(p.text("id"), new PartyDef(p.text("id"), p.text("name"), texts(p, "names")));
            }
            MapReader rowWords = new MapReader(RESOURCE, required(file, file.get("resourceRows"), "resourceRows"),
                    Set.of("costRows", "notes", "posts"));
            ResourceRows rows = new ResourceRows(new Terms(texts(rowWords, "costRows")), new Terms(texts(rowWords, "notes")),
                    new Terms(texts(rowWords, "posts")));
            FollowUp followUp = followUp(required(file, file.get("followUp"), "followUp"));
            Editions none = new Editions(parties, rows, followUp, Map.of(), null);
            return new Editions(parties, rows, followUp, none.definitions(file, null), null);
        } catch (InputError e) {
            // the file travels in the program: whoever edits it reads the error in English, as from the build
            throw new IllegalStateException(e.source() + ":" + e.line() + ":" + e.column() + ": "
                    + Messages.forLanguage("en").format(e.key(), e.args()));
        }
    }

    /**
     * These editions and those of a local editions file: an edition of the file adds a year or replaces one of
     * these (it may extend the one it replaces: {@code edition: 2017, extends: 2017} changes the built-in 2017).
     * Errors are told with the file's line and column, in the user's language.
     */
    public Editions withLocal(Path file) throws InputError {
        String source = file.toString();
        Node root;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            root = new TreeReader().read(source, in);
        } catch (NoSuchFileException e) {
            throw new InputError(source, 0, 0, "input.notFound");
        } catch (IOException e) {
            throw new InputError(source, 0, 0, "input.unreadable");
        }
        MapReader map = new MapReader(source, root, LOCAL_KEYS);
        required(map, map.get("editions"), "editions");
        return new Editions(parties, rows, followUp, definitions(map, file.toAbsolutePath().getParent()), source);
    }

    /** These editions, naming file as the place to add an edition (a run without a local file). */
    public Editions naming(Path file) {
        return new Editions(parties, rows, followUp, definitions, file.toString());
    }

    /**
     * The editions of a file's {@code editions:} list over these, in order: an edition can extend one defined
     * before it, here or in the file. folder: where a local file's agreement texts are looked for first.
     */
    private Map<Integer, Definition> definitions(MapReader file, Path folder) throws InputError {
        Map<Integer, Definition> defined = new LinkedHashMap<>(definitions);
        Set<Integer> inFile = new HashSet<>();
        for (Node n : file.list("editions")) {
            MapReader e = new MapReader(file.source(), n, EDITION_KEYS);
            int year = required(e, e.integer("edition"), "edition");
            if (!inFile.add(year)) {
                throw e.error(e.get("edition"), "editions.twice", year);
            }
            Definition d = definition(e, folder);
            Integer base = e.integer("extends");
            if (base != null) {
                if (!defined.containsKey(base)) {
                    throw e.error(e.get("extends"), "editions.unknownBase", year, base,
                            defined.keySet().stream().sorted().map(String::valueOf).collect(Collectors.joining(", ")));
                }
                d = d.over(defined.get(base));
            }
            required(e, d.deadline, "deadline");
            required(e, d.planYear, "planYear");
            required(e, d.schablon, "schablon");
            required(e, d.maxPercent, "maxPercent");
            required(e, d.parties, "parties");
            if (base == null) {
                required(e, e.get("questions"), "questions");
            }
            defined.put(year, d);
        }
        return defined;
    }

    private Definition definition(MapReader e, Path folder) throws InputError {
        List<PartyDef> four = null;
        if (e.get("parties") != null) {
            four = new ArrayList<>();
            for (Node n : e.list("parties")) {
                String id = String.valueOf(n.scalar());
                PartyDef p = parties.get(id);
                if (p == null) {
                    throw e.error(n, "input.unknownParty", id, String.join(", ", parties.keySet()));
                }
                four.add(p);
            }
        }
        Map<Kind, Map<String, String>> questions = new EnumMap<>(Kind.class);
        if (e.get("questions") != null) {
            MapReader byKind = MapReader.anyKeys(e.source(), e.get("questions"));
            for (Map.Entry<String, Node> k : byKind.node().fields().entrySet()) {
                Kind kind = Kind.fromId(k.getKey());
                if (kind == null) {
                    throw e.error(k.getValue(), "input.unknownKind", k.getKey());
                }
                MapReader asked = MapReader.anyKeys(e.source(), k.getValue());
                Map<String, String> q = new LinkedHashMap<>();
                for (String key : asked.node().fields().keySet()) {
                    q.put(key, asked.text(key));
                }
                questions.put(kind, q);
            }
        }
        String agreement = e.text("agreement");
        return new Definition(e.date("deadline"), e.integer("planYear"), e.amount("schablon"), e.integer("maxPercent"),
                four, questions, agreement == null ? null : fixedText(e, folder, agreement));
    }

    /** The edition a definition gives; a question's {planYear} becomes the plan year, a dropped question goes. */
    private Edition edition(Definition d) {
        Map<Kind, Map<String, String>> questions = new EnumMap<>(Kind.class);
        d.questions.forEach((kind, asked) -> {
            Map<String, String> q = new LinkedHashMap<>();
            asked.forEach((key, wording) -> {
                if (wording != null) {
                    q.put(key, wording.replace(PLAN_YEAR, String.valueOf(d.planYear)));
                }
            });
            questions.put(kind, q);
        });
        return new Edition(d.deadline, d.planYear, d.schablon, d.maxPercent, d.parties, questions, rows, followUp,
                d.agreement);
    }

    /** The followUp section: the tolerance for returns, the roles of posts, the counted roles, underspend words. */
    private static FollowUp followUp(Node section) throws InputError {
        MapReader f = new MapReader(RESOURCE, section, Set.of("returnTolerance", "roles", "counted", "underspend"));
        Map<String, Terms> roles = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (Node n : f.list("roles")) {
            MapReader r = new MapReader(RESOURCE, n, Set.of("id", "name", "names"));
            roles.put(r.text("id"), new Terms(texts(r, "names")));
            names.put(r.text("id"), required(r, r.text("name"), "name"));
        }
        List<String> counted = texts(f, "counted");
        for (int i = 0; i < counted.size(); i++) {
            if (!roles.containsKey(counted.get(i))) {
                throw f.error(f.list("counted").get(i), "editions.unknownRole", counted.get(i), String.join(", ", roles.keySet()));
            }
        }
        return new FollowUp(required(f, f.integer("returnTolerance"), "returnTolerance"), roles, names, counted,
                new Terms(texts(f, "underspend")));
    }

    private static <T> T required(MapReader map, T value, String key) throws InputError {
        if (value == null) {
            throw map.error(map.node(), "input.missingField", key);
        }
        return value;
    }

    private static List<String> texts(MapReader map, String key) throws InputError {
        List<String> texts = new ArrayList<>();
        for (Node n : map.list(key)) {
            texts.add(String.valueOf(n.scalar()));
        }
        return texts;
    }

    /**
     * A fixed form text (the application's Överenskommelse), without its # comment lines: beside a local editions
     * file when it is there, else one of the program's (rules/NAME).
     */
    private static String fixedText(MapReader e, Path folder, String name) throws InputError {
        try {
            String text;
            if (folder != null && Files.isRegularFile(folder.resolve(name))) {
                text = Files.readString(folder.resolve(name), StandardCharsets.UTF_8);
            } else {
                try (InputStream in = Editions.class.getClassLoader().getResourceAsStream("rules/" + name)) {
                    if (in == null) {
                        throw e.error(e.get("agreement"), "editions.noText", name);
                    }
                    text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
            return text.lines().filter(l -> !l.startsWith("#")).collect(Collectors.joining("\n")).strip();
        } catch (IOException x) {
            throw e.error(e.get("agreement"), "editions.noText", name);
        }
    }
}
