package se.finsam.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** Kansliet's view: verdicts, the HTML overview (parsed, escaped) and the letters back. */
class KanslietViewTest {

    @TempDir
    Path dir;

    private static final String HOSTILE = """
            kind: plan
            edition: 2017
            area: "<script>alert('x')</script>Evil & Co"
            received: 2016-08-01
            answers:
              gender: "<img src=x onerror=alert(1)>"
            resources:
              - resource: "Samverkanskoordinator <b>100</b> %"
                resultGoal: "Uppfylld verksamhetsplan \\u0007"
            """;

    private static Document parse(String html) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        factory.setExpandEntityReferences(false);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(html)));
    }

    @Test
    void htmlHasARowAndASectionPerDocumentAndAnItemPerFinding() throws Exception {
        CliTest.Run r = CliTest.run("check", "--format", "html", "testdata");
        JsonNode json = new ObjectMapper().readTree(CliTest.run("check", "--format", "json", "testdata").out());
        Document html = parse(r.out());
        int documents = json.get("documents").size();
        assertEquals(documents, html.getElementsByTagName("tbody").item(0).getChildNodes().getLength()
                - countText(html.getElementsByTagName("tbody").item(0).getChildNodes()), "one overview row per document");
        for (int i = 0; i < documents; i++) {
            Element section = sectionOf(html, "doc-" + i);
            int findings = json.get("documents").get(i).get("findings").size();
            int items = section.getElementsByTagName("ol").getLength() == 0 ? 0
                    : ((Element) section.getElementsByTagName("ol").item(0)).getElementsByTagName("li").getLength();
            assertEquals(findings, items, "findings of document " + i);
        }
        assertEquals(0, html.getElementsByTagName("script").getLength());
        assertEquals(0, html.getElementsByTagName("link").getLength(), "self-contained: no external styles");
    }

    private static int countText(NodeList nodes) {
        int n = 0;
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i).getNodeType() != org.w3c.dom.Node.ELEMENT_NODE) {
                n++;
            }
        }
        return n;
    }

    private static Element sectionOf(Document html, String id) {
        NodeList sections = html.getElementsByTagName("section");
        for (int i = 0; i < sections.getLength(); i++) {
            Element s = (Element) sections.item(i);
            if (id.equals(s.getAttribute("id"))) {
                return s;
            }
        }
        throw new AssertionError("no section " + id);
    }

    @Test
    void textFromADocumentIsEscapedAndRunsNothing() throws Exception {
        Path plan = dir.resolve("evil.yaml");
        Files.writeString(plan, HOSTILE);
        String out = CliTest.run("check", "--format", "html", plan.toString()).out();
        Document html = parse(out);
        assertEquals(0, html.getElementsByTagName("script").getLength());
        assertEquals(0, html.getElementsByTagName("img").getLength());
        assertEquals(0, html.getElementsByTagName("b").getLength());
        assertTrue(html.getDocumentElement().getTextContent().contains("<script>alert('x')</script>Evil & Co"));
        assertFalse(out.contains("\u0007"), "control characters are dropped");
        String letter = CliTest.run("check", "--format", "letter", plan.toString()).out();
        assertFalse(letter.contains("\u0007"));
    }

    @Test
    void verdictsInJsonAndLettersOnlyForDocumentsThatNeedCompletion() throws Exception {
        CliTest.Run json = CliTest.run("check", "--format", "json", "testdata/examples", "testdata/samples/report-2017-knivsta.yaml");
        JsonNode docs = new ObjectMapper().readTree(json.out()).get("documents");
        assertEquals("komplettering-behovs", docs.get(0).get("verdict").asText());
        Path ready = dir.resolve("ready.yaml");
        Files.writeString(ready, CliTest.CLEAN_PLAN.replaceFirst("gender: .*", "gender: Nej"));
        JsonNode readyDoc = new ObjectMapper().readTree(CliTest.run("check", "--format", "json", ready.toString()).out())
                .get("documents").get(0);
        assertEquals("klar-for-styrelsen", readyDoc.get("verdict").asText(), "warnings alone leave a plan ready");

        CliTest.Run letters = CliTest.run("check", "--format", "letter", ready.toString(), "testdata/samples/report-2017-knivsta.yaml");
        assertFalse(letters.out().contains("=\n" + ready + "\n="), "a ready document gets no letter");
        assertTrue(letters.out().contains(ready + ": klar för styrelsen, inget brev"), "the index names every document");
        assertTrue(letters.out().contains("Ärende: komplettering av slutrapport – Forum för långsiktig samverkan Lokus Knivsta"));
        assertTrue(letters.out().contains("Var i filen: frågesvaren, jämställdhetsfrågan, rad 14"), letters.out());

        Path out = dir.resolve("letters");
        assertEquals(1, CliTest.run("check", "--format", "letter", "--output", out.toString(), ready.toString(),
                "testdata/samples/report-2017-knivsta.yaml").status());
        assertTrue(Files.exists(out.resolve("report-2017-knivsta-brev.txt")));
        assertFalse(Files.exists(out.resolve("ready-brev.txt")));
        assertEquals(2, CliTest.run("check", "--format", "letter", "--output", out.toString(),
                "testdata/samples/report-2017-knivsta.yaml").status(), "letters are not overwritten unasked");
    }

    @Test
    void lettersAreDatedFromKanslietWithAReplyByDateInTextAndWord() throws Exception {
        Path forms = Files.createDirectories(dir.resolve("forms"));
        Files.copy(Path.of("testdata/forms/plan-2017-heby.txt"), forms.resolve("plan-2017-heby.txt"));
        Files.writeString(forms.resolve("finsam-kansliet.yaml"), """
                contact: Anna Andersson, förbundssamordnare
                email: kansliet@example.se
                phone: 018-12 34 56
                replyWithinDays: 10
                """);
        Path out = dir.resolve("brev");
        CliTest.Run r = CliTest.run("check", "--format", "letter", "--output", out.toString(), forms.toString());
        assertEquals(1, r.status(), r.err());
        String text = Files.readString(out.resolve("plan-2017-heby-brev.txt"));
        java.time.format.DateTimeFormatter f = java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.forLanguageTag("sv"));
        java.time.LocalDate today = java.time.LocalDate.now();
        assertTrue(text.startsWith("Samordningsförbundet Uppsala län – Kansliet\nUppsala " + today.format(f)), text);
        assertTrue(text.contains("Till LOKUS-gruppen i Heby"), text);
        assertTrue(text.contains("senast " + today.plusDays(10).format(f)), text);
        assertTrue(text.contains("Var i blanketten: mottagningsdatum"), "a form's location in its own words, no line of ours: " + text);
        assertFalse(text.contains("rad 3"), text);
        assertTrue(text.endsWith("Anna Andersson, förbundssamordnare\nKansliet, Samordningsförbundet Uppsala län\nkansliet@example.se · 018-12 34 56\n"), text);
        try (var word = new org.apache.poi.xwpf.usermodel.XWPFDocument(Files.newInputStream(out.resolve("plan-2017-heby-brev.docx")));
             var extractor = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(word)) {
            String shown = extractor.getText();
            assertTrue(shown.contains("Till LOKUS-gruppen i Heby") && shown.contains("1. Planen kom in 2016-09-26")
                    && shown.contains("Anna Andersson"), shown);
        }
        Files.writeString(forms.resolve("finsam-kansliet.yaml"), "contact: A\nreplyWithin: 10\n");
        CliTest.Run bad = CliTest.run("check", "--format", "letter", forms.toString());
        assertEquals(2, bad.status());
        assertTrue(bad.err().contains("finsam-kansliet.yaml:2:14: okänt fält ”replyWithin”"), bad.err());
    }
}
