package se.finsam.check.read.form;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A choice of check boxes, as any reader's cell text has it, reads as the label checked. */
class CheckBoxesTest {

    @Test
    void aChoiceReadsAsTheLabelCheckedAndOtherTextAsItIs() {
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("☒ Ja ☐ Nej", "Ja");
        cases.put("☐ Ja ☑ Nej", "Nej");
        cases.put("☐ Ja ☐ Nej", "");
        cases.put("Ja ☒ Nej ☐", "Ja");
        cases.put("Diskuterad i LOKUS-gruppen: ☐ Ja ⌧ Nej", "Diskuterad i LOKUS-gruppen: Nej");
        cases.put("☒ Ja ☒ Nej", "Ja Nej");
        // no choice: a sentence after a box, a box without a label, no box
        cases.put("☒ Ja, prioriteringen bygger på könsuppdelad statistik", "☒ Ja, prioriteringen bygger på könsuppdelad statistik");
        cases.put("☐", "☐");
        cases.put("Ja Nej", "Ja Nej");
        cases.forEach((text, read) -> assertEquals(read, CheckBoxes.read(text), text));
        // an export's line is read the same way
        assertEquals("Ja", TextForm.read("t.txt", "☒ Ja ☐ Nej").lines().get(0).text());
    }
}
