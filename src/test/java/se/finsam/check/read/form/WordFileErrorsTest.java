package se.finsam.check.read.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.finsam.check.CliTest;

/**
 * A Word file that cannot be read is one calm line from the catalogue naming the file and saying why – not a zip,
 * damaged, encrypted, broken XML, a DOCTYPE – in both languages; never a library's class,
 * message, stack trace or log line, on stdout, stderr or the program's error stream; and the run goes on.
 */
class WordFileErrorsTest {

    private static final String PLAN = "<w:p><w:r><w:t>Blankett för verksamhetsplan 2017</w:t></w:r></w:p>"
            + "<w:p><w:r><w:t>LOKUS-grupp område: Heby</w:t></w:r></w:p>";
    private static final List<String> NOISE = List.of("org.", "java.", "Exception", "null", "JAXP", "POI", "WARN",
            "\tat ", "xmlbeans", "XSSF", "HSSF", "OOXML");

    @TempDir
    Path dir;

    /** The hostile files and what the line about each must say (in English). */
    private Map<String, String> hostile() throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        byte[] valid = LinearReadersTest.docx(PLAN);
        write("odd-entry.docx", zip(valid, "word/a b.xml", "odd"));
        files.put("odd-entry.docx", null); // read: POI skips the entry (and used to log it with a stack trace)
        write("truncated.docx", java.util.Arrays.copyOf(valid, valid.length / 2));
        files.put("truncated.docx", "damaged");
        write("ole2-header.docx", ole2Header());
        files.put("ole2-header.docx", "Office 97–2003 file");
        write("encrypted.docx", encrypted(valid));
        files.put("encrypted.docx", "encrypted (password-protected)");
        write("xxe.docx", xxe());
        files.put("xxe.docx", "DOCTYPE");
        write("broken-xml.docx", LinearReadersTest.docx("<w:p><w:r><w:t>Verksamhetsplan 2017</w:t></w:r>"));
        files.put("broken-xml.docx", "XML inside it is broken");
        write("no-document.docx", zip(null, "word/other.xml", "<a/>"));
        files.put("no-document.docx", "without the text of a Word document");
        byte[] random = new byte[3000];
        new Random(13).nextBytes(random);
        write("random.docx", random);
        files.put("random.docx", "not a Word file");
        byte[] zipped = new byte[3000];
        new Random(14).nextBytes(zipped);
        zipped[0] = 'P';
        zipped[1] = 'K';
        zipped[2] = 3;
        zipped[3] = 4;
        write("random-zip.docx", zipped);
        files.put("random-zip.docx", "damaged");
        write("empty.docx", new byte[0]);
        files.put("empty.docx", "empty");
        return files;
    }

    @Test
    void eachUnreadableWordFileIsOneCalmLineAndTheRunGoesOn() throws Exception {
        Map<String, String> files = hostile();
        Path plan = dir.resolve("plan.txt");
        Files.writeString(plan, "Blankett för verksamhetsplan 2017\n\nLOKUS-grupp område: Heby\n");
        List<String> args = new ArrayList<>(List.of("check", "--lang", "en", "--format", "json", dir.toString()));
        Captured run = captured(args);
        // every file is in the report, the readable ones checked
        for (String name : files.keySet()) {
            assertTrue(run.cli().out().contains(name), name + " is not in the report");
        }
        assertTrue(run.cli().out().contains("plan.txt"));
        List<String> lines = run.cli().err().lines().filter(l -> !l.isBlank()).toList();
        long unreadable = files.values().stream().filter(v -> v != null).count();
        assertEquals(unreadable, lines.size(), run.cli().err());
        for (Map.Entry<String, String> f : files.entrySet()) {
            List<String> about = lines.stream().filter(l -> l.startsWith(dir.resolve(f.getKey()) + ": ")).toList();
            if (f.getValue() == null) {
                assertEquals(List.of(), about, f.getKey());
                continue;
            }
            assertEquals(1, about.size(), f.getKey() + ": " + lines);
            assertTrue(about.get(0).contains("the Word document cannot be read: "), about.get(0));
            assertTrue(about.get(0).contains(f.getValue()), about.get(0));
        }
        assertCalm(run.cli().err() + run.systemErr() + run.systemOut());
        StringBuilder messages = new StringBuilder();
        for (var d : new com.fasterxml.jackson.databind.ObjectMapper().readTree(run.cli().out()).get("documents")) {
            if (d.has("error")) {
                messages.append(d.get("error").get("message").asText()).append('\n');
            }
        }
        assertEquals(unreadable, messages.toString().lines().count(), run.cli().out());
        assertCalm(messages.toString());
        assertEquals("", run.systemErr(), "nothing from a library on stderr");
    }

    @Test
    void theLinesAreInSwedishToo() throws Exception {
        hostile();
        Captured run = captured(List.of("check", dir.toString()));
        assertCalm(run.cli().err() + run.systemErr());
        assertTrue(run.cli().err().contains("encrypted.docx: Word-dokumentet går inte att läsa: den är krypterad"), run.cli().err());
        assertEquals("", run.systemErr());
    }

    private static void assertCalm(String text) {
        for (String noise : NOISE) {
            assertFalse(text.contains(noise), "'" + noise + "' in:\n" + text);
        }
    }

    private record Captured(CliTest.Run cli, String systemOut, String systemErr) {
    }

    /** A run of the command line, with what reaches System.out and System.err (where a library logs) besides. */
    private static Captured captured(List<String> args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream sysOut = new ByteArrayOutputStream();
        ByteArrayOutputStream sysErr = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(sysOut, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(sysErr, true, StandardCharsets.UTF_8));
            CliTest.Run run = CliTest.run(args.toArray(String[]::new));
            return new Captured(run, sysOut.toString(StandardCharsets.UTF_8), sysErr.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    private void write(String name, byte[] bytes) throws Exception {
        Files.write(dir.resolve(name), bytes);
    }

    /** A copy of a zip (or an empty one) with one more entry. */
    static byte[] zip(byte[] base, String name, String text) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            if (base != null) {
                try (var in = new java.util.zip.ZipInputStream(new ByteArrayInputStream(base))) {
                    for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                        zip.putNextEntry(new ZipEntry(e.getName()));
                        zip.write(in.readAllBytes());
                        zip.closeEntry();
                    }
                }
            }
            zip.putNextEntry(new ZipEntry(name));
            zip.write(text.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    /** The eight bytes that open every OLE2 (Office 97–2003) file, then nothing an OLE2 reader can use. */
    static byte[] ole2Header() {
        byte[] bytes = new byte[2048];
        new Random(15).nextBytes(bytes);
        byte[] magic = {(byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0, (byte) 0xa1, (byte) 0xb1, 0x1a, (byte) 0xe1};
        System.arraycopy(magic, 0, bytes, 0, magic.length);
        return bytes;
    }

    /** An OLE2 file holding the stream a Word 97–2003 document keeps its text in. */
    static byte[] word97() throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            fs.createDocument(new ByteArrayInputStream(new byte[4096]), "WordDocument");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    /** A .docx saved with a password: the package encrypted inside an OLE2 file. */
    static byte[] encrypted(byte[] docx) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("hemligt");
            try (OutputStream os = encryptor.getDataStream(fs)) {
                os.write(docx);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    /** A document part declaring an external entity. */
    static byte[] xxe() throws Exception {
        byte[] valid = LinearReadersTest.docx("<w:p><w:r><w:t>&xxe;</w:t></w:r></w:p>");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes);
             var in = new java.util.zip.ZipInputStream(new ByteArrayInputStream(valid))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                if (e.getName().equals("word/document.xml")) {
                    text = text.replace("?><w:document", "?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><w:document");
                }
                zip.putNextEntry(new ZipEntry(e.getName()));
                zip.write(text.getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
