package se.finsam.check.read;

import java.util.Map;
import se.finsam.check.model.Document;
import se.finsam.check.model.Place;
import se.finsam.check.model.Position;
import se.finsam.check.model.Reading;
import se.finsam.check.model.Signature;

/**
 * How a form reader came by the values of a document, by pointer ("/signatures/2", "/signatures/2/date"), put on
 * the model after it is built: the structured format itself never says how sure a reader was.
 */
public final class Readings {

    private Readings() {
    }

    /**
     * Marks the document as read from a form, each signature with how its block and its date were read, and an
     * answer set as the template's guidance with the place a Word reader gives it.
     */
    public static void apply(Document doc, Map<String, Reading> readings) {
        doc.setReadFromForm(true);
        doc.getAnswers().forEach((key, answer) -> {
            if (readings.get("/answers/" + key) == Reading.SET_AS_GUIDANCE) {
                Position at = answer.getPosition();
                answer.setPosition(new Position(at.pointer(), at.line(), at.column(), Place.inText().setAsGuidance()));
            }
        });
        for (int i = 0; i < doc.getSignatures().size(); i++) {
            Signature s = doc.getSignatures().get(i);
            s.setReading(readings.getOrDefault("/signatures/" + i, Reading.PLAIN));
            s.setDateReading(readings.get("/signatures/" + i + "/date"));
        }
    }
}
