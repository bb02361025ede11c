package se.finsam.check.edition;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.finsam.check.model.Kind;

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

    static Editions read(InputStream in) throws IOException {
        ObjectMapper mapper = new ObjectMapper(new YAMLFactory()).registerModule(new JavaTimeModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        FileShape file = mapper.readValue(in, FileShape.class);
        Map<String, PartyDef> parties = file.parties().stream()
                .map(p -> new PartyDef(p.id(), p.name(), p.names()))
                .collect(Collectors.toMap(PartyDef::getId, Function.identity()));
        ResourceRows rows = new ResourceRows(new Terms(file.resourceRows().costRows()),
                new Terms(file.resourceRows().notes()), new Terms(file.resourceRows().posts()));
        Map<Integer, Edition> byYear = new LinkedHashMap<>();
        for (EditionShape e : file.editions()) {
            List<PartyDef> four = e.parties().stream().map(id -> {
                PartyDef p = parties.get(id);
                if (p == null) {
                    throw new IllegalStateException(RESOURCE + ": edition " + e.edition() + " names unknown party " + id);
                }
                return p;
            }).toList();
            Map<Kind, Map<String, String>> questions = new EnumMap<>(Kind.class);
            e.questions().forEach((kind, q) -> questions.put(Kind.fromId(kind), q));
            byYear.put(e.edition(), new Edition(e.deadline(), e.planYear(), e.schablon(), e.maxPercent(), four, questions, rows,
                    e.agreement() == null ? null : fixedText(e.agreement())));
        }
        return new Editions(byYear);
    }

    /** The shape of the editions file, as Jackson reads it. */
    record FileShape(List<PartyShape> parties, RowsShape resourceRows, List<EditionShape> editions) {
    }

    record PartyShape(String id, String name, List<String> names) {
    }

    record RowsShape(List<String> costRows, List<String> notes, List<String> posts) {
    }

    record EditionShape(int edition, LocalDate deadline, int planYear, long schablon, int maxPercent, List<String> parties,
                        Map<String, Map<String, String>> questions, String agreement) {
    }

    /** A fixed form text kept beside this file (rules/NAME), without its # comment lines. */
    private static String fixedText(String name) {
        try (InputStream in = Editions.class.getClassLoader().getResourceAsStream("rules/" + name)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + ": rules/" + name + " is missing");
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.startsWith("#")).collect(Collectors.joining("\n")).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
