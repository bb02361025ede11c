package se.finsam.check.output;

import java.util.ArrayList;
import java.util.List;
import se.finsam.check.findings.Messages;

/** A field pointer in plain words for a letter: "/resources/1/resultGoal" → "resurstabellen, rad 2, resultatmål". */
final class FieldNames {

    private FieldNames() {
    }

    static String describe(String pointer, Messages m) {
        List<String> words = new ArrayList<>();
        for (String segment : pointer.split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            if (segment.matches("\\d+")) {
                words.add(m.get("field.index", Integer.parseInt(segment) + 1));
            } else {
                words.add(m.has("field." + segment) ? m.get("field." + segment) : segment);
            }
        }
        return String.join(", ", words);
    }
}
