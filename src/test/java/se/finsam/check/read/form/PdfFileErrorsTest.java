package se.finsam.check.read.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.finsam.check.read.InputError;

/**
 * A PDF that cannot be read is one error saying why, in the user's words; time and memory stay bounded (a page
 * limit, an image size limit before anything is decoded); a PDF's scripts are never run, its text is read.
 */
class PdfFileErrorsTest {

    @Test
    void eachUnreadablePdfSaysWhy() throws Exception {
        assertEquals(List.of(PdfForm.Unreadable.EMPTY.ordinal()), refused(new byte[0]));
        assertEquals(List.of(PdfForm.Unreadable.NOT_PDF.ordinal()), refused("Inte en PDF %%EOF".getBytes()));
        assertEquals(List.of(PdfForm.Unreadable.TRUNCATED.ordinal()), refused(HostilePdfs.truncated()));
        assertEquals(List.of(PdfForm.Unreadable.ENCRYPTED.ordinal()), refused(HostilePdfs.encrypted()));
        assertEquals(List.of(PdfForm.Unreadable.TOO_MANY_PAGES.ordinal(), 5000, PdfForm.MAX_PAGES), refused(HostilePdfs.pages(5000)));
        assertEquals(List.of(PdfForm.Unreadable.SCANNED_NO_OCR.ordinal()), refused(HostilePdfs.imageOnly()));
        assertEquals(List.of(PdfForm.Unreadable.PAGES_NO_OCR.ordinal(), "2"), refused(HostilePdfs.textAndScan()));
        assertTrue(List.of(PdfForm.Unreadable.DAMAGED.ordinal(), PdfForm.Unreadable.NO_TEXT.ordinal())
                .contains(refused(HostilePdfs.broken()).get(0)));
    }

    @Test
    void aHugeImageIsRefusedBeforeItIsDecoded() throws Exception {
        Ocr never = Ocr.at(java.nio.file.Path.of("/nonexistent/tesseract"));
        InputError e = assertThrows(InputError.class, () -> PdfForm.read("x.pdf", HostilePdfs.hugeImage(), Optional.of(never)));
        assertEquals(List.of(PdfForm.Unreadable.HUGE_IMAGE.ordinal(), 1), e.args());
    }

    @Test
    void theTextOfAnOwnerPasswordOnlyOrAJavaScriptPdfIsRead() throws Exception {
        for (byte[] pdf : List.of(HostilePdfs.ownerPasswordOnly(), HostilePdfs.javaScript())) {
            FormText text = PdfForm.read("x.pdf", pdf, Optional.empty());
            List<String> lines = new ArrayList<>();
            text.lines().forEach(l -> lines.add(l.text()));
            assertEquals(List.of("Anteckningar från mötet, inget formulär här."), lines);
        }
    }

    private static List<Object> refused(byte[] pdf) {
        InputError e = assertThrows(InputError.class, () -> PdfForm.read("x.pdf", pdf, Optional.empty()));
        assertEquals("form.pdf", e.key());
        return e.args();
    }
}
