package se.finsam.check.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Hostile uploads get their one-line error as a document of the answer, nothing of them reaches the file system
 * outside the server's private folder, and the server goes on answering correctly after each.
 */
class HostileUploadTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path PLAN = Path.of("testdata/samples/plan-2017-heby.yaml");
    private static WebClient web;
    private static String planAlone;

    @BeforeAll
    static void start() throws Exception {
        web = new WebClient();
        planAlone = web.check("", WebClient.parts(PLAN)).body();
    }

    @AfterAll
    static void stop() {
        web.close();
    }

    /** One file sent alone: its document in the answer; then the server checks a plan as before. */
    private static JsonNode send(String name, byte[] bytes) throws Exception {
        var r = web.check("", List.of(new WebClient.Part(name, bytes)));
        assertEquals(200, r.statusCode(), name + ": " + r.body());
        JsonNode docs = JSON.readTree(r.body()).get("documents");
        assertEquals(1, docs.size(), r.body());
        assertEquals(planAlone, web.check("", WebClient.parts(PLAN)).body(), "still serving, correctly, after " + name);
        try (Stream<Path> left = Files.list(web.server.folder())) {
            assertTrue(left.noneMatch(p -> p.getFileName().toString().startsWith("api-")), "the upload was deleted");
        }
        return docs.get(0);
    }

    private static void assertOneLineError(JsonNode doc, String says) {
        assertEquals("not-read", doc.get("status").asText(), doc.toString());
        String message = doc.get("error").get("message").asText();
        assertFalse(message.contains("\n") || message.contains("Exception"), message);
        assertTrue(message.contains(says), message);
    }

    @Test
    void aZipBombDocxIsRefusedByTheWordReader() throws Exception {
        byte[] bomb = zipBomb();
        assertTrue(bomb.length < 20 * Limits.MB, "a bomb within the size limit: " + bomb.length);
        long start = System.nanoTime();
        assertOneLineError(send("plan.docx", bomb), "Word");
        assertTrue(System.nanoTime() - start < 20e9, "refused within 20 s");
    }

    @Test
    void tenThousandLevelsOfJsonAreRefused() throws Exception {
        assertOneLineError(send("deep.json", ("[".repeat(10_000) + "]".repeat(10_000)).getBytes(StandardCharsets.UTF_8)),
                "64");
        String objects = "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000);
        assertOneLineError(send("deep-objects.json", objects.getBytes(StandardCharsets.UTF_8)), "64");
    }

    @Test
    void aNameWithAPathIsALabelOnly() throws Exception {
        byte[] plan = Files.readAllBytes(PLAN);
        String[] names = {"../../../../tmp/escaped.yaml", "..\\..\\escaped.yaml", "/etc/escaped.yaml",
            "C:\\Users\\kansliet\\Skrivbord\\escaped.yaml", "a/b/../escaped.yaml", "./escaped.yaml"};
        for (String name : names) {
            JsonNode doc = send(name, plan);
            String label = doc.get("source").asText();
            assertFalse(label.contains("/") || label.contains("\\"),
                    name + " → " + label);
            assertTrue(label.endsWith(".yaml") || label.endsWith(".txt"), label);
        }
        // a control character in a part's header makes it no multipart at all (Jetty refuses it): 400, and the
        // server goes on; Label drops them from a name that gets through encoded (LabelTest)
        for (String name : List.of("escaped.yaml\u0000.txt", "esc\u001b[31maped.yaml", "a\nContent-Type: x.yaml")) {
            var refused = web.check("", List.of(new WebClient.Part(name, plan)));
            assertEquals(400, refused.statusCode(), refused.body());
            assertEquals(planAlone, web.check("", WebClient.parts(PLAN)).body());
        }
        // the plan's own name, checked as the plan it is
        assertEquals("checked", send("../../plan-2017-heby.yaml", plan).get("status").asText());
        for (String name : List.of("..", ".", "", "../", "/")) {
            JsonNode doc = send(name, plan);
            assertEquals("dokument", doc.get("source").asText(), name);
            assertEquals("not-read", doc.get("status").asText()); // no extension: a type that is not read
        }
        assertFalse(Files.exists(Path.of("/tmp/escaped.yaml")));
        assertFalse(Files.exists(Path.of("/etc/escaped.yaml")));
        assertFalse(Files.exists(web.server.folder().resolveSibling("escaped.yaml")));
        assertFalse(Files.exists(Path.of("escaped.yaml")));
        String longName = "x".repeat(5000) + ".yaml";
        String label = send(longName, plan).get("source").asText();
        assertTrue(label.length() <= 120 && label.endsWith(".yaml"), label);
    }

    /** As HostileCorpus builds it: a document part of a gigabyte of spaces, about a megabyte zipped. */
    private static byte[] zipBomb() throws Exception {
        byte[] valid = docx();
        var bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes);
             ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(valid))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals("word/document.xml")) {
                    byte[] spaces = new byte[1 << 20];
                    Arrays.fill(spaces, (byte) ' ');
                    zip.write(("<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/"
                            + "wordprocessingml/2006/main\">").getBytes(StandardCharsets.UTF_8));
                    for (int i = 0; i < 1024; i++) {
                        zip.write(spaces);
                    }
                    zip.write("<w:body/></w:document>".getBytes(StandardCharsets.UTF_8));
                } else {
                    zip.write(in.readAllBytes());
                }
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static byte[] docx() throws Exception {
        var bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas."
                    + "openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/"
                    + "vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/"
                    + "xml\"/><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-"
                    + "officedocument.wordprocessingml.document.main+xml\"/></Types>");
            entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas."
                    + "openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas."
                    + "openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
                    + "</Relationships>");
            entry(zip, "word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://"
                    + "schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p/></w:body></w:document>");
        }
        return bytes.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws Exception {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
