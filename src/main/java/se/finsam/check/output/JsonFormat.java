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

/**
 * The machine-readable contract of RULES.md: {@code documents[]} with {@code source} and {@code findings[]}, each
 * finding with rule, severity, message, and here also line, column and field (a JSON pointer). Each document has
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
            json.writeArrayFieldStart("documents");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ReportWriter() {
            @Override
            public void add(DocumentResult r) {
                io(() -> mapper.writeTree(json, document(r, messages)));
            }

            @Override
            public void finish() {
                io(() -> {
                    json.writeEndArray();
                    json.writeEndObject();
                    json.close(); // flushes; the target stays open
                });
                out.println();
            }
        };
    }

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
            o.put("line", f.position().line());
            o.put("column", f.position().column());
            o.put("field", f.position().pointer());
            if (f.isWaived()) {
                o.putObject("waived").put("justification", f.waiver());
            }
        }
        return d;
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
