package se.finsam.check.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import se.finsam.check.Project;
import se.finsam.check.engine.RuleInfo;
import se.finsam.check.findings.DocumentResult;
import se.finsam.check.findings.Finding;
import se.finsam.check.findings.Messages;
import se.finsam.check.findings.Severity;

/**
 * SARIF 2.1.0 as GitHub code scanning reads it. Fingerprints come from rule, document, field and evidence – not
 * the line – so reformatting a file makes no new alert. Waived findings carry an external suppression.
 */
public final class SarifFormat implements OutputFormat {

    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /**
     * Each document's artifact, results and notification are made as it is added (a fault in them is that
     * document's, see {@link ContainedWriter}); the log is written at the end.
     */
    @Override
    public ReportWriter open(List<RuleInfo> rules, Messages messages, PrintWriter out) {
        ArrayNode artifacts = mapper.createArrayNode();
        ArrayNode results = mapper.createArrayNode();
        ArrayNode notifications = mapper.createArrayNode();
        return new ReportWriter() {
            @Override
            public void add(DocumentResult r) {
                String uri = Locations.uri(r.source());
                ObjectNode artifact = mapper.createObjectNode();
                artifact.putObject("location").put("uri", uri);
                if (r.verdict() != null) {
                    artifact.putObject("properties").put("verdict", r.verdict().id());
                }
                if (r.plan() != null) { // a report compared with its plan: the plan is the artifact it was read against
                    ObjectNode properties = artifact.has("properties") ? (ObjectNode) artifact.get("properties")
                            : artifact.putObject("properties");
                    properties.put("plan", Locations.uri(r.plan()));
                }
                List<ObjectNode> found = new ArrayList<>();
                for (Finding f : r.findings()) {
                    found.add(result(r, f, indexOf(rules, f.rule()), messages));
                }
                ObjectNode notification = null;
                if (!r.isChecked()) {
                    notification = mapper.createObjectNode();
                    notification.put("level", "error");
                    notification.putObject("message").put("text", OutputFormat.inputError(r, messages));
                    notification.putArray("locations").addObject().putObject("physicalLocation")
                            .putObject("artifactLocation").put("uri", uri);
                }
                artifacts.add(artifact);
                results.addAll(found);
                if (notification != null) {
                    notifications.add(notification);
                }
            }

            @Override
            public void finish() {
                ObjectNode root = mapper.createObjectNode();
                root.put("$schema", SCHEMA);
                root.put("version", "2.1.0");
                ObjectNode run = root.putArray("runs").addObject();
                ObjectNode driver = run.putObject("tool").putObject("driver");
                driver.put("name", Project.NAME);
                driver.put("version", Project.version());
                driver.put("informationUri", Project.url());
                ArrayNode ruleArray = driver.putArray("rules");
                for (RuleInfo rule : rules) {
                    describe(ruleArray.addObject(), rule, messages);
                }
                if (!notifications.isEmpty()) {
                    run.putArray("invocations").addObject().put("executionSuccessful", false)
                            .set("toolExecutionNotifications", notifications);
                }
                run.set("artifacts", artifacts);
                run.set("results", results);
                try {
                    out.println(mapper.writeValueAsString(root));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                out.flush();
            }
        };
    }

    private void describe(ObjectNode o, RuleInfo rule, Messages messages) {
        String title = RuleText.title(rule, messages);
        String help = RuleText.description(rule, messages);
        o.put("id", rule.id());
        o.putObject("shortDescription").put("text", title);
        o.putObject("fullDescription").put("text", help);
        ObjectNode h = o.putObject("help");
        h.put("text", help);
        h.put("markdown", "**" + title + "**\n\n" + help + "\n\n[" + rule.id() + "](" + Project.ruleDocUrl(rule.id()) + ")");
        o.put("helpUri", Project.ruleDocUrl(rule.id()));
        o.putObject("defaultConfiguration").put("level", level(rule.severity()));
        ObjectNode strings = mapper.createObjectNode();
        rule.messageKeys().stream().filter(k -> messages.has(k) && sarifPattern(messages.pattern(k)))
                .forEach(k -> strings.putObject(k).put("text", messages.pattern(k)));
        if (!strings.isEmpty()) {
            o.set("messageStrings", strings);
        }
    }

    private ObjectNode result(DocumentResult r, Finding f, int ruleIndex, Messages messages) {
        ObjectNode o = mapper.createObjectNode();
        o.put("ruleId", f.rule());
        if (ruleIndex >= 0) {
            o.put("ruleIndex", ruleIndex);
        }
        o.put("level", level(f.severity()));
        ObjectNode message = o.putObject("message");
        message.put("text", messages.message(f));
        if (messages.has(f.messageKey()) && sarifPattern(messages.pattern(f.messageKey()))) { // among messageStrings
            message.put("id", f.messageKey());
            ArrayNode arguments = message.putArray("arguments");
            f.args().forEach(a -> arguments.add(String.valueOf(Messages.argument(a))));
        }
        ObjectNode physical = o.putArray("locations").addObject().putObject("physicalLocation");
        physical.putObject("artifactLocation").put("uri", Locations.uri(r.source()));
        if (f.position().line() > 0) {
            ObjectNode region = physical.putObject("region");
            region.put("startLine", f.position().line());
            region.put("startColumn", Math.max(1, f.position().column()));
        }
        o.putObject("partialFingerprints").put("finsamFinding/v1", fingerprint(r, f));
        o.putObject("properties").put("field", f.position().pointer());
        if (r.plan() != null) {
            ObjectNode related = o.putArray("relatedLocations").addObject();
            related.put("id", 0);
            related.putObject("physicalLocation").putObject("artifactLocation").put("uri", Locations.uri(r.plan()));
            related.putObject("message").put("text", messages.get("output.plan", Printable.line(r.plan())));
        }
        if (f.isWaived()) {
            ObjectNode s = o.putArray("suppressions").addObject();
            s.put("kind", "external");
            s.put("justification", f.waiver());
        }
        return o;
    }

    /**
     * Whether a catalogue pattern is also a SARIF message string: only plain {@code {0}} placeholders, no choice or
     * number formats and no quoting, which SARIF's format strings do not know.
     */
    static boolean sarifPattern(String pattern) {
        for (int i = pattern.indexOf('{'); i >= 0; i = pattern.indexOf('{', i + 1)) {
            int end = pattern.indexOf('}', i);
            if (end < 0 || end == i + 1 || !pattern.substring(i + 1, end).chars().allMatch(Character::isDigit)) {
                return false;
            }
        }
        return pattern.indexOf('\'') < 0;
    }

    static String level(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    /** Stable across reformatting: rule, document, field and the evidence, never line or column. */
    static String fingerprint(DocumentResult r, Finding f) {
        String key = String.join("\u0000", f.rule(), Locations.relative(r.source()), f.position().pointer(),
                f.messageKey(), f.args().toString());
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int indexOf(List<RuleInfo> rules, String id) {
        for (int i = 0; i < rules.size(); i++) {
            if (rules.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }
}
