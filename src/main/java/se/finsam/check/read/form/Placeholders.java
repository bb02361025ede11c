package se.finsam.check.read.form;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.w3c.dom.Element;

/**
 * Whether a content control shows its placeholder – the template's prompt, not an answer: it says so itself
 * (w:showingPlcHdr), or its text is the text of its placeholder part in the file's glossary, or one of the prompts
 * Word puts in a new control.
 */
final class Placeholders {

    /** Word's own prompts in a new control (Swedish and English Word). */
    private static final Set<String> WORD = normalised(List.of(
            "Klicka eller tryck här för att ange text.", "Klicka här för att ange text.",
            "Klicka eller tryck för att ange ett datum.", "Klicka här för att ange ett datum.", "Välj ett objekt.",
            "Click or tap here to enter text.", "Click here to enter text.", "Click or tap to enter a date.",
            "Click here to enter a date.", "Choose an item."));

    /** The placeholder texts of the file's glossary, by the name of their part. */
    private final Map<String, String> parts;

    Placeholders(Map<String, String> parts) {
        this.parts = new HashMap<>();
        parts.forEach((name, text) -> this.parts.put(name, normalise(text)));
    }

    /** True when the control (w:sdt) whose content shows this text is showing its placeholder. */
    boolean shows(Element sdt, String shown) {
        Element properties = WordXml.child(sdt, "sdtPr");
        if (WordXml.on(WordXml.child(properties, "showingPlcHdr"))) {
            return true;
        }
        String text = normalise(shown);
        if (text.isEmpty()) {
            return false;
        }
        String part = WordXml.attribute(WordXml.child(WordXml.child(properties, "placeholder"), "docPart"), "val");
        return text.equals(parts.get(part)) || WORD.contains(text);
    }

    private static String normalise(String text) {
        return TextForm.clean(text).toLowerCase(Locale.ROOT);
    }

    private static Set<String> normalised(List<String> texts) {
        return texts.stream().map(Placeholders::normalise).collect(Collectors.toUnmodifiableSet());
    }
}
