package se.finsam.check.read.form;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.finsam.check.TestEngine;
import se.finsam.check.findings.DocumentResult;
import se.finsam.check.findings.Messages;
import se.finsam.check.findings.Verdict;
import se.finsam.check.output.FieldNames;
import se.finsam.check.read.InputFiles;

/**
 * Text a group typed over the template's grey guidance keeps the guidance's look: it is read as what it says, and
 * kansliet is asked to look at it in the original – never an error resting on it, never silent. The Heby plan as a
 * plain Word file, one of its paragraphs set grey as the template sets its guidance.
 */
class GuidanceLookTest {

    private static final String GREY = ", satt som mallens hjälptext (grått eller hjälptextens format) – kontrollera i originalet att det inte är kvarlämnad hjälptext)";
    private static final String TARGET_GROUPS = "Utifrån de data som framkommer i LOTS ärenden";

    @TempDir
    Path dir;

    @Test
    void theDeadlineErrorOnAReceivedDateInTheTemplatesGreyIsAWarningThatSaysWhy() throws Exception {
        DocumentResult r = check(greyed("2016-09-26"));
        assertEquals(List.of("deadline/warning 2016-09-26: mottagningsdatum (stycke 1" + GREY), findings(r, "deadline"));
        assertEquals(Verdict.CHECK_ORIGINAL, r.verdict());
    }

    @Test
    void aMandatoryAnswerInTheTemplatesGreyIsReadAndKanslietIsAskedToLook() throws Exception {
        DocumentResult plain = check(greyed("no paragraph"));
        DocumentResult r = check(greyed(TARGET_GROUPS));
        assertEquals(List.of(), findings(plain, "required-answers"));
        assertEquals(List.of("required-answers/warning Vilka målgrupper kommer LOKUS-gruppen att prioritera under 2017?: "
                + "frågesvaren, målgrupper (under ”Vilka målgrupper kommer LOKUS-gruppen att prioritera under 2017?”, stycke 1"
                + GREY), findings(r, "required-answers"));
        assertEquals(WordStylesTest.findings(plain).size() + 1, WordStylesTest.findings(r).size());
    }

    private DocumentResult check(byte[] docx) throws Exception {
        Path file = Files.write(dir.resolve("heby.docx"), docx);
        return TestEngine.checker().check(new InputFiles.Input(file, "heby.docx"));
    }

    /** A rule's findings: rule/severity, the first argument and where, in Swedish. */
    private static List<String> findings(DocumentResult r, String rule) {
        Messages m = Messages.forLanguage("sv");
        return r.findings().stream().filter(f -> f.rule().equals(rule))
                .map(f -> f.rule() + "/" + f.severity().id() + " " + f.args().get(0) + ": "
                        + FieldNames.where(r.source(), f.position(), m)).toList();
    }

    /** The plan as a plain Word file, the paragraph starting with this text set in the template's grey. */
    private static byte[] greyed(String start) throws Exception {
        String text = Files.readString(Path.of("testdata/forms/plan-2017-heby.txt"));
        byte[] docx = WordStyles.write(text, "plan", WordStyles.Style.PLAIN);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                byte[] part = in.readAllBytes();
                if (e.getName().equals("word/document.xml")) {
                    part = new String(part, StandardCharsets.UTF_8).replace("<w:r><w:t xml:space=\"preserve\">" + start,
                            "<w:r><w:rPr><w:color w:val=\"808080\"/></w:rPr><w:t xml:space=\"preserve\">" + start)
                            .getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(e.getName()));
                zip.write(part);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
