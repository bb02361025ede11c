package se.finsam.check.read.form;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads text exported from a Word or PDF form: table cells split by tabs, HTML fragments (&lt;p&gt;, &lt;i&gt;,
 * &lt;ul&gt;, &lt;table&gt;), Markdown pipe tables. Separator rows and empty lines are dropped, and so are pages the
 * export repeated.
 */
public final class TextForm {

    private static final Pattern TABLE_ROW = Pattern.compile("<tr[^>]*>(.*?)</tr>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern TABLE_CELL = Pattern.compile("<t[dh][^>]*>(.*?)</t[dh]>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("</?[a-zA-Z][^<>]*>");
    private static final Pattern ITALIC = Pattern.compile("<i>\\s*[^<\\s][^<]*</i>", Pattern.CASE_INSENSITIVE);
    private static final Pattern SEPARATOR = Pattern.compile("[\\s\\-=:|_*]*");
    private static final Pattern BOOKMARK = Pattern.compile("\\[bookmark:[^\\]]*\\]");

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
        // the lazy row pattern rescans the line for each <tr>; only lines that close a row are tables
        Matcher tr = TABLE_ROW.matcher(text.contains("</tr>") || text.contains("</TR>") ? text : "");
        if (tr.find()) {
            // text before the table on the same line ("Insatsägare/Samverkansparter <table>…") is a paragraph
            rows.add(List.of(text.substring(0, tr.start())));
            tr.reset();
        }
        while (tr.find()) {
            List<String> cells = new ArrayList<>();
            Matcher td = TABLE_CELL.matcher(tr.group(1));
            while (td.find()) {
                cells.add(td.group(1));
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
        text = BOOKMARK.matcher(text).replaceAll(" ");
        text = text.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&");
        return text.replaceAll("[\\s\\u00a0]+", " ").strip();
    }
}
