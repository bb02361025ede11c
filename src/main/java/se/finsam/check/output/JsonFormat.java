package se.finsam.check.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import se.finsam.check.engine.RuleInfo;
import se.finsam.check.findings.DocumentResult;
import se.finsam.check.findings.Finding;
import se.finsam.check.findings.Messages;
import se.finsam.check.findings.Severity;
import se.finsam.check.Project;
import se.finsam.check.year.YearSummary;

/**
 * The machine-readable contract of RULES.md: {@code documents[]} with {@code source} and {@code findings[]}, each
 * finding with rule, severity, message, and here also line, column, field (a JSON pointer), and the message's key
 * and arguments for machines; the tool's name and version first and the run's summary last. Each document has
 * a {@code status} – checked, not-read or not-checked – and one that was not checked carries {@code error} (why)
 * and no findings. Each document is written straight to the generator as it comes (no tree is built: that was a
 * tenth of a batch's CPU) and flushed, so that a reader of the stream sees it whole.
 */
public final class JsonFormat implements StreamingFormat {

    private final JsonFactory factory = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    @Override
    public ReportWriter open(List<RuleInfo> rules, Messages messages, PrintWriter out) {
        JsonGenerator json;
        try {
            json = factory.createGenerator(out).useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeObjectFieldStart("tool");
            json.writeStringField("name", Project.NAME);
            json.writeStringField("version", Project.version());
            json.writeEndObject();
            json.writeArrayFieldStart("documents");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ReportWriter() {
            private final long[] counts = new long[SUMMARY.length];
            private boolean documentsClosed;

            /** Written plan by plan, as the documents are: an archive's year has a line per plan. */
            @Override
            public void year(YearSummary summary) {
                io(() -> {
                    json.writeEndArray();
                    json.writeObjectFieldStart("year");
                    json.writeArrayFieldStart("plans");
                    for (YearSummary.Area a : summary.areas()) {
                        plan(json, summary, a);
                        json.flush();
                    }
                    json.writeEndArray();
                    json.writeArrayFieldStart("totals");
                    totals(json, summary);
                    json.writeEndArray();
                    json.writeArrayFieldStart("reportsWithoutPlan");
                    alone(json, summary);
                    json.writeEndArray();
                    json.writeEndObject();
                    json.flush();
                });
                documentsClosed = true;
            }

            @Override
            public void add(DocumentResult r) {
                io(() -> {
                    document(json, r, messages);
                    json.flush();
                });
                counts[0] += r.isChecked() && r.isForm() ? 1 : 0;
                counts[1] += r.count(Severity.ERROR);
                counts[2] += r.count(Severity.WARNING);
                counts[3] += r.count(Severity.INFO);
                counts[4] += r.isChecked() ? 0 : 1;
            }

            @Override
            public void finish() {
                io(() -> {
                    if (!documentsClosed) {
                        json.writeEndArray();
                    }
                    json.writeObjectFieldStart("summary");
                    for (int i = 0; i < SUMMARY.length; i++) {
                        json.writeNumberField(SUMMARY[i], counts[i]);
                    }
                    json.writeEndObject();
                    json.writeEndObject();
                    json.close(); // flushes; the target stays open
                });
                out.println();
            }
        };
    }

    /** The run's totals, written after the documents: documents checked, findings by severity, inputs not checked. */
    private static final String[] SUMMARY = {"documents", "errors", "warnings", "info", "notChecked"};

    /**
     * Writes one document. What can fail on a document – its messages (a custom rule's pattern) and the texts of
     * its arguments – is rendered first, so that a fault leaves nothing half-written before the result that
     * {@link ContainedWriter} writes in its place.
     */
    private static void document(JsonGenerator json, DocumentResult r, Messages messages) throws IOException {
        List<Finding> findings = r.findings();
        String[] texts = new String[findings.size()];
        Object[][] arguments = new Object[findings.size()][];
        for (int i = 0; i < texts.length; i++) {
            Finding f = findings.get(i);
            texts[i] = messages.message(f);
            arguments[i] = f.args().stream().map(a -> argument(Messages.argument(a))).toArray();
        }
        String error = r.isChecked() ? null : messages.format(r.error().key(), r.error().args());
        String status = r.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');

        json.writeStartObject();
        json.writeStringField("source", r.source());
        if (r.verdict() != null) {
            json.writeStringField("verdict", r.verdict().id());
        }
        json.writeStringField("status", status);
        if (r.isForm()) {
            json.writeStringField("kind", r.kindId());
            json.writeStringField("title", r.title());
        }
        if (r.plan() != null) {
            json.writeStringField("plan", r.plan());
        }
        if (error != null) {
            json.writeObjectFieldStart("error");
            json.writeNumberField("line", r.error().line());
            json.writeNumberField("column", r.error().column());
            json.writeStringField("message", error);
            json.writeEndObject();
        }
        json.writeArrayFieldStart("findings");
        for (int i = 0; i < texts.length; i++) {
            Finding f = findings.get(i);
            json.writeStartObject();
            json.writeStringField("rule", f.rule());
            json.writeStringField("severity", f.severity().id());
            json.writeStringField("message", texts[i]);
            json.writeStringField("messageKey", f.messageKey());
            json.writeArrayFieldStart("arguments");
            for (Object a : arguments[i]) {
                if (a instanceof Long n) {
                    json.writeNumber(n);
                } else if (a instanceof Double n) {
                    json.writeNumber(n);
                } else {
                    json.writeString((String) a);
                }
            }
            json.writeEndArray();
            json.writeNumberField("line", f.position().line());
            json.writeNumberField("column", f.position().column());
            json.writeStringField("field", f.position().pointer());
            if (f.isWaived()) {
                json.writeObjectFieldStart("waived");
                json.writeStringField("justification", f.waiver());
                json.writeEndObject();
            }
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    /** A plan's line of the year's summary: its posts by kind and in all (heltid, kronor), its reports, their returns. */
    private static void plan(JsonGenerator json, YearSummary summary, YearSummary.Area a) throws IOException {
        json.writeStartObject();
        json.writeStringField("area", a.area());
        json.writeNumberField("edition", a.edition());
        json.writeStringField("plan", a.plan());
        posts(json, summary, a.byKind(), a.posts());
        json.writeArrayFieldStart("reports");
        for (String report : a.reports()) {
            json.writeString(report);
        }
        json.writeEndArray();
        json.writeNumberField("returned", a.returned());
        json.writeNumberField("returnsWithoutAmount", a.returnsWithoutAmount());
        json.writeEndObject();
    }

    /** Each edition's plans together. */
    private static void totals(JsonGenerator json, YearSummary summary) throws IOException {
        for (YearSummary.Total t : summary.totals()) {
            json.writeStartObject();
            json.writeNumberField("edition", t.edition());
            posts(json, summary, t.byKind(), t.posts());
            json.writeNumberField("plans", t.plans());
            json.writeNumberField("plansWithReport", t.plansWithReport());
            json.writeNumberField("returned", t.returned());
            json.writeEndObject();
        }
    }

    /** The reports checked alone, since their plan was not in the run. */
    private static void alone(JsonGenerator json, YearSummary summary) throws IOException {
        for (YearSummary.Alone a : summary.alone()) {
            json.writeStartObject();
            json.writeStringField("report", a.report());
            json.writeStringField("named", a.named());
            json.writeNumberField("edition", a.edition());
            json.writeNumberField("returned", a.returned());
            json.writeEndObject();
        }
    }

    private static void posts(JsonGenerator json, YearSummary summary, Map<String, YearSummary.Amount> byKind,
                              YearSummary.Amount all) throws IOException {
        json.writeObjectFieldStart("posts");
        for (String k : summary.kinds()) {
            amount(json, k, byKind.get(k));
        }
        amount(json, "all", all);
        json.writeEndObject();
    }

    private static void amount(JsonGenerator json, String name, YearSummary.Amount a) throws IOException {
        json.writeObjectFieldStart(name);
        json.writeNumberField("heltid", a.heltid());
        json.writeNumberField("kronor", a.kronor());
        json.writeNumberField("withoutCost", a.withoutCost()); // posts whose kronor are not in the sum
        json.writeEndObject();
    }

    /** Numbers stay numbers (whole ones as Long, others as Double); anything else as the text a message shows. */
    private static Object argument(Object a) {
        if (a instanceof Long || a instanceof Integer) {
            return ((Number) a).longValue();
        } else if (a instanceof Number n) {
            return n.doubleValue();
        }
        return String.valueOf(a);
    }

    private interface Io {
        void run() throws IOException;
    }

    private static void io(Io step) {
        try {
            step.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
