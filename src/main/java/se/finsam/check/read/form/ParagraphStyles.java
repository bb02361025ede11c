package se.finsam.check.read.form;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.w3c.dom.Element;

/**
 * What a Word paragraph's style says about where blocks part: a heading (a heading style, the title, or an outline
 * level) stands apart from the lines around it, and so does a paragraph set off by spacing – what a blank line is
 * in a text export. Styles are looked up by id through the styles they are based on.
 */
final class ParagraphStyles {

    /** Spacing that sets a block apart, in twentieths of a point: more than the 8 pt Word puts after every paragraph. */
    static final int GAP = 200;
    private static final int MAX_BASED_ON = 16;
    private static final Pattern HEADING = Pattern.compile("(heading|rubrik|överskrift)\\s*\\d|title|rubrik",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** A style for the template's guidance ("Instruktion", "Hjälptext", "Anvisning"), by its name or id. */
    private static final Pattern INSTRUCTION = Pattern.compile(".*(instru|hjälptext|hjalptext|anvisning|vägledning"
            + "|placeholder|platshållar).*", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * Word's styles for a table of contents: "toc 1" … "toc 9" and "TOC Heading" are the built-in names in every
     * language's Word (the ids are translated: "Innehll1", "Verzeichnis1"), as LibreOffice's "Contents 1" is its own.
     */
    private static final Pattern CONTENTS = Pattern.compile("toc\\s*\\d|toc\\s*heading|contents\\s*(\\d|heading)",
            Pattern.CASE_INSENSITIVE);

    /** A style's own settings; -1 where it sets none. */
    private record Style(String name, int outline, String basedOn, int before, int after, Element numPr) {
    }

    private final Map<String, Style> styles = new HashMap<>();
    private String defaultStyle = "";

    /** No styles part: only what each paragraph sets itself counts. */
    ParagraphStyles() {
    }

    /** The paragraph styles of a styles part (w:styles). */
    ParagraphStyles(Element root) {
        for (Element s : WordXml.children(root)) {
            if (!WordXml.name(s).equals("style") || !WordXml.attribute(s, "type").equals("paragraph")) {
                continue;
            }
            String id = WordXml.attribute(s, "styleId");
            Element pPr = WordXml.child(s, "pPr");
            Element spacing = WordXml.child(pPr, "spacing");
            styles.put(id, new Style(WordXml.attribute(WordXml.child(s, "name"), "val"),
                    WordXml.number(pPr, "outlineLvl", "val", -1), WordXml.attribute(WordXml.child(s, "basedOn"), "val"),
                    number(spacing, "before"), number(spacing, "after"), WordXml.child(pPr, "numPr")));
            String isDefault = WordXml.attribute(s, "default");
            if (isDefault.equals("1") || isDefault.equals("true") || isDefault.equals("on")) {
                defaultStyle = id;
            }
        }
    }

    /** A heading: an outline level of its own or from its style, or a style named as a heading or the title. */
    boolean isHeading(Element pPr) {
        int outline = WordXml.number(pPr, "outlineLvl", "val", -1);
        if (outline >= 0) {
            return outline < 9;
        }
        String id = styleOf(pPr);
        for (int i = 0; i < MAX_BASED_ON && styles.containsKey(id); i++) {
            Style s = styles.get(id);
            if (s.outline() >= 0 && s.outline() < 9 || HEADING.matcher(s.name()).lookingAt()) {
                return true;
            }
            id = s.basedOn();
        }
        return false;
    }

    /** A paragraph in a style for the template's guidance, its own or one it is based on. */
    boolean isInstruction(Element pPr) {
        String id = WordXml.attribute(WordXml.child(pPr, "pStyle"), "val");
        for (int i = 0; i < MAX_BASED_ON && !id.isEmpty(); i++) {
            Style s = styles.get(id);
            if (INSTRUCTION.matcher(id).matches() || s != null && INSTRUCTION.matcher(s.name()).matches()) {
                return true;
            }
            id = s == null ? "" : s.basedOn();
        }
        return false;
    }

    /** A paragraph of a table of contents, by its style or one it is based on. */
    boolean isContents(Element pPr) {
        String id = WordXml.attribute(WordXml.child(pPr, "pStyle"), "val");
        for (int i = 0; i < MAX_BASED_ON && styles.containsKey(id); i++) {
            Style s = styles.get(id);
            if (CONTENTS.matcher(s.name()).matches()) {
                return true;
            }
            id = s.basedOn();
        }
        return CONTENTS.matcher(id).matches();
    }

    boolean spacedBefore(Element pPr) {
        return spacing(pPr, "before") >= GAP;
    }

    boolean spacedAfter(Element pPr) {
        return spacing(pPr, "after") >= GAP;
    }

    /** The paragraph's spacing: its own, else its style's (through the styles it is based on). */
    private int spacing(Element pPr, String side) {
        int own = number(WordXml.child(pPr, "spacing"), side);
        if (own >= 0) {
            return own;
        }
        String id = styleOf(pPr);
        for (int i = 0; i < MAX_BASED_ON && styles.containsKey(id); i++) {
            Style s = styles.get(id);
            int set = side.equals("before") ? s.before() : s.after();
            if (set >= 0) {
                return set;
            }
            id = s.basedOn();
        }
        return 0;
    }

    /** The list a paragraph is an item of (w:numPr): its own, else its style's; null when none. */
    Element numbering(Element pPr) {
        Element own = WordXml.child(pPr, "numPr");
        if (own != null) {
            return own;
        }
        String id = styleOf(pPr);
        for (int i = 0; i < MAX_BASED_ON && styles.containsKey(id); i++) {
            Style s = styles.get(id);
            if (s.numPr() != null) {
                return s.numPr();
            }
            id = s.basedOn();
        }
        return null;
    }

    private String styleOf(Element pPr) {
        String id = WordXml.attribute(WordXml.child(pPr, "pStyle"), "val");
        return id.isEmpty() ? defaultStyle : id;
    }

    private static int number(Element spacing, String side) {
        String v = WordXml.attribute(spacing, side);
        try {
            return v.isEmpty() ? -1 : Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
