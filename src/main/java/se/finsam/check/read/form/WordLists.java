package se.finsam.check.read.form;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.w3c.dom.Element;

/**
 * The number or bullet Word shows before a list paragraph (numbering.xml), as a text export writes it: "1.", "a)",
 * "•". A group's answer written as a list reads as the same answer typed with its marks; a list item the template
 * marks with an asterisk (a footnote's "*") keeps it. Numbers are counted in reading order per list and level, a
 * level's counter starting again below a new item of a level above; a bullet in a symbol font (a private-use
 * character) is read as "•".
 */
final class WordLists {

    /** A level of a list: its number format (decimal, bullet …), its text ("%1."), and where it starts. */
    private record Level(String format, String text, int start) {
    }

    /** The levels of each list (w:num), by its id and level. */
    private final Map<String, Map<Integer, Level>> lists = new HashMap<>();
    /** The counters of each list, by its id: the number last shown at each level. */
    private final Map<String, int[]> counters = new HashMap<>();

    /** No numbering part: no paragraph is a list item. */
    WordLists(Element numbering) {
        if (numbering == null) {
            return;
        }
        Map<String, Element> abstracts = new HashMap<>();
        for (Element e : WordXml.children(numbering)) {
            if (WordXml.name(e).equals("abstractNum")) {
                abstracts.put(WordXml.attribute(e, "abstractNumId"), e);
            }
        }
        for (Element num : WordXml.children(numbering)) {
            if (!WordXml.name(num).equals("num")) {
                continue;
            }
            Map<Integer, Level> levels = new HashMap<>();
            Element definition = abstracts.get(WordXml.attribute(WordXml.child(num, "abstractNumId"), "val"));
            if (definition != null) {
                levels(definition, levels);
            }
            // a list's own overrides of its definition's levels
            for (Element override : WordXml.children(num)) {
                if (WordXml.name(override).equals("lvlOverride")) {
                    Element lvl = WordXml.child(override, "lvl");
                    int ilvl = number(WordXml.attribute(override, "ilvl"), 0);
                    if (lvl != null) {
                        levels.put(ilvl, level(lvl));
                    }
                    int start = WordXml.number(override, "startOverride", "val", -1);
                    Level was = levels.get(ilvl);
                    if (start >= 0 && was != null) {
                        levels.put(ilvl, new Level(was.format(), was.text(), start));
                    }
                }
            }
            lists.put(WordXml.attribute(num, "numId"), levels);
        }
    }

    private static void levels(Element definition, Map<Integer, Level> levels) {
        for (Element lvl : WordXml.children(definition)) {
            if (WordXml.name(lvl).equals("lvl")) {
                levels.put(number(WordXml.attribute(lvl, "ilvl"), 0), level(lvl));
            }
        }
    }

    private static Level level(Element lvl) {
        return new Level(WordXml.attribute(WordXml.child(lvl, "numFmt"), "val"),
                WordXml.attribute(WordXml.child(lvl, "lvlText"), "val"), WordXml.number(lvl, "start", "val", 1));
    }

    /** The mark the paragraph shows before its text ("" when it is no list item), counting it as shown. */
    String label(Element pPr, ParagraphStyles styles) {
        Element numPr = styles.numbering(pPr);
        if (numPr == null) {
            return "";
        }
        String id = WordXml.attribute(WordXml.child(numPr, "numId"), "val");
        Map<Integer, Level> levels = lists.get(id);
        int ilvl = Math.max(0, Math.min(8, WordXml.number(numPr, "ilvl", "val", 0)));
        Level level = levels == null ? null : levels.get(ilvl);
        if (level == null) {
            return ""; // numId 0 ends a list the style began; an undefined list shows nothing
        }
        int[] counter = counters.computeIfAbsent(id, k -> new int[9]);
        counter[ilvl] = counter[ilvl] == 0 ? level.start() : counter[ilvl] + 1;
        for (int deeper = ilvl + 1; deeper < counter.length; deeper++) {
            counter[deeper] = 0;
        }
        if (level.format().equals("bullet")) {
            return bullet(level.text());
        }
        if (level.format().equals("none")) {
            return TextForm.clean(level.text().replaceAll("%\\d", ""));
        }
        StringBuilder text = new StringBuilder();
        String pattern = level.text();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '%' && i + 1 < pattern.length() && Character.isDigit(pattern.charAt(i + 1))) {
                int of = pattern.charAt(++i) - '1';
                Level shown = levels.get(of);
                int n = of >= 0 && of < counter.length ? Math.max(counter[of], shown == null ? 1 : shown.start()) : 1;
                text.append(format(shown == null ? "decimal" : shown.format(), n));
            } else {
                text.append(c);
            }
        }
        return TextForm.clean(text.toString());
    }

    private static String bullet(String text) {
        String cleaned = TextForm.clean(text);
        if (cleaned.isEmpty()) {
            return "";
        }
        // Symbol and Wingdings bullets are private-use characters: a bullet, whatever the font draws
        return cleaned.chars().anyMatch(c -> c >= 0xE000 && c <= 0xF8FF) ? "•" : cleaned;
    }

    private static String format(String format, int n) {
        return switch (format) {
            case "lowerLetter" -> letters(n).toLowerCase(Locale.ROOT);
            case "upperLetter" -> letters(n);
            case "lowerRoman" -> roman(n).toLowerCase(Locale.ROOT);
            case "upperRoman" -> roman(n);
            default -> Integer.toString(n);
        };
    }

    private static String letters(int n) {
        int k = Math.max(1, n);
        return String.valueOf((char) ('A' + (k - 1) % 26)).repeat((k - 1) / 26 + 1);
    }

    private static String roman(int n) {
        if (n <= 0 || n >= 4000) {
            return Integer.toString(n);
        }
        StringBuilder r = new StringBuilder();
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] marks = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        for (int i = 0; i < values.length; i++) {
            for (; n >= values[i]; n -= values[i]) {
                r.append(marks[i]);
            }
        }
        return r.toString();
    }

    private static int number(String text, int otherwise) {
        try {
            return text.isEmpty() ? otherwise : Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }
}
