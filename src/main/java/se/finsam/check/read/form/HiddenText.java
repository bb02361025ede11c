package se.finsam.check.read.form;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Element;

/**
 * Hidden text (w:vanish): a template's instructions, or an old question, that Word does not show or print – no
 * answer and no question of the form. A run is hidden by its own properties, else by its character style, else by
 * its paragraph's style; a style by its own properties or one it is based on.
 */
final class HiddenText {

    private static final int MAX_BASED_ON = 16;

    /** No styles part: only what each run sets itself counts. */
    static final HiddenText NONE = new HiddenText(null);

    /** Each style's own w:vanish (null where it sets none) and the style it is based on. */
    private record Style(Boolean vanish, String basedOn) {
    }

    private final Map<String, Style> styles = new HashMap<>();

    /** The character and paragraph styles of a styles part (w:styles); null for none. */
    HiddenText(Element root) {
        for (Element s : root == null ? List.<Element>of() : WordXml.children(root)) {
            if (WordXml.name(s).equals("style")) {
                Element vanish = WordXml.child(WordXml.child(s, "rPr"), "vanish");
                styles.put(WordXml.attribute(s, "styleId"), new Style(vanish == null ? null : WordXml.on(vanish),
                        WordXml.attribute(WordXml.child(s, "basedOn"), "val")));
            }
        }
    }

    /** Whether a paragraph's style hides its runs (those that say nothing of their own). */
    boolean byParagraph(Element pPr) {
        return set(WordXml.attribute(WordXml.child(pPr, "pStyle"), "val")) == Boolean.TRUE;
    }

    /** Whether a run is hidden: its own w:vanish, else its character style's, else its paragraph's (paragraphHides). */
    boolean run(Element rPr, boolean paragraphHides) {
        Element own = WordXml.child(rPr, "vanish");
        if (own != null) {
            return WordXml.on(own);
        }
        String style = WordXml.attribute(WordXml.child(rPr, "rStyle"), "val");
        Boolean set = set(style);
        return set != null ? set : paragraphHides;
    }

    /** What a style (through those it is based on) sets; null when none of them sets it. */
    private Boolean set(String id) {
        for (int i = 0; i < MAX_BASED_ON && styles.containsKey(id); i++) {
            Style s = styles.get(id);
            if (s.vanish() != null) {
                return s.vanish();
            }
            id = s.basedOn();
        }
        return null;
    }
}
