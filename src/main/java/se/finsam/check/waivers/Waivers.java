package se.finsam.check.waivers;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.finsam.check.findings.DocumentResult;
import se.finsam.check.findings.Finding;
import se.finsam.check.findings.Severity;
import se.finsam.check.model.Position;
import se.finsam.check.read.Glob;
import se.finsam.check.read.GlobError;
import se.finsam.check.read.InputError;
import se.finsam.check.read.InputFiles;
import se.finsam.check.read.Node;
import se.finsam.check.read.TreeReader;

/**
 * A waiver file ({@code finsam-waivers.yaml}): accepted exceptions with justification, approver and end date.
 * A waived finding stays in the report, marked, and does not fail the run. The document is a {@link Glob} relative
 * to the waiver file. A waiver whose document pattern is malformed, that has expired or has no justification waives
 * nothing and is itself an error (the others still apply); one that matches nothing is a warning.
 */
public final class Waivers {

    public static final String DEFAULT_NAME = InputFiles.WAIVER_FILE;
    /** Findings about the waiver file itself carry this rule id. */
    public static final String RULE = "waiver";
    private static final Set<String> FIELDS = Set.of("rule", "document", "field", "justification", "approvedBy", "expires");

    private final Path file;
    private final String source;
    private final List<Waiver> waivers;

    private Waivers(Path file, String source, List<Waiver> waivers) {
        this.file = file;
        this.source = source;
        this.waivers = waivers;
    }

    public static Waivers read(Path file) throws InputError {
        String source = file.toString();
        Node root;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            root = new TreeReader().read(source, in);
        } catch (IOException e) {
            throw new InputError(source, 0, 0, "input.unreadable", String.valueOf(e.getMessage()));
        }
        Node list = root.type() == Node.Type.MAP ? root.fields().get("waivers") : null;
        if (list == null || list.type() != Node.Type.LIST) {
            throw error(source, root, "input.missingField", "waivers");
        }
        List<Waiver> waivers = new ArrayList<>();
        for (Node n : list.items()) {
            waivers.add(waiver(source, n));
        }
        return new Waivers(file, source, waivers);
    }

    private static Waiver waiver(String source, Node n) throws InputError {
        if (n.type() != Node.Type.MAP) {
            throw error(source, n, "input.type", n.position().pointer(), "map", n.typeName());
        }
        for (Map.Entry<String, Node> e : n.fields().entrySet()) {
            if (!FIELDS.contains(e.getKey())) {
                throw error(source, e.getValue(), "input.unknownField", e.getKey(), String.join(", ", FIELDS.stream().sorted().toList()));
            }
        }
        String rule = text(source, n, "rule", true);
        String document = text(source, n, "document", true);
        String expires = text(source, n, "expires", false);
        LocalDate until = null;
        if (expires != null) {
            try {
                until = LocalDate.parse(expires.strip());
            } catch (DateTimeParseException e) {
                throw error(source, n.fields().get("expires"), "input.date", "expires", expires);
            }
        }
        Glob glob = null;
        GlobError patternError = null;
        try {
            glob = Glob.compile(document);
        } catch (GlobError e) {
            patternError = e; // reported on the waiver file; this waiver waives nothing, the others still apply
        }
        return new Waiver(rule, document, glob, patternError, n.fields().get("document").position(),
                text(source, n, "field", false), text(source, n, "justification", false),
                text(source, n, "approvedBy", false), until, n.position());
    }

    private static String text(String source, Node map, String key, boolean required) throws InputError {
        Node v = map.fields().get(key);
        if (v == null || v.isNull()) {
            if (required) {
                throw error(source, map, "input.missingField", key);
            }
            return null;
        }
        if (v.type() != Node.Type.SCALAR) {
            throw error(source, v, "input.type", v.position().pointer(), "text", v.typeName());
        }
        return v.scalar().toString();
    }

    private static InputError error(String source, Node at, String key, Object... args) {
        return new InputError(source, at.position().line(), at.position().column(), key, args);
    }

    /** Marks the waived findings of results as they pass, remembering which waivers were used. */
    public Marking start(LocalDate today) {
        return new Marking(today);
    }

    /** One run's use of the waivers: each result marked, then a result for the waiver file itself. */
    public final class Marking {

        private final LocalDate today;
        private final boolean[] used = new boolean[waivers.size()];
        private final Path base = file.toAbsolutePath().normalize().getParent();

        private Marking(LocalDate today) {
            this.today = today;
        }

        public DocumentResult mark(DocumentResult r) {
            if (!r.isChecked()) {
                return r;
            }
            String relative = slashed(base.relativize(Path.of(r.source()).toAbsolutePath().normalize()));
            List<Finding> findings = new ArrayList<>();
            for (Finding f : r.findings()) {
                Finding kept = f;
                for (int i = 0; i < waivers.size(); i++) {
                    Waiver w = waivers.get(i);
                    if (w.covers(f.rule(), relative, f.position().pointer())) {
                        used[i] = true;
                        if (w.isJustified() && !w.isExpired(today) && !kept.isWaived()) {
                            kept = f.waived(w.justification());
                        }
                    }
                }
                findings.add(kept);
            }
            return r.withFindings(findings);
        }

        /** The waiver file's own findings: malformed document patterns, expired, unjustified and unused waivers. */
        public DocumentResult report() {
            return DocumentResult.ofFile(source, Waivers.this.report(used, today));
        }
    }

    /** A relative path with / between its names, whatever the platform's separator: what globs match. */
    private static String slashed(Path relative) {
        StringBuilder s = new StringBuilder();
        for (Path name : relative) {
            s.append(s.isEmpty() ? "" : "/").append(name);
        }
        return s.toString();
    }

    private List<Finding> report(boolean[] used, LocalDate today) {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < waivers.size(); i++) {
            Waiver w = waivers.get(i);
            Position at = w.position();
            if (w.patternError() != null) {
                findings.add(new Finding(RULE, Severity.ERROR, w.patternError().key(), w.documentAt(), w.patternError().args()));
            } else if (!w.isJustified()) {
                findings.add(new Finding(RULE, Severity.ERROR, "waiver.unjustified", at, List.of(w.rule(), w.document())));
            } else if (w.isExpired(today)) {
                findings.add(new Finding(RULE, Severity.ERROR, "waiver.expired", at, List.of(w.rule(), w.document(), w.expires())));
            } else if (!used[i]) {
                findings.add(new Finding(RULE, Severity.WARNING, "waiver.unused", at, List.of(w.rule(), w.document())));
            }
        }
        findings.sort(Finding.ORDER);
        return findings;
    }
}
