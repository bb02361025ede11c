package se.finsam.check.output;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import se.finsam.check.read.form.FormTree;
import se.finsam.check.read.form.Sourced;

/**
 * Writes what a form was read into as YAML in the structured format, each value followed by a comment naming the
 * source line it came from, so that kansliet can check and correct the reading and run the check again.
 */
public final class ImportYaml {

    private static final Pattern PLAIN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} .,/()%–+-]*");
    private static final Pattern LOOKS_TYPED = Pattern.compile("(?i)(true|false|yes|no|on|off|y|n|null|~|[-+]?[\\d._]+(e[-+]?\\d+)?|0[xo][0-9a-f_]+|[-+]?\\.(inf|nan))");

    private final String lineWord;

    /** lineWord: the word for "line" in the comments ("rad" in Swedish). */
    public ImportYaml(String lineWord) {
        this.lineWord = lineWord;
    }

    public String write(String source, FormTree tree) {
        StringBuilder out = new StringBuilder();
        out.append("# ").append(Printable.of(source)).append('\n');
        map(out, tree.root(), 0, false);
        return out.toString();
    }

    /** inListItem: the first key follows "- " on the same line. */
    private void map(StringBuilder out, Map<String, Object> map, int indent, boolean inListItem) {
        boolean first = true;
        for (Map.Entry<String, Object> e : map.entrySet()) {
            String pad = first && inListItem ? "" : " ".repeat(indent);
            first = false;
            value(out, pad + e.getKey() + ":", e.getValue(), indent);
        }
    }

    @SuppressWarnings("unchecked")
    private void value(StringBuilder out, String head, Object value, int indent) {
        if (value instanceof Sourced s) {
            scalar(out, head, s, indent);
        } else if (value instanceof Map<?, ?> m) {
            out.append(head).append('\n');
            map(out, (Map<String, Object>) m, indent + 2, false);
        } else if (value instanceof List<?> list) {
            out.append(head).append('\n');
            for (Object item : list) {
                out.append(" ".repeat(indent + 2)).append("- ");
                if (item instanceof Map<?, ?> m) {
                    map(out, (Map<String, Object>) m, indent + 4, true);
                } else {
                    value(out, "", item, indent + 4);
                }
            }
        } else {
            out.append(head).append(' ').append(value).append('\n');
        }
    }

    private void scalar(StringBuilder out, String head, Sourced s, int indent) {
        String comment = "  # " + lineWord + " " + s.line();
        Object v = s.value();
        String text = String.valueOf(v);
        if (v instanceof Number || v instanceof Boolean) {
            out.append(head).append(' ').append(text).append(comment).append('\n');
        } else if (text.contains("\n")) {
            out.append(head).append(" |").append(comment).append('\n');
            for (String line : text.split("\n")) {
                out.append(" ".repeat(indent + 2)).append(Printable.of(line).strip()).append('\n');
            }
        } else {
            out.append(head).append(' ').append(quoted(Printable.of(text))).append(comment).append('\n');
        }
    }

    /** Plain when YAML reads it back as the same text, else double-quoted. */
    private static String quoted(String text) {
        boolean plain = PLAIN.matcher(text).matches() && !LOOKS_TYPED.matcher(text).matches()
                && !text.endsWith(" ") && !text.contains(": ") && !text.contains(" #");
        if (plain) {
            return text;
        }
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
