package se.finsam.check.read.form;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.w3c.dom.Element;

/**
 * The text a Word paragraph shows: its runs, inline content controls (empty while showing the placeholder),
 * hyperlinks, inserted and moved-in text, a field's shown result, check boxes as ☒ or ☐ by their state ({@link
 * CheckBoxes}) – not deleted or moved-away text, a field's instruction or a comment's mark. How the text is set
 * tells the template's guidance left in (see {@link Shown#prompt}). A tab and a line break are kept (a tab, a newline), for the paragraph to be read
 * as its text export reads it (see {@link WordBody}); elsewhere they are spaces, so words on either side stay apart. Text boxes
 * anchored in the paragraph are handed back to be read as blocks of their own, once: a drawing's markup-compatibility
 * choice is read, its VML fallback (the same text again) is not.
 */
final class WordRuns {

    /**
     * A paragraph's text and the text boxes (w:txbxContent) anchored in it, in order. {@code prompt}: all its text
     * is set as a template sets its guidance – in grey or in Word's character style "Placeholder Text".
     */
    record Shown(String text, List<Element> boxes, boolean prompt) {
    }

    private final Placeholders placeholders;

    WordRuns(Placeholders placeholders) {
        this.placeholders = placeholders;
    }

    Placeholders placeholders() {
        return placeholders;
    }

    Shown paragraph(Element p, int depth) {
        Collector c = new Collector();
        inline(p, c, depth + 1);
        return new Shown(c.text.toString(), c.boxes, c.prompt == Boolean.TRUE);
    }

    /** What one paragraph collects; a field's state does not outlive its paragraph, so a broken field loses no more. */
    private static final class Collector {
        final StringBuilder text = new StringBuilder();
        final List<Element> boxes = new ArrayList<>();
        /** Per open field, whether its result is being shown (after w:fldCharType="separate"). */
        final List<Boolean> fields = new ArrayList<>();
        int instructions;
        /** Whether all runs with text so far are set as guidance; null before the first. */
        Boolean prompt;

        boolean shown() {
            return instructions == 0;
        }

        void append(String s) {
            if (shown()) {
                text.append(s);
            }
        }

        void appendText(String s, boolean asPrompt) {
            if (shown() && !s.isBlank()) {
                prompt = (prompt == null || prompt) && asPrompt;
            }
            append(s);
        }
    }

    private void inline(Element parent, Collector c, int depth) {
        WordXml.checkDepth(depth);
        for (Element e : WordXml.children(parent)) {
            switch (WordXml.name(e)) {
                case "r" -> run(e, c, depth + 1);
                case "sdt" -> control(e, c, depth + 1);
                case "hyperlink", "smartTag", "customXml", "ins", "moveTo", "fldSimple", "dir", "bdo", "sdtContent" ->
                        inline(e, c, depth + 1);
                case "AlternateContent" -> {
                    Element chosen = WordXml.chosen(e);
                    if (chosen != null) {
                        inline(chosen, c, depth + 1);
                    }
                }
                default -> {
                    // w:del, w:moveFrom, properties, bookmarks, comment ranges, proofing marks
                }
            }
        }
    }

    /** An inline control: its content, unless that is its placeholder; a check box its state. */
    private void control(Element sdt, Collector c, int depth) {
        String box = CheckBoxes.control(WordXml.child(sdt, "sdtPr"));
        if (box != null) {
            c.appendText(box, false);
            return;
        }
        Element content = WordXml.child(sdt, "sdtContent");
        if (content == null) {
            return;
        }
        int text = c.text.length();
        int boxes = c.boxes.size();
        inline(content, c, depth + 1);
        if (placeholders.shows(sdt, c.text.substring(text))) {
            c.text.setLength(text);
            c.boxes.subList(boxes, c.boxes.size()).clear();
        }
    }

    private void run(Element r, Collector c, int depth) {
        WordXml.checkDepth(depth);
        boolean set = isPrompt(WordXml.child(r, "rPr"));
        for (Element e : WordXml.children(r)) {
            switch (WordXml.name(e)) {
                case "t" -> c.appendText(e.getTextContent(), set);
                case "sym" -> c.appendText(CheckBoxes.symbol(e), false);
                case "tab", "ptab" -> c.append("\t");
                case "br", "cr" -> c.append("\n");
                case "noBreakHyphen" -> c.append("-");
                case "fldChar" -> {
                    c.appendText(CheckBoxes.legacy(e), false);
                    field(WordXml.attribute(e, "fldCharType"), c);
                }
                case "drawing", "pict", "object" -> boxes(e, c, depth + 1);
                case "AlternateContent" -> {
                    Element chosen = WordXml.chosen(e);
                    if (chosen != null) {
                        run(chosen, c, depth + 1);
                    }
                }
                default -> {
                    // w:delText, w:instrText, run properties, comment and note references
                }
            }
        }
    }

    /**
     * Whether a run is set as a template sets its guidance: in Word's "Placeholder Text" style (its id in English
     * and Swedish Word), or in grey – a grey of its own (equal parts red, green and blue, neither near black nor
     * white) or the theme's text lightened or background darkened.
     */
    private static boolean isPrompt(Element rPr) {
        String style = WordXml.attribute(WordXml.child(rPr, "rStyle"), "val").toLowerCase(Locale.ROOT);
        if (style.startsWith("placeholder") || style.startsWith("platshllar") || style.startsWith("platshållar")) {
            return true;
        }
        Element color = WordXml.child(rPr, "color");
        String theme = WordXml.attribute(color, "themeColor");
        if (!theme.isEmpty()) {
            return theme.startsWith("text") && !WordXml.attribute(color, "themeTint").isEmpty()
                    || theme.startsWith("background") && !WordXml.attribute(color, "themeShade").isEmpty();
        }
        String hex = WordXml.attribute(color, "val");
        // "auto", or none, is no grey
        return hex.matches("[0-9A-Fa-f]{6}") && Placeholders.isGrey(Integer.parseInt(hex, 16));
    }

    /** A complex field: the instruction (begin … separate) is hidden, the result (separate … end) shown. */
    private static void field(String type, Collector c) {
        switch (type) {
            case "begin" -> {
                c.fields.add(false);
                c.instructions++;
            }
            case "separate" -> {
                if (!c.fields.isEmpty() && !c.fields.get(c.fields.size() - 1)) {
                    c.fields.set(c.fields.size() - 1, true);
                    c.instructions--;
                }
            }
            case "end" -> {
                if (!c.fields.isEmpty() && !c.fields.remove(c.fields.size() - 1)) {
                    c.instructions--;
                }
            }
            default -> {
            }
        }
    }

    /** The text boxes inside a drawing or VML shape; one inside another is found when its box is read. */
    private static void boxes(Element parent, Collector c, int depth) {
        WordXml.checkDepth(depth);
        for (Element e : WordXml.children(parent)) {
            if (WordXml.name(e).equals("txbxContent")) {
                c.boxes.add(e);
            } else if (WordXml.name(e).equals("AlternateContent")) {
                Element chosen = WordXml.chosen(e);
                if (chosen != null) {
                    boxes(chosen, c, depth + 1);
                }
            } else {
                boxes(e, c, depth + 1);
            }
        }
    }
}
