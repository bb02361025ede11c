package se.finsam.check.read.form;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.finsam.check.read.Amounts;

/**
 * An application's budget tables: each line's name and amount (the last amount on the line: the row total), and
 * whether the form's template makes it a sum ("Summa …", "Totalt …", "Total kostnad …"). A line of amounts whose
 * name the export lost is a sum of unknown level. A new table starts at each budget heading or "Kostnader i tkr"
 * header. Rows that give a post's extent (tjänst i %) are the application's posts.
 */
final class BudgetTables {

    private static final Pattern PERCENT = Pattern.compile("\\d{1,3}\\s*%");
    private static final Pattern UNIT = Pattern.compile("\\s*(kronor|kr|sek)?\\.?\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern ROW_NUMBER = Pattern.compile("\\d{1,2}[.)]?");
    private static final Pattern ENDS_IN_GROUP = Pattern.compile("(^|\\s)\\d{1,3}$");

    private final Map<String, List<String>> sums;
    final List<Object> tables = new ArrayList<>();
    final List<Object> posts = new ArrayList<>();

    BudgetTables(Map<String, List<String>> sums) {
        this.sums = sums;
    }

    /** Reads one part of the form: the lines under a budget heading. */
    void read(String title, int titleLine, List<FormLine> lines) {
        int firstNew = tables.size();
        List<Object> current = startTable(title, titleLine);
        for (int i = 0; i < lines.size(); i++) {
            FormLine line = lines.get(i);
            if (line.cell(0).toLowerCase(Locale.ROOT).startsWith("kostnader i tkr")) {
                current = startTable(line.cell(0), line.line());
                continue;
            }
            if (!line.isRow() && ROW_NUMBER.matcher(line.text()).matches()) {
                continue; // a numbered row whose cells are not there ("1" alone): no amount of 1 kr
            }
            while (!line.isRow() && i + 1 < lines.size() && wrapsAmount(line, lines.get(i + 1))) {
                line = new FormLine(line.line(), List.of(new FormLine.Cell(line.text() + " " + lines.get(++i).text(), false)));
            }
            LinkedHashMap<String, Object> budgetLine = line.isRow() ? row(line) : paragraph(line);
            if (budgetLine != null) {
                current.add(budgetLine);
            }
        }
        // only this part's tables can be empty: the earlier ones were kept with lines
        tables.subList(firstNew, tables.size()).removeIf(t -> ((List<?>) ((Map<?, ?>) t).get("lines")).isEmpty());
    }

    /**
     * Whether a paragraph's amount goes on on the next line, as a narrow cell wraps it ("2018: 882" above "000
     * kronor", or "1" above "714" above "000 kronor"): the line ends in a group of at most three digits and the next
     * is one group of three, its unit at most – no line of a budget on its own; a next line of a whole amount
     * ("832 000") is not taken.
     */
    private static boolean wrapsAmount(FormLine line, FormLine next) {
        if (next.isRow() || !ENDS_IN_GROUP.matcher(line.text()).find()) {
            return false;
        }
        String group = UNIT.matcher(next.text()).replaceAll("");
        return group.length() == 3 && group.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private List<Object> startTable(String title, int line) {
        List<Object> lines = new ArrayList<>();
        LinkedHashMap<String, Object> table = new LinkedHashMap<>();
        table.put("title", new Sourced(title, line));
        table.put("lines", lines);
        tables.add(table);
        return lines;
    }

    private LinkedHashMap<String, Object> row(FormLine line) {
        String amount = null;
        String percent = null;
        List<String> dates = new ArrayList<>();
        for (FormLine.Cell c : line.cells().subList(1, line.cells().size())) {
            if (ResourceTable.AMOUNT.matcher(c.text()).matches()) {
                amount = c.text();
            } else if (PERCENT.matcher(c.text()).matches()) {
                percent = c.text();
            } else if (ISO_DATE.matcher(c.text()).matches()) {
                dates.add(c.text());
            }
        }
        if (amount == null) {
            return null;
        }
        String name = line.cell(0);
        LinkedHashMap<String, Object> result = budgetLine(name, money(amount), line.line());
        if (percent != null && !result.containsKey("sum") && digits(percent) > 0 && !name.isBlank()) {
            LinkedHashMap<String, Object> post = new LinkedHashMap<>();
            post.put("resource", new Sourced(name, line.line()));
            post.put("extent", new Sourced(percent, line.line()));
            if (!dates.isEmpty()) {
                post.put("period", new Sourced(String.join(" – ", dates), line.line()));
            }
            post.put("cost", new Sourced(money(amount), line.line()));
            posts.add(post);
        }
        return result;
    }

    /**
     * A line such as "2018: 882 000 kronor" or "Total kostnad för insatsen 882 000 0 0 0 882 000": the amount is
     * read from the right (digit groups of three belong to it), the name is what precedes all the numbers.
     */
    private LinkedHashMap<String, Object> paragraph(FormLine line) {
        String text = UNIT.matcher(line.text()).replaceAll("");
        List<String> tokens = List.of(text.split("\\s+"));
        int end = tokens.size();
        int firstNumber = end;
        while (firstNumber > 0 && tokens.get(firstNumber - 1).matches("\\d+")) {
            firstNumber--;
        }
        if (firstNumber == end || firstNumber == end - 1 && text.equals(line.text()) && isYear(tokens.get(firstNumber))) {
            return null; // no number, or a table's caption ("Budget 2018"): a year with no unit is no amount
        }
        int start = end - 1;
        while (start > firstNumber && tokens.get(start).length() == 3 && tokens.get(start - 1).length() <= 3) {
            start--;
        }
        String name = Trim.trailing(String.join(" ", tokens.subList(0, firstNumber)), ":");
        return budgetLine(name, digits(String.join("", tokens.subList(start, end))), line.line());
    }

    private static boolean isYear(String token) {
        return token.length() == 4 && (token.startsWith("19") || token.startsWith("20"));
    }

    private LinkedHashMap<String, Object> budgetLine(String name, long amount, int line) {
        LinkedHashMap<String, Object> l = new LinkedHashMap<>();
        l.put("text", new Sourced(name, line));
        l.put("amount", new Sourced(amount, line));
        String sum = sumOf(name);
        if (sum != null) {
            l.put("sum", new Sourced(sum, line));
        }
        return l;
    }

    /** The template's sum row this name is, or "unnamed" for amounts without a name. */
    private String sumOf(String name) {
        String lower = name.toLowerCase(Locale.ROOT).strip();
        if (lower.isEmpty()) {
            return "unnamed";
        }
        for (String level : List.of("grandTotal", "total", "subtotal")) {
            if (sums.getOrDefault(level, List.of()).stream().anyMatch(lower::startsWith)) {
                return level;
            }
        }
        return null;
    }

    /** An amount in a cell in kronor: "760 000", and with its unit "760 tkr", "1,8 mkr". */
    private static long money(String cell) {
        Long kronor = Amounts.parse(cell);
        return kronor == null ? 0 : kronor;
    }

    private static long digits(String s) {
        String d = s.replaceAll("[^\\d]", "");
        return d.isEmpty() ? 0 : Long.parseLong(d.length() > 15 ? d.substring(0, 15) : d);
    }
}
