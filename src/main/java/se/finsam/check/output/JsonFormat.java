package se.finsam.check.output;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
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
 * and no findings. Written one document at a time, each built whole before any of it is written.
 */
public final class JsonFormat implements StreamingFormat {

    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    @Override
    public ReportWriter open(List<RuleInfo> rules, Messages messages, PrintWriter out) {
        JsonGenerator json;
        try {
            json = mapper.writer().createGenerator(out);
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
                        mapper.writeTree(json, plan(summary, a));
                    }
                    json.writeEndArray();
                    json.writeFieldName("totals");
                    mapper.writeTree(json, totals(summary));
                    json.writeFieldName("reportsWithoutPlan");
                    mapper.writeTree(json, alone(summary));
                    json.writeEndObject();
                });
                documentsClosed = true;
            }

            @Override
            public void add(DocumentResult r) {
                ObjectNode d = document(r, messages);
                io(() -> mapper.writeTree(json, d));
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

    private ObjectNode document(DocumentResult r, Messages messages) {
        ObjectNode d = mapper.createObjectNode();
        d.put("source", r.source());
        if (r.verdict() != null) {
            d.put("verdict", r.verdict().id());
        }
        d.put("status", r.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        if (r.isForm()) {
            d.put("kind", r.kindId());
            d.put("title", r.title());
        }
        if (r.plan() != null) {
            d.put("plan", r.plan());
        }
        if (!r.isChecked()) {
            ObjectNode e = d.putObject("error");
            e.put("line", r.error().line());
            e.put("column", r.error().column());
            e.put("message", messages.format(r.error().key(), r.error().args()));
        }
        ArrayNode findings = d.putArray("findings");
        for (Finding f : r.findings()) {
            ObjectNode o = findings.addObject();
            o.put("rule", f.rule());
            o.put("severity", f.severity().id());
            o.put("message", messages.message(f));
            o.put("messageKey", f.messageKey());
            ArrayNode arguments = o.putArray("arguments");
            f.args().forEach(a -> argument(arguments, Messages.argument(a)));
            o.put("line", f.position().line());
            o.put("column", f.position().column());
            o.put("field", f.position().pointer());
            if (f.isWaived()) {
                o.putObject("waived").put("justification", f.waiver());
            }
        }
        return d;
    }

    /** A plan's line of the year's summary: its posts by kind and in all (heltid, kronor), its reports, their returns. */
    private ObjectNode plan(YearSummary summary, YearSummary.Area a) {
        ObjectNode p = mapper.createObjectNode();
        p.put("area", a.area());
        p.put("edition", a.edition());
        p.put("plan", a.plan());
        posts(p.putObject("posts"), summary, a.byKind(), a.posts());
        ArrayNode reports = p.putArray("reports");
        a.reports().forEach(reports::add);
        p.put("returned", a.returned());
        p.put("returnsWithoutAmount", a.returnsWithoutAmount());
        return p;
    }

    /** Each edition's plans together. */
    private ArrayNode totals(YearSummary summary) {
        ArrayNode totals = mapper.createArrayNode();
        for (YearSummary.Total t : summary.totals()) {
            ObjectNode o = totals.addObject();
            o.put("edition", t.edition());
            posts(o.putObject("posts"), summary, t.byKind(), t.posts());
            o.put("plans", t.plans());
            o.put("plansWithReport", t.plansWithReport());
            o.put("returned", t.returned());
        }
        return totals;
    }

    /** The reports checked alone, since their plan was not in the run. */
    private ArrayNode alone(YearSummary summary) {
        ArrayNode alone = mapper.createArrayNode();
        for (YearSummary.Alone a : summary.alone()) {
            alone.addObject().put("report", a.report()).put("named", a.named()).put("edition", a.edition())
                    .put("returned", a.returned());
        }
        return alone;
    }

    private static void posts(ObjectNode o, YearSummary summary, java.util.Map<String, YearSummary.Amount> byKind,
                              YearSummary.Amount all) {
        summary.kinds().forEach(k -> amount(o.putObject(k), byKind.get(k)));
        amount(o.putObject("all"), all);
    }

    private static void amount(ObjectNode o, YearSummary.Amount a) {
        o.put("heltid", a.heltid());
        o.put("kronor", a.kronor());
    }

    /** Numbers stay numbers; anything else as the text a message shows. */
    private static void argument(ArrayNode arguments, Object a) {
        if (a instanceof Long || a instanceof Integer) {
            arguments.add(((Number) a).longValue());
        } else if (a instanceof Number n) {
            arguments.add(n.doubleValue());
        } else {
            arguments.add(String.valueOf(a));
        }
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
