package se.finsam.check.output;

import java.util.ArrayList;
import java.util.List;
import se.finsam.check.findings.Messages;
import se.finsam.check.model.Place;

/**
 * Where a finding is, in the words of the form: a field pointer in plain words ("/resources/1/resultGoal" →
 * "resurstabellen, nr 2, resultatmål"), and for a structured file, which its writer edits by line, the line too.
 */
public final class FieldNames {

    private FieldNames() {
    }

    /** Where a finding is, for a person: the form's words; a structured file's line beside them. */
    public static String where(String source, se.finsam.check.model.Position at, Messages m) {
        String field = describe(at.pointer(), m);
        if (at.place() != null) {
            return m.get("where.place", field, place(at.place(), m));
        }
        return isForm(source) || at.line() <= 0 ? field : m.get("html.where", at.line(), field);
    }

    /**
     * A place in a Word or PDF original as a person finds it: "under ”Underskrifter”, tabell 3, rad 2", "sida 4,
     * rad 12", and for a scanned page that the text was recognised from it.
     */
    static String place(Place p, Messages m) {
        String placed = inForm(p, m);
        return p.ocr() ? m.get("place.ocr", placed) : p.guessed() ? m.get("place.guessed", placed)
                : p.grey() ? m.get("place.grey", placed) : p.derived() ? m.get("place.derived", placed) : placed;
    }

    /**
     * The place alone, without how it was read: what a letter tells the group, who have their form in front of them
     * – the note that a scan may be misread is for kansliet, who checks the original before sending the letter.
     */
    static String inForm(Place p, Messages m) {
        String at = p.isPage() ? m.get("place.page", p.page(), p.pageLine())
                : p.isTableRow() ? m.get("place.table", p.table(), p.row())
                : p.paragraph() > 0 ? m.get("place.paragraph", p.paragraph()) : "";
        return p.heading().isEmpty() || p.isPage() ? at
                : at.isEmpty() ? m.get("place.heading", p.heading()) : m.get("place.under", p.heading(), at);
    }

    /** A form kansliet received (Word, text): it has no lines of ours that its writer could find. */
    static boolean isForm(String source) {
        return se.finsam.check.read.InputType.byName(source).map(se.finsam.check.read.InputType::isForm).orElse(false);
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
