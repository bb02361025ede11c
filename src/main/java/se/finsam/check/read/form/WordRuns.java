package se.finsam.check.read.form;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;

/**
 * The text a Word paragraph shows: its runs, inline content controls (empty while showing the placeholder),
 * hyperlinks, inserted and moved-in text, a field's shown result – not deleted or moved-away text, a field's
 * instruction or a comment's mark. A tab and a line break are kept (a tab, a newline), for the paragraph to be read
 * as its text export reads it (see {@link WordBody}); elsewhere they are spaces, so words on either side stay apart. Text boxes
 * anchored in the paragraph are handed back to be read as blocks of their own, once: a drawing's markup-compatibility
 * choice is read, its VML fallback (the same text again) is not.
 */
final class WordRuns {

    /** A paragraph's text and the text boxes (w:txbxContent) anchored in it, in order. */
    record Shown(String text, List<Element> boxes) {
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
        return new Shown(c.text.toString(), c.boxes);
    }

    /** What one paragraph collects; a field's state does not outlive its paragraph, so a broken field loses no more. */
    private static final class Collector {
        final StringBuilder text = new StringBuilder();
        final List<Element> boxes = new ArrayList<>();
        /** Per open field, whether its result is being shown (after w:fldCharType="separate"). */
        final List<Boolean> fields = new ArrayList<>();
        int instructions;

        boolean shown() {
            return instructions == 0;
        }

        void append(String s) {
            if (shown()) {
                text.append(s);
            }
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

    /** An inline control: its content, unless that is its placeholder. */
    private void control(Element sdt, Collector c, int depth) {
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
        for (Element e : WordXml.children(r)) {
            switch (WordXml.name(e)) {
                case "t" -> c.append(e.getTextContent());
                case "tab", "ptab" -> c.append("\t");
                case "br", "cr" -> c.append("\n");
                case "noBreakHyphen" -> c.append("-");
                case "fldChar" -> field(WordXml.attribute(e, "fldCharType"), c);
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
