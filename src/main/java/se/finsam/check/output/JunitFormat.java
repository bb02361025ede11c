package se.finsam.check.output;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import se.finsam.check.engine.RuleInfo;
import se.finsam.check.findings.DocumentResult;
import se.finsam.check.findings.Finding;
import se.finsam.check.findings.Messages;
import se.finsam.check.findings.Severity;

/**
 * JUnit XML as CI tools read it: a testsuite per document, a testcase per rule checked on it (so passed checks
 * show). A rule's findings at or above the failing severity (--fail-on) are one {@code <failure>} of its testcase,
 * listing them all in its body; findings below it and waived ones go to the testcase's {@code <system-out>}, so the
 * report is red exactly when the exit status is. A document that was not read or not checked is a suite with one
 * {@code <error>}. The counts are those of the testcases. Written one document at a time, each suite built whole
 * first: the report has no totals that would need all of them.
 */
public final class JunitFormat implements StreamingFormat {

    private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

    private final Severity bar;

    /** bar: the severity at which a finding fails its testcase (the run's --fail-on). */
    public JunitFormat(Severity bar) {
        this.bar = bar;
    }

    public JunitFormat() {
        this(Severity.ERROR);
    }

    @Override
    public ReportWriter open(List<RuleInfo> rules, Messages messages, PrintWriter out) {
        out.println("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        out.print("<testsuites name=\"finsam-check\">");
        return new ReportWriter() {
            @Override
            public void add(DocumentResult r) {
                out.print(xml(x -> suite(x, r, RunReport.rulesFor(rules, r), messages)));
            }

            @Override
            public void finish() {
                out.println("\n</testsuites>");
                out.flush();
            }
        };
    }

    private interface XmlStep {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }

    /** A fragment written by its own XML writer, so that all escaping is the XML library's. */
    private static String xml(XmlStep step) {
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter xml = XML.createXMLStreamWriter(text);
            step.write(xml);
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return text.toString();
    }

    private void suite(XMLStreamWriter xml, DocumentResult r, List<RuleInfo> rules, Messages messages)
            throws XMLStreamException {
        String source = Printable.line(Locations.relative(r.source()));
        Map<String, List<Finding>> byRule = new LinkedHashMap<>();
        rules.forEach(i -> byRule.put(i.id(), new ArrayList<>()));
        r.findings().forEach(f -> byRule.computeIfAbsent(f.rule(), k -> new ArrayList<>()).add(f)); // the waiver file's too
        long failures = byRule.values().stream().filter(fs -> fs.stream().anyMatch(this::fails)).count();
        xml.writeCharacters("\n  ");
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", source);
        xml.writeAttribute("tests", String.valueOf(r.isChecked() ? byRule.size() : 1));
        xml.writeAttribute("failures", String.valueOf(failures));
        xml.writeAttribute("errors", r.isChecked() ? "0" : "1");
        xml.writeAttribute("skipped", "0");
        if (r.verdict() != null) {
            xml.writeCharacters("\n    ");
            xml.writeStartElement("properties");
            xml.writeEmptyElement("property");
            xml.writeAttribute("name", "verdict");
            xml.writeAttribute("value", r.verdict().id());
            if (r.plan() != null) { // the plan a report was compared with
                xml.writeEmptyElement("property");
                xml.writeAttribute("name", "plan");
                xml.writeAttribute("value", Printable.line(Locations.relative(r.plan())));
            }
            xml.writeEndElement();
        }
        if (!r.isChecked()) {
            xml.writeCharacters("\n    ");
            xml.writeStartElement("testcase");
            xml.writeAttribute("classname", source);
            xml.writeAttribute("name", r.status() == DocumentResult.Status.NOT_READ ? "read" : "check");
            xml.writeEmptyElement("error");
            xml.writeAttribute("message", Printable.of(OutputFormat.inputError(r, messages)));
            xml.writeEndElement();
        }
        for (Map.Entry<String, List<Finding>> rule : byRule.entrySet()) {
            testcase(xml, source, rule.getKey(), rule.getValue(), messages);
        }
        xml.writeCharacters("\n  ");
        xml.writeEndElement();
    }

    private boolean fails(Finding f) {
        return !f.isWaived() && f.severity().reaches(bar);
    }

    private void testcase(XMLStreamWriter xml, String source, String rule, List<Finding> findings, Messages messages)
            throws XMLStreamException {
        xml.writeCharacters("\n    ");
        xml.writeStartElement("testcase");
        xml.writeAttribute("classname", source);
        xml.writeAttribute("name", rule);
        List<Finding> failing = findings.stream().filter(this::fails).toList();
        List<Finding> others = findings.stream().filter(f -> !fails(f)).toList();
        if (!failing.isEmpty()) {
            xml.writeCharacters("\n      ");
            xml.writeStartElement("failure");
            xml.writeAttribute("type", failing.get(0).severity().id());
            xml.writeAttribute("message", Printable.of(messages.message(failing.get(0)))
                    + (failing.size() > 1 ? " (+" + (failing.size() - 1) + ")" : ""));
            xml.writeCharacters(lines(failing, messages));
            xml.writeEndElement();
        }
        if (!others.isEmpty()) {
            xml.writeCharacters("\n      ");
            xml.writeStartElement("system-out");
            xml.writeCharacters(lines(others, messages));
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    /** One line per finding: severity, where, field and message (and the waiver's justification). */
    private static String lines(List<Finding> findings, Messages messages) {
        StringBuilder b = new StringBuilder();
        for (Finding f : findings) {
            b.append(f.severity().id()).append(' ');
            if (f.position().line() > 0) {
                b.append("line ").append(f.position().line()).append(", column ").append(f.position().column()).append(": ");
            }
            b.append(f.position().pointer()).append(' ').append(Printable.of(messages.message(f)));
            if (f.isWaived()) {
                b.append(' ').append(Printable.of(messages.get("output.waived", f.waiver())));
            }
            b.append('\n');
        }
        return b.toString();
    }
}
