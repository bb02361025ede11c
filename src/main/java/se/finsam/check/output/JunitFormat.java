package se.finsam.check.output;

import java.io.PrintWriter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import se.finsam.check.engine.RuleInfo;
import se.finsam.check.findings.DocumentResult;
import se.finsam.check.findings.Finding;
import se.finsam.check.findings.Messages;

/**
 * JUnit XML for CI test reports: a testsuite per document, a testcase per rule checked on it (so passed checks
 * show), a failure per finding that is not waived; an unreadable document is a suite with one error. Written
 * one document at a time: the report has no totals that would need all of them first.
 */
public final class JunitFormat implements StreamingFormat {

    @Override
    public ReportWriter open(List<RuleInfo> rules, Messages messages, PrintWriter out) {
        XMLStreamWriter xml;
        try {
            xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuites");
            xml.writeAttribute("name", "finsam-check");
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return new ReportWriter() {
            @Override
            public void add(DocumentResult r) {
                xml(() -> {
                    suite(xml, r, RunReport.rulesFor(rules, r), messages);
                    xml.flush();
                });
            }

            @Override
            public void finish() {
                xml(() -> {
                    xml.writeCharacters("\n");
                    xml.writeEndElement();
                    xml.writeEndDocument();
                    xml.close(); // flushes; the target stays open
                });
                out.println();
            }
        };
    }

    private interface XmlStep {
        void run() throws XMLStreamException;
    }

    private static void xml(XmlStep step) {
        try {
            step.run();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void suite(XMLStreamWriter xml, DocumentResult r, List<RuleInfo> rules, Messages messages)
            throws XMLStreamException {
        String source = Locations.relative(r.source());
        long failures = r.findings().stream().filter(f -> !f.isWaived()).count();
        xml.writeCharacters("\n  ");
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", source);
        xml.writeAttribute("tests", String.valueOf(r.isReadable() ? checked(r, rules).size() : 1));
        xml.writeAttribute("failures", String.valueOf(failures));
        xml.writeAttribute("errors", r.isReadable() ? "0" : "1");
        if (r.verdict() != null) {
            xml.writeCharacters("\n    ");
            xml.writeStartElement("properties");
            xml.writeStartElement("property");
            xml.writeAttribute("name", "verdict");
            xml.writeAttribute("value", r.verdict().id());
            xml.writeEndElement();
            xml.writeEndElement();
        }
        if (!r.isReadable()) {
            xml.writeCharacters("\n    ");
            xml.writeStartElement("testcase");
            xml.writeAttribute("classname", source);
            xml.writeAttribute("name", "read");
            xml.writeStartElement("error");
            xml.writeAttribute("message", Printable.of(OutputFormat.inputError(r, messages)));
            xml.writeEndElement();
            xml.writeEndElement();
        }
        for (String rule : checked(r, rules)) {
            xml.writeCharacters("\n    ");
            xml.writeStartElement("testcase");
            xml.writeAttribute("classname", source);
            xml.writeAttribute("name", rule);
            for (Finding f : r.findings()) {
                if (f.rule().equals(rule)) {
                    failure(xml, f, messages);
                }
            }
            xml.writeEndElement();
        }
        xml.writeCharacters("\n  ");
        xml.writeEndElement();
    }

    /** The rules checked on a document, and any other rule that reported on it (such as the waiver file's). */
    private static Set<String> checked(DocumentResult r, List<RuleInfo> rules) {
        Set<String> ids = new LinkedHashSet<>();
        rules.forEach(i -> ids.add(i.id()));
        r.findings().forEach(f -> ids.add(f.rule()));
        return ids;
    }

    private static void failure(XMLStreamWriter xml, Finding f, Messages messages) throws XMLStreamException {
        String text = Printable.of(messages.message(f));
        String where = f.position().line() > 0 ? "line " + f.position().line() + ", column " + f.position().column() + ": " : "";
        xml.writeCharacters("\n      ");
        if (f.isWaived()) {
            xml.writeStartElement("system-out");
            xml.writeCharacters(where + text + " " + Printable.of(messages.get("output.waived", f.waiver())));
            xml.writeEndElement();
            return;
        }
        xml.writeStartElement("failure");
        xml.writeAttribute("type", f.severity().id());
        xml.writeAttribute("message", text);
        xml.writeCharacters(where + f.position().pointer() + " " + text);
        xml.writeEndElement();
    }
}
