package se.finsam.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * The JUnit report as CI servers read it: valid against the strict schema in the test resources (one result per
 * testcase), red exactly when the exit status is, and with counts that agree with its testcases.
 */
class JunitSchemaTest {

    @TempDir
    Path dir;

    @Test
    void theReportOfSamplesUnreadableInputsAndWaiversIsValidAndCountsAgree() throws Exception {
        Files.writeString(dir.resolve("broken.yaml"), "kind: plan\nedition: [\n");
        Files.writeString(dir.resolve("scan.pdf"), "%PDF-1.4\n");
        Path waivers = dir.resolve("w.yaml");
        Files.writeString(waivers, "waivers:\n  - {rule: deadline, document: \"**\", justification: Anstånd, expires: 2099-01-01}\n");
        for (String bar : new String[] {"error", "warning", "info"}) {
            CliTest.Run r = CliTest.run("check", "--format", "junit", "--fail-on", bar, "--waivers", waivers.toString(),
                    "testdata/samples", "testdata/forms", dir.toString());
            schema().newValidator().validate(new StreamSource(new StringReader(r.out())));
            Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(r.out())));
            NodeList suites = xml.getElementsByTagName("testsuite");
            int failures = 0;
            for (int i = 0; i < suites.getLength(); i++) {
                Element suite = (Element) suites.item(i);
                assertEquals(suite.getElementsByTagName("testcase").getLength(), Integer.parseInt(suite.getAttribute("tests")));
                assertEquals(suite.getElementsByTagName("failure").getLength(), Integer.parseInt(suite.getAttribute("failures")));
                assertEquals(suite.getElementsByTagName("error").getLength(), Integer.parseInt(suite.getAttribute("errors")));
                failures += suite.getElementsByTagName("failure").getLength();
            }
            assertEquals(2, r.status(), "unreadable inputs outrank findings");
            assertEquals(failingPairs(bar, waivers), failures, "one failure per document and rule that fails at " + bar);
        }
    }

    @Test
    void warningsAloneLeaveTheReportGreenByDefaultAndRedAtTheirBar() throws Exception {
        Path plan = dir.resolve("bare.yaml");
        Files.writeString(plan, CliTest.CLEAN_PLAN.replaceFirst("gender: .*", "gender: Nej"));
        CliTest.Run green = CliTest.run("check", "--format", "junit", plan.toString());
        assertEquals(0, green.status());
        assertEquals(0, count(green.out(), "failure"));
        assertEquals(1, count(green.out(), "system-out"));
        CliTest.Run red = CliTest.run("check", "--format", "junit", "--fail-on", "warning", plan.toString());
        assertEquals(1, red.status());
        assertEquals(1, count(red.out(), "failure"));
    }

    @Test
    void theSchemaRejectsTwoFailuresInOneTestcase() throws Exception {
        String twice = "<testsuites><testsuite name=\"a\" tests=\"1\" failures=\"1\" errors=\"0\"><testcase name=\"r\">"
                + "<failure message=\"x\"/><failure message=\"y\"/></testcase></testsuite></testsuites>";
        assertThrows(SAXException.class, () -> schema().newValidator().validate(new StreamSource(new StringReader(twice))));
    }

    /** The (document, rule) pairs with a finding that fails at the bar and is not waived, from the JSON report. */
    private long failingPairs(String bar, Path waivers) throws Exception {
        CliTest.Run json = CliTest.run("check", "--format", "json", "--waivers", waivers.toString(), "testdata/samples",
                "testdata/forms", dir.toString());
        java.util.Set<String> pairs = new java.util.HashSet<>();
        java.util.List<String> order = java.util.List.of("error", "warning", "info");
        for (var d : new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.out()).get("documents")) {
            for (var f : d.get("findings")) {
                if (!f.has("waived") && order.indexOf(f.get("severity").asText()) <= order.indexOf(bar)) {
                    pairs.add(d.get("source").asText() + " " + f.get("rule").asText());
                }
            }
        }
        return pairs.size();
    }

    private static int count(String xml, String element) throws Exception {
        Document d = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        return d.getElementsByTagName(element).getLength();
    }

    private static Schema schema() throws Exception {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        return factory.newSchema(JunitSchemaTest.class.getResource("/junit-report.xsd"));
    }
}
