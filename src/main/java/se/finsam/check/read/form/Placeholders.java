package se.finsam.check.read.form;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.w3c.dom.Element;

/**
 * Whether a content control shows its placeholder – the template's prompt, not an answer: it says so itself
 * (w:showingPlcHdr), or its text is the text of its placeholder part in the file's glossary, or one of the prompts
 * Word puts in a new control, or a list's item that has no value. And whether a paragraph is the template's guidance left in ("Beskriv här …" in grey
 * under its question): told by how it is set and worded, see {@link #isGuidance} – in a PDF by its grey and the
 * same wording ({@link PdfForm}).
 */
final class Placeholders {

    /** Word's own prompts in a new control (Swedish and English Word). */
    private static final Set<String> WORD = normalised(List.of(
            "Klicka eller tryck här för att ange text.", "Klicka här för att ange text.",
            "Klicka eller tryck för att ange ett datum.", "Klicka här för att ange ett datum.", "Välj ett objekt.",
            "Click or tap here to enter text.", "Click here to enter text.", "Click or tap to enter a date.",
            "Click here to enter a date.", "Choose an item."));

    /** How a template's guidance opens (forms.yaml: guidance), as whole words at the start of the text. */
    private static final Pattern GUIDANCE = opening(FormLayout.builtIn().guidance());

    private static final Pattern BRACKET = Pattern.compile("^[(\\[{]+\\s*");

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
        return text.equals(parts.get(part)) || WORD.contains(text) || isUnchosen(properties, text);
    }

    /**
     * Whether a drop-down list or combo box shows a list item without a value: the template's prompt among the
     * choices ("Välj kommun"), not a choice.
     */
    private static boolean isUnchosen(Element sdtPr, String text) {
        Element list = WordXml.child(sdtPr, "dropDownList");
        list = list != null ? list : WordXml.child(sdtPr, "comboBox");
        for (Element item : list == null ? List.<Element>of() : WordXml.children(list)) {
            String shown = WordXml.attribute(item, "displayText");
            if (WordXml.name(item).equals("listItem") && WordXml.attribute(item, "value").isEmpty()
                    && normalise(shown.isEmpty() ? WordXml.attribute(item, "value") : shown).equals(text)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a paragraph is the template's guidance, not an answer: set as guidance (in grey or Word's "Placeholder
     * Text" style – its text – or in an instruction paragraph style) and worded as guidance or as one of Word's
     * prompts. Both, since an answer typed over the guidance keeps how it was set: text so set but worded otherwise
     * is read as an answer – it may be one, and no group is told to answer what it did.
     */
    boolean isGuidance(WordRuns.Shown shown, boolean instructionStyle) {
        return (shown.prompt() || instructionStyle) && isWordedAsGuidance(shown.text());
    }

    /** Whether a text is worded as a template's guidance or as one of Word's prompts (a PDF's grey text too). */
    static boolean isWordedAsGuidance(String shown) {
        // a template sets its guidance in brackets as often as not: "(Beskriv kortfattat …)", "[Skriv här]"
        String text = BRACKET.matcher(normalise(shown)).replaceFirst("");
        return !text.isEmpty() && (GUIDANCE.matcher(text).lookingAt() || WORD.contains(text));
    }

    /**
     * Whether a colour (0xRRGGBB) is a grey a template sets its guidance in: equal parts red, green and blue,
     * neither near black nor white.
     */
    static boolean isGrey(int rgb) {
        int r = (rgb >> 16) & 0xff;
        int g = (rgb >> 8) & 0xff;
        int b = rgb & 0xff;
        int max = Math.max(r, Math.max(g, b));
        int min = Math.min(r, Math.min(g, b));
        return max - min <= 0x18 && min >= 0x70 && max <= 0xe0;
    }

    /** A pattern of texts that open a text, each as whole words ("obs" not "observation", "t.ex" in its spellings). */
    static Pattern opening(List<String> openings) {
        return Pattern.compile(openings.stream().map(o -> Pattern.quote(normalise(o))).collect(Collectors.joining("|",
                "(?:", ")(?![\\p{L}\\p{N}])")), Pattern.UNICODE_CASE);
    }

    private static String normalise(String text) {
        return TextForm.clean(text).toLowerCase(Locale.ROOT);
    }

    private static Set<String> normalised(List<String> texts) {
        return texts.stream().map(Placeholders::normalise).collect(Collectors.toUnmodifiableSet());
    }
}
