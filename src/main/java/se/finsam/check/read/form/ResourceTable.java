package se.finsam.check.read.form;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The plan's resource table: a header row (Resurser | Tidsperiod | Resultatmål | Bedömda effekter | Kostnader),
 * then one row per resource. A row that starts in lower case, or with no letter and goes on in lower case,
 * continues the row above (Word wrapped a cell onto the next line); a row with fewer cells whose last cell is an
 * amount has lost its empty cells, so that amount is the cost; the header row again is the table going on over a
 * page. The table ends at the form's footnotes ("* Tjänster ska anges …").
 */
final class ResourceTable {

    static final List<String> FIELDS = List.of("resource", "period", "resultGoal", "effects", "cost");
    private static final Map<String, String> HEADER_WORDS = Map.of("resurs", "resource", "period", "period",
            "resultatm", "resultGoal", "effekt", "effects", "kostnad", "cost");

    /** A cell that is only money: "180 tkr per år", "200 000", "600000 kr". */
    static final Pattern AMOUNT = Pattern.compile("\\d{1,3}([ \u00a0]?\\d{3})*\\s*(kr|kronor|tkr|sek|:-)?(\\s*per år)?\\.?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private ResourceTable() {
    }

    /** A cell's text as it grows by the rows that continue it, and the line it started on. */
    private record Part(StringBuilder text, int line) {
    }

    static List<Object> read(List<FormLine> body) {
        List<String> columns = null;
        List<String> headerCells = null;
        List<Map<String, Part>> rows = new ArrayList<>();
        for (FormLine line : body) {
            String first = line.cell(0);
            List<String> cells = line.cells().stream().map(FormLine.Cell::text).toList();
            if (columns == null) {
                columns = header(line);
                headerCells = unspaced(cells);
                continue;
            }
            if (first.startsWith("*")) {
                break;
            }
            if (unspaced(cells).equals(headerCells)) {
                continue; // the header row repeated at the top of a page; a row broken by the page goes on below it
            }
            boolean continues = !rows.isEmpty() && (first.isEmpty() || Character.isLowerCase(first.codePointAt(0))
                    || !Character.isLetter(first.codePointAt(0)) && goOn(cells));
            if (continues) {
                append(rows.get(rows.size() - 1), columns, cells, line.line());
            } else {
                rows.add(row(columns, cells, line.line()));
            }
        }
        List<Object> result = new ArrayList<>();
        for (Map<String, Part> row : rows) {
            LinkedHashMap<String, Object> ordered = new LinkedHashMap<>();
            for (String f : FIELDS) {
                if (row.containsKey(f)) {
                    ordered.put(f, new Sourced(row.get(f).text().toString(), row.get(f).line()));
                }
            }
            result.add(ordered);
        }
        return result;
    }

    /**
     * Whether a row's cells after the first all go on with the row above (each that has text opens in lower case or
     * with a digit, one at least in lower case: "året, varav 8 …", "2017."): then a first cell that opens with no
     * letter ("200 %") is the end of the resource's name wrapped, not a row.
     */
    private static boolean goOn(List<String> cells) {
        List<Integer> opening = cells.subList(1, cells.size()).stream().filter(c -> !c.isBlank())
                .map(c -> c.strip().codePointAt(0)).toList();
        return opening.stream().allMatch(c -> Character.isLowerCase(c) || Character.isDigit(c))
                && opening.stream().anyMatch(Character::isLowerCase);
    }

    /** Cells without their spaces: a PDF's narrow column breaks a header's word on one page and not the next. */
    private static List<String> unspaced(List<String> cells) {
        return cells.stream().map(c -> c.replaceAll("\\s+", "")).toList();
    }

    /** The fields of the header row's cells, or null when the line is no header. */
    private static List<String> header(FormLine line) {
        if (!line.isRow()) {
            return null;
        }
        List<String> fields = new ArrayList<>();
        for (FormLine.Cell c : line.cells()) {
            String lower = c.text().toLowerCase();
            String field = HEADER_WORDS.entrySet().stream().filter(e -> lower.contains(e.getKey()))
                    .map(Map.Entry::getValue).findFirst().orElse(null);
            fields.add(field);
        }
        return fields.contains("resource") ? fields : null;
    }

    private static List<String> placed(List<String> columns, List<String> cells) {
        List<String> fields = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            fields.add(i < columns.size() && columns.get(i) != null ? columns.get(i) : FIELDS.get(Math.min(i, 4)));
        }
        int last = cells.size() - 1;
        if (cells.size() < columns.size() && last > 0 && AMOUNT.matcher(cells.get(last)).matches()) {
            fields.set(last, "cost");
        }
        return fields;
    }

    private static Map<String, Part> row(List<String> columns, List<String> cells, int line) {
        Map<String, Part> row = new HashMap<>();
        List<String> fields = placed(columns, cells);
        for (int i = 0; i < cells.size(); i++) {
            if (!cells.get(i).isBlank() && !row.containsKey(fields.get(i))) {
                row.put(fields.get(i), new Part(new StringBuilder(cells.get(i)), line));
            }
        }
        row.putIfAbsent("resource", new Part(new StringBuilder(), line));
        return row;
    }

    /** A row continuing the one above: each cell's text is added to its field's (a builder, not a string copied). */
    private static void append(Map<String, Part> row, List<String> columns, List<String> cells, int line) {
        List<String> fields = placed(columns, cells);
        for (int i = 0; i < cells.size(); i++) {
            if (cells.get(i).isBlank()) {
                continue;
            }
            Part before = row.get(fields.get(i));
            if (before == null) {
                row.put(fields.get(i), new Part(new StringBuilder(cells.get(i)), line));
            } else {
                before.text().append(' ').append(cells.get(i));
            }
        }
    }
}
