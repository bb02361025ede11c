package se.finsam.check.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A browser's file name becomes a label to show and, at most, an extension for a file name of ours. */
class LabelTest {

    @Test
    void foldersAreDroppedAndNothingButTheNameIsKept() {
        assertEquals("plan.docx", Label.of("plan.docx"));
        assertEquals("plan.docx", Label.of("C:\\Users\\kansliet\\Skrivbord\\plan.docx"));
        assertEquals("passwd.yaml", Label.of("../../../etc/passwd.yaml"));
        assertEquals("dokument", Label.of(".."));
        assertEquals("dokument", Label.of("../"));
        assertEquals("dokument", Label.of(""));
        assertEquals("dokument", Label.of(null));
        assertEquals("Slutrapport Älvkarleby 2017.docx", Label.of("Slutrapport Älvkarleby 2017.docx"));
    }

    @Test
    void controlCharactersAndDriveColonsAreReplaced() {
        assertEquals("a_b.yaml", Label.of("a\u0000b.yaml"));
        assertEquals("_[31mred.txt", Label.of("\u001b[31mred.txt"));
        assertEquals("x_ y.txt", Label.of("x: y.txt"));
    }

    @Test
    void aLongNameIsCutKeepingItsExtension() {
        String label = Label.of("x".repeat(500) + ".docx");
        assertEquals(120, label.length());
        assertEquals(".docx", Label.extension(label));
    }

    @Test
    void onlyAnExtensionOfLettersAndDigitsReachesAFileName() {
        assertEquals(".docx", Label.extension("plan.docx"));
        assertEquals(".YAML", Label.extension("PLAN.YAML"));
        assertEquals("", Label.extension("plan"));
        assertEquals("", Label.extension("plan.tar gz"));
        assertEquals("", Label.extension("plan." + "x".repeat(11)));
        assertEquals("", Label.extension("dokument"));
    }
}
