package se.finsam.check.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import se.finsam.check.edition.Editions;
import se.finsam.check.read.DocumentReader;
import se.finsam.check.read.InputError;
import se.finsam.check.read.SwedishDates;
import se.finsam.check.read.TreeReader;
import se.finsam.check.read.form.DocForm;
import se.finsam.check.read.form.DocxForm;
import se.finsam.check.read.form.PdfForm;
import se.finsam.check.read.form.FormLayout;
import se.finsam.check.read.form.FormParser;
import se.finsam.check.read.form.OdtForm;
import se.finsam.check.read.form.TextForm;

/**
 * Coverage-guided fuzzing of every reader: whatever the bytes, a reader returns a result or an {@link InputError};
 * any other exception is a bug. Plain test runs replay the inputs under src/test/resources/se/finsam/check/fuzz/
 * (crashes found become regression inputs there); {@code JAZZER_FUZZ=1 mvn test -Dtest=ReadersFuzzTest} fuzzes, for
 * the time each target's maxDuration allows.
 */
class ReadersFuzzTest {

    private static final Editions EDITIONS = Editions.builtIn();
    private static final FormParser FORMS = new FormParser(FormLayout.builtIn(), EDITIONS);

    @FuzzTest(maxDuration = "30s")
    void structuredFiles(byte[] data) {
        String text = new String(data, java.nio.charset.StandardCharsets.UTF_8);
        for (String name : new String[] {"f.yaml", "f.json"}) {
            try {
                new DocumentReader(name).read(new TreeReader().read(name, new StringReader(text)));
            } catch (InputError expected) {
                // refused with a message: the right outcome for a broken file
            }
        }
    }

    @FuzzTest(maxDuration = "30s")
    void textForms(byte[] data) {
        try {
            FORMS.parse(TextForm.read("f.txt", new String(data, java.nio.charset.StandardCharsets.UTF_8))).toNode();
        } catch (InputError expected) {
            // not a form
        }
    }

    @FuzzTest(maxDuration = "30s")
    void wordForms(byte[] data) {
        try {
            FORMS.parse(DocxForm.read("f.docx", new ByteArrayInputStream(data))).toNode();
        } catch (InputError | IOException expected) {
            // not a form, or not a Word file: FormLoader reports both as one error line
        } catch (RuntimeException poi) {
            // POI signals broken packages with unchecked exceptions; FormLoader turns them into one error line
        }
    }

    /** The .doc and .odt readers catch whatever their parsing throws: any exception out of them is a bug. */
    @FuzzTest(maxDuration = "30s")
    void docForms(byte[] data) {
        try {
            FORMS.parse(DocForm.read("f.doc", data)).toNode();
        } catch (InputError expected) {
            // not a form, or not a Word 97–2003 file
        }
    }

    @FuzzTest(maxDuration = "30s")
    void odtForms(byte[] data) {
        try {
            FORMS.parse(OdtForm.read("f.odt", data)).toNode();
        } catch (InputError expected) {
            // not a form, or not an OpenDocument text
        }
    }

    @FuzzTest(maxDuration = "30s")
    void pdfForms(byte[] data) {
        try {
            FORMS.parse(PdfForm.read("f.pdf", data)).toNode();
        } catch (InputError expected) {
            // not a form, or a PDF that cannot be read: PdfForm says which; a fault of our own is a crash
        }
    }

    @FuzzTest(maxDuration = "30s")
    void swedishDates(String text) {
        SwedishDates.read(text, 2016);
    }
}
