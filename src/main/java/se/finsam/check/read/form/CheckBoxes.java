package se.finsam.check.read.form;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.w3c.dom.Element;

/**
 * Check boxes: a choice such as "☒ Ja ☐ Nej" is answered by the label of the box checked ("Ja"), and with none
 * checked it is no answer at all – read so in every format, since {@link TextForm#clean} reads every cell. A Word
 * file keeps a box's state apart from what it shows; the Word reader writes each box as ☒ or ☐ by its state: a
 * legacy FORMCHECKBOX field (w:ffData), a check box content control (w14:checkbox) whatever glyph it shows, and a
 * Wingdings box (w:sym) – the symbol fonts draw their boxes at private code points, which read as nothing.
 */
final class CheckBoxes {

    static final String CHECKED = "☒";
    static final String UNCHECKED = "☐";
    private static final String CHECKED_GLYPHS = "☒☑⌧";
    private static final String UNCHECKED_GLYPHS = "☐□";
    /** The longest label of a box: a choice's words, not a sentence that happens to follow a box. */
    private static final int LABEL_WORDS = 3;

    private CheckBoxes() {
    }

    /**
     * A cell's text with its choice read: the labels of the boxes checked, or "" when none is. A box stands before
     * its label ("☒ Ja ☐ Nej", text before the first box kept: "Diskuterad: ☒ Ja") or after it ("Ja ☒ Nej ☐"). Text
     * that is no such choice – a label of more than three words, a box without a label – is left as it is.
     */
    static String read(String text) {
        if (!hasBox(text)) {
            return text;
        }
        boolean after = isBox(text.codePointBefore(text.length())) && !isBox(text.codePointAt(0));
        List<String> labels = new ArrayList<>();
        List<Boolean> states = new ArrayList<>();
        StringBuilder segment = new StringBuilder();
        String prefix = null;
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            int c = text.codePointAt(i);
            if (!isBox(c)) {
                segment.appendCodePoint(c);
                continue;
            }
            if (after) {
                labels.add(segment.toString().strip());
            } else if (prefix == null) {
                prefix = segment.toString().strip();
            } else {
                labels.add(segment.toString().strip());
            }
            segment.setLength(0);
            states.add(CHECKED_GLYPHS.indexOf(c) >= 0);
        }
        if (!after) {
            labels.add(segment.toString().strip());
        } else if (!segment.toString().isBlank()) {
            return text; // text after the last box: no choice
        }
        List<String> chosen = new ArrayList<>();
        for (int k = 0; k < labels.size(); k++) {
            String label = labels.get(k);
            if (label.isEmpty() || label.split("\\s+").length > LABEL_WORDS) {
                return text;
            }
            if (states.get(k)) {
                chosen.add(label);
            }
        }
        String answer = String.join(" ", chosen);
        return prefix == null || prefix.isEmpty() ? answer : (prefix + " " + answer).strip();
    }

    private static boolean hasBox(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isBox(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isBox(int c) {
        return CHECKED_GLYPHS.indexOf(c) >= 0 || UNCHECKED_GLYPHS.indexOf(c) >= 0;
    }

    /** The box a complex field's begin (w:fldChar) shows when it is a FORMCHECKBOX: its state, else its default. */
    static String legacy(Element fldChar) {
        Element box = WordXml.child(WordXml.child(fldChar, "ffData"), "checkBox");
        if (box == null) {
            return "";
        }
        Element checked = WordXml.child(box, "checked");
        return glyph(checked != null ? WordXml.on(checked) : WordXml.on(WordXml.child(box, "default")));
    }

    /** The box a check box control shows (by w14:checked, not by its glyph); null when the control is none. */
    static String control(Element sdtPr) {
        Element box = WordXml.child(sdtPr, "checkbox");
        return box == null ? null : glyph(WordXml.on(WordXml.child(box, "checked")));
    }

    /** The box a symbol (w:sym) draws in Wingdings or Wingdings 2; "" for every other symbol. */
    static String symbol(Element sym) {
        String font = WordXml.attribute(sym, "font").toLowerCase(Locale.ROOT).replace(" ", "");
        int c;
        try {
            c = Integer.parseInt(WordXml.attribute(sym, "char"), 16) & 0xff; // F078: 0x78 in the font
        } catch (NumberFormatException e) {
            return "";
        }
        String checked = font.equals("wingdings") ? "\u0078\u00fd\u00fe" : font.equals("wingdings2") ? "QRST" : "";
        String unchecked = font.equals("wingdings") ? "\u006f\u00a8" : font.equals("wingdings2") ? "*\u00a3" : "";
        return checked.indexOf(c) >= 0 ? CHECKED : unchecked.indexOf(c) >= 0 ? UNCHECKED : "";
    }

    private static String glyph(boolean checked) {
        return checked ? CHECKED : UNCHECKED;
    }
}
