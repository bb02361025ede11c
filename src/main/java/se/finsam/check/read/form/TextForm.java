package se.finsam.check.read.form;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads text exported from a Word or PDF form: table cells split by tabs, HTML fragments (&lt;p&gt;, &lt;i&gt;,
 * &lt;ul&gt;, &lt;table&gt;), Markdown pipe tables. Separator rows and empty lines are dropped, and so are pages the
 * export repeated.
 */
public final class TextForm {

    private static final Pattern TAG = Pattern.compile("</?[a-zA-Z][^<>]*>");
    private static final Pattern ITALIC = Pattern.compile("<i>\\s*[^<\\s][^<]*</i>", Pattern.CASE_INSENSITIVE);
    private static final String BOOKMARK = "[bookmark:";
    private static final Pattern SPACE = Pattern.compile("[\\s\\h]+");
    private static final Pattern SEPARATOR = Pattern.compile("[\\s\\-=:|_*]*");

    private TextForm() {
    }

    public static FormText read(String source, String content) {
        List<FormLine> lines = new ArrayList<>();
        String[] physical = content.split("\\R", -1);
        for (int i = 0; i < physical.length; i++) {
            for (List<String> raw : rows(physical[i])) {
                FormLine line = line(i + 1, raw);
                if (line != null) {
                    lines.add(line);
                }
            }
        }
        return new FormText(source, RepeatedPages.drop(lines));
    }

    /** The rows on one physical line: an HTML table gives one row per &lt;tr&gt;, else one row of tab or pipe cells. */
    private static List<List<String>> rows(String text) {
        List<List<String>> rows = new ArrayList<>();
        // only lines that close a row are tables
        List<Element> tr = text.contains("</tr>") || text.contains("</TR>") ? elements(text, 0, text.length(), ROW) : List.of();
        if (!tr.isEmpty()) {
            // text before the table on the same line ("Insatsägare/Samverkansparter <table>…") is a paragraph
            rows.add(List.of(text.substring(0, tr.get(0).start())));
        }
        for (Element row : tr) {
            List<String> cells = new ArrayList<>();
            for (Element td : elements(text, row.contentStart(), row.contentEnd(), CELL)) {
                cells.add(text.substring(td.contentStart(), td.contentEnd()));
            }
            rows.add(cells);
        }
        if (rows.size() > 1) {
            return rows;
        }
        rows.clear();
        String trimmed = text.strip();
        if (trimmed.startsWith("|") && trimmed.endsWith("|") && trimmed.length() > 1) {
            return List.of(List.of(trimmed.substring(1, trimmed.length() - 1).split("\\|", -1)));
        }
        return List.of(List.of(text.split("\t", -1)));
    }

    /** An HTML element in a line: where its start tag begins, its content, and where its end tag ends. */
    private record Element(int start, int contentStart, int contentEnd, int end) {
    }

    /** Start tags &lt;tr…&gt; and the end tag that closes one; cells: &lt;td…&gt; or &lt;th…&gt;, closed by either. */
    private static final String[] ROW = {"<tr", "</tr>"};
    private static final String[] CELL = {"<td", "<th", "</td>", "</th>"};

    /**
     * The elements between from and to, as the lazy pattern {@code <tr[^>]*>(.*?)</tr>} (ASCII case ignored) finds
     * them, found in one pass: when no end tag follows, no later start tag can have one, so the search stops there
     * instead of rescanning the rest of the line from every start tag.
     */
    private static List<Element> elements(String text, int from, int to, String[] tags) {
        String[] starts = Arrays.copyOf(tags, tags.length / 2);
        String[] ends = Arrays.copyOfRange(tags, tags.length / 2, tags.length);
        List<Element> found = new ArrayList<>();
        int at = from;
        while (true) {
            int start = first(text, at, to, starts);
            if (start < 0) {
                return found;
            }
            int gt = text.indexOf('>', start + starts[0].length());
            if (gt < 0 || gt >= to) {
                return found;
            }
            int close = first(text, gt + 1, to, ends);
            if (close < 0) {
                return found;
            }
            int end = close + ends[0].length();
            found.add(new Element(start, gt + 1, close, end));
            at = end;
        }
    }

    /** Where the first of the tags (lower case; ASCII case ignored) begins in text between from and to, or -1. */
    private static int first(String text, int from, int to, String[] tags) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '<') {
                for (String tag : tags) {
                    if (startsWith(text, i, to, tag)) {
                        return i;
                    }
                }
            }
        }
        return -1;
    }

    private static boolean startsWith(String text, int at, int to, String tag) {
        if (at + tag.length() > to) {
            return false;
        }
        for (int k = 0; k < tag.length(); k++) {
            char c = text.charAt(at + k);
            if ((c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) != tag.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static FormLine line(int number, List<String> raw) {
        List<FormLine.Cell> cells = new ArrayList<>();
        for (String r : raw) {
            cells.add(new FormLine.Cell(clean(r), ITALIC.matcher(r).find()));
        }
        FormLine line = FormLine.of(number, cells);
        boolean separator = line != null && line.cells().stream().allMatch(c -> SEPARATOR.matcher(c.text()).matches());
        return separator ? null : line;
    }

    /** A cell's text without markup, entities decoded, whitespace collapsed. */
    static String clean(String raw) {
        String text = TAG.matcher(raw).replaceAll(" ");
        text = withoutBookmarks(text);
        text = text.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&");
        return CheckBoxes.read(SPACE.matcher(text).replaceAll(" ").strip());
    }

    /**
     * Each "[bookmark:…]" replaced by a space, as {@code \[bookmark:[^\]]*\]} would, in one pass: after a
     * "[bookmark:" with no "]" behind it, no later one has one either.
     */
    private static String withoutBookmarks(String text) {
        int at = text.indexOf(BOOKMARK);
        if (at < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int copied = 0;
        while (at >= 0) {
            int close = text.indexOf(']', at + BOOKMARK.length());
            if (close < 0) {
                break;
            }
            out.append(text, copied, at).append(' ');
            copied = close + 1;
            at = text.indexOf(BOOKMARK, copied);
        }
        return out.append(text, copied, text.length()).toString();
    }
}
