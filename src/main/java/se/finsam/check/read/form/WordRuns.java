package se.finsam.check.read.form;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.w3c.dom.Element;

/**
 * The text a Word paragraph shows: its runs (not hidden ones, see {@link HiddenText}), inline content controls
 * (empty while showing the placeholder), a legacy field's result (not its default text) or drop-down choice,
 * hyperlinks, inserted and moved-in text, a field's shown result, check boxes as ☒ or ☐ by their state ({@link
 * CheckBoxes}) – not deleted or moved-away text, a field's instruction or a comment's mark. How the text is set
 * tells the template's guidance left in (see {@link Shown#prompt}); a stretch of it worded as guidance beside text that is
 * not (a label's prompt left in) is left out. A tab and a line break are kept (a tab, a newline), for the paragraph to be read
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

    /**
     * What a run's text holds that shows nothing and is not in the text export: a soft hyphen (drawn only where Word
     * breaks the word at a line's end), zero-width spaces and joiners, a byte-order mark – text pasted from a mail.
     */
    private static final Pattern INVISIBLE = Pattern.compile("[\\u00AD\\u200B-\\u200D\\u2060\\uFEFF]");

    private final Placeholders placeholders;
    private final HiddenText hidden;

    WordRuns(Placeholders placeholders, HiddenText hidden) {
        this.placeholders = placeholders;
        this.hidden = hidden;
    }

    Placeholders placeholders() {
        return placeholders;
    }

    Shown paragraph(Element p, int depth) {
        Collector c = new Collector(hidden.byParagraph(WordXml.child(p, "pPr")));
        inline(p, c, depth + 1);
        return new Shown(c.withoutGuidance(), c.boxes, c.prompt == Boolean.TRUE);
    }

    /** What one paragraph collects; a field's state does not outlive its paragraph, so a broken field loses no more. */
    private static final class Collector {
        final StringBuilder text = new StringBuilder();
        final List<Element> boxes = new ArrayList<>();
        /** The open fields, innermost last. */
        final List<Field> fields = new ArrayList<>();
        int instructions;
        /** Where runs set as guidance stand in the text: each stretch of them, start and end. */
        final List<int[]> prompts = new ArrayList<>();
        /** Whether all runs with text so far are set as guidance; null before the first. */
        Boolean prompt;
        /** Whether the paragraph's style hides the runs that do not say otherwise. */
        final boolean hiddenByStyle;

        Collector(boolean hiddenByStyle) {
            this.hiddenByStyle = hiddenByStyle;
        }

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
            if (shown() && asPrompt && !s.isEmpty()) {
                int[] last = prompts.isEmpty() ? null : prompts.get(prompts.size() - 1);
                if (last != null && last[1] == text.length()) {
                    last[1] += s.length();
                } else {
                    prompts.add(new int[] {text.length(), text.length() + s.length()});
                }
            }
            append(s);
        }

        /** Cuts the text back to length, forgetting the stretches of guidance beyond it. */
        void truncate(int length) {
            text.setLength(length);
            prompts.removeIf(p -> p[0] >= length);
            prompts.forEach(p -> p[1] = Math.min(p[1], length));
        }

        /**
         * The text without the stretches set and worded as the template's guidance, in a paragraph that has other
         * text too ("Datum: " and Word's "Klicka här för att ange text." left in the Placeholder Text style).
         */
        String withoutGuidance() {
            if (prompt == Boolean.TRUE) {
                return text.toString();
            }
            StringBuilder kept = new StringBuilder(text);
            for (int i = prompts.size() - 1; i >= 0; i--) {
                int[] p = prompts.get(i);
                if (Placeholders.isWordedAsGuidance(kept.substring(p[0], p[1]))) {
                    kept.delete(p[0], p[1]);
                }
            }
            return kept.toString();
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
            c.truncate(text);
            c.boxes.subList(boxes, c.boxes.size()).clear();
        }
    }

    private void run(Element r, Collector c, int depth) {
        WordXml.checkDepth(depth);
        Element properties = WordXml.child(r, "rPr");
        if (hidden.run(properties, c.hiddenByStyle)) {
            hiddenRun(r, c);
            return;
        }
        boolean set = isPrompt(properties);
        for (Element e : WordXml.children(r)) {
            switch (WordXml.name(e)) {
                case "t" -> c.appendText(INVISIBLE.matcher(e.getTextContent()).replaceAll(""), set);
                case "sym" -> c.appendText(CheckBoxes.symbol(e), false);
                case "tab", "ptab" -> c.append("\t");
                case "br", "cr" -> c.append("\n");
                case "noBreakHyphen" -> c.append("-");
                case "fldChar" -> {
                    c.appendText(CheckBoxes.legacy(e), false);
                    c.appendText(chosenEntry(e), false);
                    field(e, c);
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

    /** A hidden run shows nothing, but a field it begins, separates or ends is still one. */
    private static void hiddenRun(Element r, Collector c) {
        for (Element e : WordXml.children(r)) {
            if (WordXml.name(e).equals("fldChar")) {
                field(e, c);
            }
        }
    }

    /**
     * A field being read. {@code shownFrom}: where its result starts in the paragraph's text, -1 while its
     * instruction is read; {@code prompt}: a legacy text field's default text – a field never typed into still
     * shows it, and that is the template's, no answer.
     */
    private static final class Field {
        int shownFrom = -1;
        final String prompt;

        Field(String prompt) {
            this.prompt = prompt;
        }
    }

    /** A complex field: the instruction (begin … separate) is hidden, the result (separate … end) shown. */
    private static void field(Element fldChar, Collector c) {
        switch (WordXml.attribute(fldChar, "fldCharType")) {
            case "begin" -> {
                Element input = WordXml.child(WordXml.child(fldChar, "ffData"), "textInput");
                String prompt = WordXml.attribute(WordXml.child(input, "default"), "val");
                c.fields.add(new Field(prompt.isBlank() ? null : TextForm.clean(prompt)));
                c.instructions++;
            }
            case "separate" -> {
                Field open = c.fields.isEmpty() ? null : c.fields.get(c.fields.size() - 1);
                if (open != null && open.shownFrom < 0) {
                    c.instructions--;
                    open.shownFrom = c.text.length();
                }
            }
            case "end" -> {
                Field open = c.fields.isEmpty() ? null : c.fields.remove(c.fields.size() - 1);
                if (open != null && open.shownFrom < 0) {
                    c.instructions--;
                } else if (open != null && open.prompt != null && c.shown()
                        && TextForm.clean(c.text.substring(open.shownFrom)).equals(open.prompt)) {
                    c.truncate(open.shownFrom);
                }
            }
            default -> {
            }
        }
    }

    /**
     * The entry a legacy drop-down field (FORMDROPDOWN) shows: its w:result (else w:default) in its list; Word keeps
     * no shown text for it. An entry worded as a prompt ("Välj …") is no answer; "" for every other field.
     */
    private static String chosenEntry(Element fldChar) {
        Element list = WordXml.child(WordXml.child(fldChar, "ffData"), "ddList");
        if (list == null) {
            return "";
        }
        int chosen = WordXml.number(list, "result", "val", WordXml.number(list, "default", "val", 0));
        List<Element> entries = WordXml.children(list).stream().filter(e -> WordXml.name(e).equals("listEntry")).toList();
        String entry = chosen >= 0 && chosen < entries.size() ? WordXml.attribute(entries.get(chosen), "val") : "";
        return Placeholders.isWordedAsGuidance(entry) ? "" : entry;
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
