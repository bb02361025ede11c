package se.finsam.check.read.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import se.finsam.check.TestEngine;
import se.finsam.check.findings.DocumentResult;
import se.finsam.check.read.InputFiles;

/**
 * An OpenDocument text (.odt) and a Word 97–2003 file (.doc) of a sample form give exactly the findings of its text
 * export – rule, severity and the message's values – for every sample form. The .odt files are written here
 * ({@link OdtWriter}), plain and in the ways Writer stores what it shows; the .doc files are those LibreOffice made
 * of the rich .odt files (src/test/resources/doc/README.md).
 */
class LegacyFormsTest {

    @TempDir
    Path dir;

    static List<String> samples() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("testdata/forms"))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt"))
                    .map(n -> n.substring(0, n.length() - 4)).sorted().toList();
        }
    }

    @Test
    void everySampleAsOdtGivesTheFindingsOfItsTextExport() throws Exception {
        List<String> samples = samples();
        assertEquals(11, samples.size());
        for (String sample : samples) {
            Path text = Path.of("testdata/forms/" + sample + ".txt");
            List<String> expected = findings(text);
            for (OdtWriter.Style style : OdtWriter.Style.values()) {
                Path odt = dir.resolve(sample + "-" + style + ".odt");
                Files.write(odt, OdtWriter.write(Files.readAllLines(text), style));
                assertEquals(expected, findings(odt), sample + " " + style);
            }
        }
    }

    /** samples.zip: LibreOffice's .doc of the WORD_97 .odt; framed.zip: of the FRAMED one (a template's frame table). */
    @ParameterizedTest
    @ValueSource(strings = {"samples.zip", "framed.zip"})
    void everySampleAsDocGivesTheFindingsOfItsTextExport(String fixtures) throws Exception {
        List<String> samples = samples();
        Map<String, byte[]> docs = docFixtures(fixtures);
        assertEquals(samples.stream().map(s -> s + ".doc").sorted().toList(), docs.keySet().stream().sorted().toList());
        for (String sample : samples) {
            Path doc = dir.resolve(sample + ".doc");
            Files.write(doc, docs.get(sample + ".doc"));
            assertEquals(findings(Path.of("testdata/forms/" + sample + ".txt")), findings(doc), fixtures + " " + sample);
        }
    }

    /** The .doc fixtures LibreOffice wrote, by name (kept in one zip: a .doc is mostly empty sectors). */
    static Map<String, byte[]> docFixtures() throws IOException {
        return docFixtures("samples.zip");
    }

    static Map<String, byte[]> docFixtures(String zipName) throws IOException {
        Map<String, byte[]> docs = new TreeMap<>();
        try (InputStream in = LegacyFormsTest.class.getResourceAsStream("/doc/" + zipName);
             ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                docs.put(e.getName(), zip.readAllBytes());
            }
        }
        return docs;
    }

    /** The findings as rule/severity and the message's values, sorted; a file that is not checked fails. */
    static List<String> findings(Path file) {
        DocumentResult r = TestEngine.checker().check(new InputFiles.Input(file, file.getFileName().toString()));
        assertTrue(r.isChecked(), file + ": " + (r.error() == null ? "not checked" : r.error().key() + " " + r.error().args()));
        return r.findings().stream().map(f -> f.rule() + "/" + f.severity().id() + " " + f.args()).sorted().toList();
    }
}
