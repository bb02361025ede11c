package se.finsam.check.read.form;

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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.finsam.check.CliTest;
import se.finsam.check.TestEngine;
import se.finsam.check.findings.DocumentResult;
import se.finsam.check.read.FileSignature;
import se.finsam.check.read.InputFiles;
import se.finsam.check.read.InputType;

/**
 * A form file is read as what its content is, whatever its name says – a .doc renamed .docx as a .doc, an .odt
 * renamed .txt as an .odt – or refused with one line saying what it is (an Excel workbook renamed .docx).
 */
class KnownByContentTest {

    private static final String SAMPLE = "plan-2017-heby";
    private static final String PLAN = "<w:p><w:r><w:t>Blankett för verksamhetsplan 2017</w:t></w:r></w:p>"
            + "<w:p><w:r><w:t>LOKUS-grupp område: Heby</w:t></w:r></w:p>";
    private static final String WORD_MAIN = "wordprocessingml.document.main+xml";

    @TempDir
    Path dir;

    /**
     * A file's name and content, and what must come of it: read with the findings of the file it was made from
     * (key null), or refused with key (and the reason's number, when the key has one).
     */
    private record Case(String name, byte[] content, Path sameAs, String key, Object reason) {
        Case(String name, byte[] content, Path sameAs) {
            this(name, content, sameAs, null, null);
        }

        Case(String name, byte[] content, String key, Object reason) {
            this(name, content, null, key, reason);
        }
    }

    private List<Case> cases() throws Exception {
        Path text = sampleText();
        Path plan = Files.write(dir.resolve("plan.docx"), LinearReadersTest.docx(PLAN));
        byte[] doc = LegacyFormsTest.docFixtures().get(SAMPLE + ".doc");
        byte[] odt = OdtWriter.write(Files.readAllLines(sampleText()), OdtWriter.Style.RICH);
        byte[] docx = LinearReadersTest.docx(PLAN);
        List<Case> cases = new ArrayList<>();
        cases.add(new Case("doc-as.docx", doc, text));
        cases.add(new Case("doc-as.txt", doc, text));
        cases.add(new Case("doc-as.odt", doc, text));
        cases.add(new Case("odt-as.docx", odt, text));
        cases.add(new Case("odt-as.txt", odt, text));
        cases.add(new Case("odt-as.doc", odt, text));
        cases.add(new Case("docx-as.odt", docx, plan));
        cases.add(new Case("macros.docm", docm(docx), plan));
        cases.add(new Case("macros-as.docx", docm(docx), plan));
        // a PDF under a Word name is read as the PDF it is: this one is only a header, so the PDF reader says so
        cases.add(new Case("pdf-as.docx", "%PDF-1.7\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1), "form.pdf", PdfForm.Unreadable.TRUNCATED.ordinal()));
        cases.add(new Case("rtf-as.doc", "{\\rtf1\\ansi Verksamhetsplan 2017}".getBytes(StandardCharsets.US_ASCII), "input.type.rtf", null));
        cases.add(new Case("xlsx-as.docx", office("spreadsheetml.sheet.main+xml", "xl/workbook.xml"), "input.type.excel", null));
        cases.add(new Case("pptx-as.docx", office("presentationml.presentation.main+xml", "ppt/presentation.xml"), "input.type.powerpoint", null));
        cases.add(new Case("xls-as.doc", ole2("Workbook"), "input.type.excel", null));
        cases.add(new Case("ppt-as.docx", ole2("PowerPoint Document"), "input.type.powerpoint", null));
        cases.add(new Case("ods-as.odt", odf("application/vnd.oasis.opendocument.spreadsheet"), "input.type.ods", null));
        cases.add(new Case("zip-as.txt", zip("notes.txt", "Verksamhetsplan 2017"), "input.type.zip", null));
        // a phone's photo of the signed page, under a form's name or its own: a picture, the group asked for the form
        cases.add(new Case("photo-as.docx", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE1, 0, 0x10}, "input.type.image", null));
        cases.add(new Case("scan.tiff", new byte[] {'I', 'I', '*', 0, 8, 0, 0, 0}, "input.type.image", null));
        // what only shows its container is left to the reader the name says, which says what is wrong
        cases.add(new Case("zip-as.docx", zip("notes.txt", "Verksamhetsplan 2017"), "form.docx", DocxForm.Unreadable.NOT_WORD.ordinal()));
        cases.add(new Case("zip-as.odt", zip("notes.txt", "Verksamhetsplan 2017"), "form.odt", OdtForm.Unreadable.NO_CONTENT.ordinal()));
        cases.add(new Case("damaged-doc-as.docx", WordFileErrorsTest.word97(), "form.doc", DocForm.Unreadable.DAMAGED.ordinal()));
        cases.add(new Case("encrypted-as.doc", WordFileErrorsTest.encrypted(docx), "form.docx", DocxForm.Unreadable.ENCRYPTED.ordinal()));
        cases.add(new Case("text-as.doc", "Verksamhetsplan 2017\n".getBytes(StandardCharsets.UTF_8), "form.doc", DocForm.Unreadable.NOT_DOC.ordinal()));
        cases.add(new Case("text-as.odt", "Verksamhetsplan 2017\n".getBytes(StandardCharsets.UTF_8), "form.odt", OdtForm.Unreadable.NOT_ZIP.ordinal()));
        return cases;
    }

    @Test
    void eachFileIsReadAsWhatItIsOrRefusedSayingWhatItIs() throws Exception {
        for (Case c : cases()) {
            Path file = dir.resolve(c.name());
            Files.write(file, c.content());
            DocumentResult r = TestEngine.checker().check(new InputFiles.Input(file, c.name()));
            if (c.key() == null) {
                assertEquals(LegacyFormsTest.findings(c.sameAs()), LegacyFormsTest.findings(file), c.name());
            } else {
                assertFalse(r.isChecked(), c.name());
                assertEquals(c.key(), r.error().key(), c.name());
                assertEquals(c.reason() == null ? List.of() : List.of(c.reason()), r.error().args(), c.name());
            }
        }
    }

    @Test
    void theLineSaysWhatTheFileIs() throws Exception {
        Files.write(dir.resolve("blankett.docx"), office("spreadsheetml.sheet.main+xml", "xl/workbook.xml"));
        Files.write(dir.resolve("skannad.docx"), "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII));
        CliTest.Run r = CliTest.run("check", dir.toString());
        assertTrue(r.err().contains("blankett.docx: är en Excel-arbetsbok, inte en blankett"), r.err());
        assertTrue(r.err().contains("skannad.docx: PDF-filen går inte att läsa"), r.err());
        CliTest.Run en = CliTest.run("check", "--lang", "en", dir.toString());
        assertTrue(en.err().contains("blankett.docx: is an Excel workbook, not a form"), en.err());
    }

    /** Only a zip's whole signature makes a zip: a text export may start with the letters PK. */
    @Test
    void aTextStartingWithPkIsText() throws Exception {
        Path text = Files.writeString(dir.resolve("pk.txt"), "PK-gruppen\n\nBlankett för verksamhetsplan 2017\n\nLOKUS-grupp område: Heby\n");
        DocumentResult r = TestEngine.checker().check(new InputFiles.Input(text, "pk.txt"));
        assertTrue(r.isChecked(), String.valueOf(r.error() == null ? null : r.error().key()));
        assertEquals("plan", r.kindId());
    }

    @Test
    void aFolderWalkPicksUpDocAndOdtForms() throws Exception {
        Path forms = Files.createDirectories(dir.resolve("forms"));
        Files.write(forms.resolve("heby.doc"), LegacyFormsTest.docFixtures().get(SAMPLE + ".doc"));
        Files.write(forms.resolve("heby.odt"), OdtWriter.write(Files.readAllLines(sampleText()), OdtWriter.Style.PLAIN));
        CliTest.Run r = CliTest.run("check", "--format", "json", forms.toString());
        JsonNode documents = new ObjectMapper().readTree(r.out()).get("documents");
        assertEquals(2, documents.size(), r.out());
        for (JsonNode d : documents) {
            assertEquals("checked", d.get("status").asText(), d.toString());
            assertEquals("plan", d.get("kind").asText(), d.toString());
        }
        assertEquals("", r.err());
    }

    /**
     * Every content is read by one input type or refused with a key of its own – a plain zip both: read as an archive
     * under its own name, refused under a form's; the README lists every type.
     */
    @Test
    void everyContentIsReadOrNamedAndTheReadmeListsEveryType() throws Exception {
        for (FileSignature s : FileSignature.values()) {
            long readers = Arrays.stream(InputType.values()).filter(t -> t.reads().contains(s)).count();
            assertTrue(readers == 1 && (s.key() == null || s == FileSignature.ZIP) || readers == 0 && s.key() != null,
                    s.name());
        }
        String readme = Files.readString(Path.of("README.md"));
        for (InputType t : InputType.values()) {
            for (String ext : t.extensions()) {
                assertTrue(readme.contains("`*" + ext + "`"), "README lists *" + ext);
            }
        }
    }

    private static Path sampleText() {
        return Path.of("testdata/forms/" + SAMPLE + ".txt");
    }

    /** The .docx with its main part's content type that of a Word file with macros. */
    private static byte[] docm(byte[] docx) throws Exception {
        return rezip(docx, "[Content_Types].xml", t -> t.replace("officedocument." + WORD_MAIN,
                "ms-word.document.macroEnabled.main+xml"));
    }

    /** An Office package whose main part has this content type. */
    private static byte[] office(String mainType, String mainPart) throws Exception {
        return rezip(LinearReadersTest.docx(PLAN), "[Content_Types].xml",
                t -> t.replace(WORD_MAIN, mainType).replace("/word/document.xml", "/" + mainPart));
    }

    static byte[] rezip(byte[] zip, String name, java.util.function.UnaryOperator<String> change) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes);
             var in = new java.util.zip.ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                OdtWriter.entry(out, e.getName(), e.getName().equals(name) ? change.apply(text) : text);
            }
        }
        return bytes.toByteArray();
    }

    /** An OpenDocument file of another media type than text. */
    private static byte[] odf(String mimetype) throws Exception {
        return rezip(OdtWriter.odt(OdtWriter.content("<office:text/>")), "mimetype", t -> mimetype);
    }

    private static byte[] zip(String name, String text) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            OdtWriter.entry(out, name, text);
        }
        return bytes.toByteArray();
    }

    /** An OLE2 file with this stream in its root (Excel's "Workbook", PowerPoint's "PowerPoint Document"). */
    private static byte[] ole2(String stream) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            fs.createDocument(new ByteArrayInputStream(new byte[4096]), stream);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }
}
