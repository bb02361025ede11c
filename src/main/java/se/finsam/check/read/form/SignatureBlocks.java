package se.finsam.check.read.form;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.finsam.check.read.SwedishDates;

/**
 * Reads the signature blocks of a form, whatever their layout: "Datum: … Underskrift: …" in one row, a header row
 * then value rows, labels in one column and values in the next, values before their labels, two signers side by
 * side, the organisation on a row of its own. A row of several different labels is one signer per row (the plan's
 * table); a block of label/value pairs is one column whichever side each value stands; otherwise each column is
 * read downwards and a new signer starts at each date. A bare value takes the label above it that still waits
 * for one, else the label below it. E-mail and telephone rows, rows of bare single words and groups with neither
 * label nor date are no signatures. Each signer keeps the labels its block showed, so that a value missing under
 * its label is known to be missing, and one whose label never showed is not.
 */
final class SignatureBlocks {

    enum Field { DATE, NAME, CLARIFICATION, ORGANISATION, NONE }

    /** One signer as read: the values with their source lines. */
    static final class Signer {
        final Map<Field, String> values = new EnumMap<>(Field.class);
        final Map<Field, Integer> lines = new EnumMap<>(Field.class);
        /** The labels seen for this signer: a value missing under its label is plainly missing, else not known. */
        final Set<Field> labels = EnumSet.noneOf(Field.class);
        String role;
        boolean signatureSeen;
        int line;

        String get(Field f) {
            return values.getOrDefault(f, "");
        }

        void put(Field f, String value, int at) {
            if (!value.isBlank() && get(f).isEmpty()) {
                values.put(f, value.strip());
                lines.put(f, at);
            }
        }

        String name() {
            return !get(Field.CLARIFICATION).isEmpty() ? get(Field.CLARIFICATION) : get(Field.NAME);
        }
    }

    /** One cell: its label's field (NONE when bare), value, and role and organisation printed in the label. */
    private record Entry(Field field, String value, String role, String organisation, boolean labelled,
            boolean handwritten, int line) {

        Entry withValue(Field f, Entry from) {
            return new Entry(f, from.value(), role, organisation, true, from.handwritten(), from.line());
        }

        boolean labelOnly() {
            return labelled && value.isEmpty();
        }
    }

    /** An e-mail address, or a Swedish telephone number (0… or +46…), perhaps after its label: no signature. */
    private static final Pattern CONTACT = Pattern.compile(
            "\\S@\\S|^\\s*(?:[\\p{L}.-]+\\s*:?\\s*)?(?:\\+46|0)[\\d\\s()-]{6,}$", Pattern.UNICODE_CASE);

    private final Pattern ignore;
    private final Pattern role;
    private final LabelWords date;
    private final LabelWords clarification;
    private final LabelWords name;
    private final LabelWords organisation;
    /** The labels that hold a value, in the order a cell is tried for them. */
    private final Map<Field, LabelWords> valueLabels = new LinkedHashMap<>();
    private final Organisations organisations;
    private final List<String> ownerWords;

    SignatureBlocks(Map<String, List<String>> labels, Organisations organisations) {
        this.organisations = organisations;
        ignore = words(labels.get("ignore"));
        List<String> roles = new ArrayList<>(labels.get("owner"));
        roles.addAll(labels.get("partner"));
        role = Pattern.compile(words(roles).pattern() + "\\s*(\\(([^)]*)\\)|:)?", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        date = new LabelWords(labels.get("date"));
        clarification = new LabelWords(labels.get("clarification"));
        name = new LabelWords(labels.get("name"));
        organisation = new LabelWords(labels.get("organisation"));
        valueLabels.put(Field.DATE, date);
        valueLabels.put(Field.CLARIFICATION, clarification);
        valueLabels.put(Field.ORGANISATION, organisation);
        valueLabels.put(Field.NAME, name);
        ownerWords = labels.get("owner");
    }

    private static Pattern words(List<String> alternatives) {
        return Pattern.compile("(?<![\\p{L}])(" + String.join("|", alternatives.stream().map(Pattern::quote).toList())
                + ")(?![\\p{L}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** True when the line holds a date label: where a signature region can begin. */
    boolean hasDateLabel(FormLine line) {
        return line.cells().stream().flatMap(c -> fields(c.text()).stream())
                .anyMatch(t -> t.length() < 80 && date.in(t) && !organisation.in(t));
    }

    List<Signer> read(List<FormLine> region) {
        List<Signer> signers = new ArrayList<>();
        for (List<FormLine> group : groups(region).stream().flatMap(g -> byMergedOrganisation(g).stream()).toList()) {
            List<List<Entry>> rows = group.stream().flatMap(l -> unstacked(l).stream()).map(this::entries)
                    .filter(row -> !isStray(row)).toList();
            if (rows.stream().flatMap(List::stream).noneMatch(e -> e != null && (e.labelled() || typeOf(e.value()) == Field.DATE))) {
                continue; // neither a label nor a date: a title or a note near the blocks, no signature
            }
            signers.addAll(isRowPerSigner(rows) ? byRow(rows) : byColumn(isPairs(rows) ? oneColumn(rows) : rows));
        }
        return merged(signers);
    }

    /**
     * A row whose cells hold a signer's whole block each – "Datum: … Underskrift: … Namnförtydligande: …" as the
     * paragraphs of one cell, the parties side by side – as the rows of labels in each cell it shows: the k-th label
     * of every cell in the k-th row. A row of one label in a cell is itself.
     */
    private List<FormLine> unstacked(FormLine line) {
        List<List<String>> cells = line.cells().stream().map(c -> fields(c.text())).toList();
        int rows = cells.stream().mapToInt(List::size).max().orElse(1);
        if (rows < 2) {
            return List.of(line);
        }
        List<FormLine> unstacked = new ArrayList<>();
        for (int k = 0; k < rows; k++) {
            List<FormLine.Cell> row = new ArrayList<>();
            for (int c = 0; c < cells.size(); c++) {
                List<String> pieces = cells.get(c);
                row.add(new FormLine.Cell(k < pieces.size() ? pieces.get(k) : "", line.cells().get(c).handwritten()));
            }
            unstacked.add(new FormLine(line.line(), row));
        }
        return unstacked;
    }

    /** A cell's text cut before each label followed by a colon, when it holds two different ones; else whole. */
    private List<String> fields(String text) {
        List<Integer> cuts = new ArrayList<>();
        Set<Field> fields = EnumSet.noneOf(Field.class);
        for (Map.Entry<Field, LabelWords> label : valueLabels.entrySet()) {
            for (LabelWords.Found f : label.getValue().all(text)) {
                int after = f.end();
                while (after < text.length() && text.charAt(after) == ' ') {
                    after++;
                }
                if (after < text.length() && text.charAt(after) == ':' && !cuts.contains(f.start())) {
                    cuts.add(f.start());
                    fields.add(label.getKey());
                }
            }
        }
        if (fields.size() < 2) {
            return List.of(text);
        }
        cuts.sort(Integer::compare);
        List<String> pieces = new ArrayList<>();
        String before = text.substring(0, cuts.get(0)).strip();
        if (!before.isEmpty()) {
            pieces.add(before);
        }
        for (int i = 0; i < cuts.size(); i++) {
            pieces.add(text.substring(cuts.get(i), i + 1 < cuts.size() ? cuts.get(i + 1) : text.length()).strip());
        }
        return pieces;
    }

    /** A row of single words that are neither a date nor an organisation, under no label: a row of place names. */
    private boolean isStray(List<Entry> row) {
        List<Entry> present = row.stream().filter(e -> e != null).toList();
        return present.size() >= 2 && present.stream().allMatch(e -> !e.labelled() && !e.value().contains(" ")
                && typeOf(e.value()) == Field.NONE);
    }

    /**
     * Each row is one label with its value beside it ("Ort och datum | Gimo 15/12", "Östhammar 14/12 | Ort och
     * datum"), or one of them alone: one signer's block written down the page, whichever column a value is in.
     */
    private static boolean isPairs(List<List<Entry>> rows) {
        for (List<Entry> row : rows) {
            List<Entry> present = row.stream().filter(e -> e != null).toList();
            if (present.size() > 2 || present.stream().filter(Entry::labelled).count() > 1
                    || (present.size() == 2 && present.stream().noneMatch(Entry::labelOnly))) {
                return false;
            }
        }
        return true;
    }

    private static List<List<Entry>> oneColumn(List<List<Entry>> rows) {
        List<List<Entry>> column = new ArrayList<>();
        for (List<Entry> row : rows) {
            List<Entry> present = row.stream().filter(e -> e != null).toList();
            if (present.size() == 2) {
                Entry label = present.get(0).labelOnly() ? present.get(0) : present.get(1);
                Entry value = label == present.get(0) ? present.get(1) : present.get(0);
                column.add(List.of(label.withValue(label.field(), value)));
            } else if (present.size() == 1) {
                column.add(present);
            }
        }
        return column;
    }

    /**
     * A table whose first column names each party once for several rows – a cell merged down the party's rows, which
     * the Word reader repeats in each – as one table per party: its rows without that cell (a cell of another column
     * merged the same way in its first row only), the organisation below them. Else the table as it is.
     */
    private List<List<FormLine>> byMergedOrganisation(List<FormLine> group) {
        List<List<FormLine>> parties = new ArrayList<>();
        for (int start = 0, end; start < group.size(); start = end) {
            FormLine first = group.get(start);
            end = start + 1;
            while (end < group.size() && group.get(end).cell(0).equals(first.cell(0))) {
                end++;
            }
            Entry named = first.cells().size() < 2 ? null : entry(first.cells().get(0), first.line());
            if (end - start < 2 || named == null
                    || named.field() != Field.ORGANISATION && !organisations.isOrganisation(named.value())) {
                return List.of(group);
            }
            List<FormLine> party = new ArrayList<>();
            for (FormLine row : group.subList(start, end)) {
                List<FormLine.Cell> cells = new ArrayList<>();
                for (int c = 1; c < row.cells().size(); c++) {
                    boolean repeated = row != first && c < first.cells().size() && row.cell(c).equals(first.cell(c));
                    cells.add(repeated ? new FormLine.Cell("", false) : row.cells().get(c));
                }
                FormLine kept = FormLine.of(row.line(), cells);
                if (kept != null) {
                    party.add(kept);
                }
            }
            party.add(new FormLine(group.get(end - 1).line(), List.of(first.cells().get(0))));
            parties.add(party);
        }
        return parties;
    }

    /** Lines without a blank line between them form one table. */
    private static List<List<FormLine>> groups(List<FormLine> lines) {
        List<List<FormLine>> groups = new ArrayList<>();
        int previous = Integer.MIN_VALUE;
        for (FormLine l : lines) {
            if (l.line() != previous + 1 && l.line() != previous) {
                groups.add(new ArrayList<>());
            }
            groups.get(groups.size() - 1).add(l);
            previous = l.line();
        }
        return groups;
    }

    private List<Entry> entries(FormLine line) {
        List<Entry> entries = new ArrayList<>();
        for (FormLine.Cell c : line.cells()) {
            entries.add(entry(c, line.line()));
        }
        return entries;
    }

    private Entry entry(FormLine.Cell cell, int line) {
        String text = cell.text();
        if (text.isBlank() || ignore.matcher(text).find() || CONTACT.matcher(text).find()) {
            return null;
        }
        Matcher r = role.matcher(text);
        if (r.find()) {
            String inParens = r.group(3) == null ? "" : r.group(3).strip();
            String roleWord = ownerWords.stream().anyMatch(w -> w.equalsIgnoreCase(r.group(1))) ? "owner" : "partner";
            String value = rest(text, r.start(), r.end());
            Field f = clarification.in(inParens) ? Field.CLARIFICATION : Field.NAME;
            // "Insatsägare (Heby kommun)": the organisation is printed in the label
            String printed = f == Field.NAME && !name.in(inParens) ? inParens : "";
            String before = text.substring(0, r.start()).strip();
            boolean written = cell.handwritten();
            if (printed.isEmpty() && organisations.isOrganisation(before)) {
                // "Region Uppsala Samverkanspart (namn) Karin L.": the organisation before the label, the name after;
                // written in the signature's cell, it shows that the cell was signed
                printed = before;
                value = Trim.both(text.substring(r.end()), ":").strip();
                written = true;
            }
            return new Entry(f, value, roleWord, printed, true, written, line);
        }
        for (Map.Entry<Field, LabelWords> label : valueLabels.entrySet()) {
            var found = label.getValue().find(text);
            if (found.isPresent()) {
                return new Entry(label.getKey(), rest(text, found.get().start(), found.get().end()), null, "", true,
                        cell.handwritten(), line);
            }
        }
        return new Entry(Field.NONE, text.strip(), null, "", false, cell.handwritten(), line);
    }

    private static String rest(String text, int start, int end) {
        return Trim.both(text.substring(0, start) + " " + text.substring(end), ":").strip();
    }

    /** The plan's table: some row labels several different fields. */
    private static boolean isRowPerSigner(List<List<Entry>> rows) {
        for (List<Entry> row : rows) {
            if (row.stream().filter(e -> e != null && e.labelled()).map(Entry::field).distinct().count() >= 2) {
                return true;
            }
        }
        return false;
    }

    private Field typeOf(String value) {
        if (SwedishDates.read(value, 2000).isPresent()) {
            return Field.DATE;
        }
        return organisations.isOrganisation(value) ? Field.ORGANISATION : Field.NONE;
    }

    private List<Signer> byRow(List<List<Entry>> rows) {
        List<Signer> signers = new ArrayList<>();
        Map<Integer, Field> columnLabel = new LinkedHashMap<>();
        Signer current = null;
        for (List<Entry> row : rows) {
            Signer values = new Signer();
            for (int c = 0; c < row.size(); c++) {
                Entry e = row.get(c);
                if (e == null) {
                    continue;
                }
                Field f = e.field();
                if (e.labelled()) {
                    columnLabel.put(c, f);
                } else {
                    f = columnLabel.getOrDefault(c, typeOf(e.value()));
                }
                add(values, f, e);
            }
            values.labels.addAll(columnLabel.values());
            if (values.values.isEmpty() && !values.signatureSeen) {
                continue;
            }
            boolean startsNew = current == null || values.values.containsKey(Field.DATE)
                    || values.values.keySet().stream().anyMatch(current.values::containsKey);
            if (startsNew) {
                current = values;
                signers.add(current);
            } else {
                Signer into = current;
                values.values.forEach((f, v) -> into.put(f, v, values.lines.get(f)));
                into.labels.addAll(values.labels);
                into.signatureSeen |= values.signatureSeen;
            }
        }
        return signers;
    }

    private void add(Signer s, Field f, Entry e) {
        if (s.line == 0) {
            s.line = e.line();
        }
        if (e.labelled()) {
            s.labels.add(f);
        }
        if (e.role() != null && s.role == null) {
            s.role = e.role();
        }
        if (f == Field.NAME && (!e.value().isEmpty() || e.handwritten())) {
            s.signatureSeen = true;
        }
        s.put(Field.ORGANISATION, e.organisation(), e.line());
        if (f != Field.NONE) {
            s.put(f, e.value(), e.line());
        }
    }

    /** Signers side by side: each column read downwards; a date (or a new name in a block) starts the next. */
    private List<Signer> byColumn(List<List<Entry>> rows) {
        int width = rows.stream().mapToInt(List::size).max().orElse(0);
        List<List<Entry>> streams = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            streams.add(new ArrayList<>());
        }
        Map<Integer, Field> columnLabel = new LinkedHashMap<>();
        // the columns whose last label has no value yet: the next bare value is its value (label above value)
        Set<Integer> open = new HashSet<>();
        // a bare value no open label takes waits for the label below it (value above label)
        Map<Integer, Entry> pending = new LinkedHashMap<>();
        for (List<Entry> row : rows) {
            int[] leftLabel = nearestLabelled(row, -1);
            int[] rightLabel = nearestLabelled(row, 1);
            for (int c = 0; c < row.size(); c++) {
                Entry e = row.get(c);
                if (e == null) {
                    continue;
                }
                if (e.labelled()) {
                    Entry before = pending.remove(c);
                    if (e.labelOnly() && before != null) {
                        e = e.withValue(e.field(), before);
                    } else if (before != null) {
                        underLabel(streams, columnLabel, c, before);
                    }
                    columnLabel.put(c, e.field());
                    List<Entry> stream = streams.get(c);
                    Entry last = stream.isEmpty() ? null : stream.get(stream.size() - 1);
                    // "Enköping 180131" above "Ort och datum": the label belongs to the value just read
                    if (e.labelOnly() && last != null && !last.labelled() && last.field() == e.field()) {
                        open.remove(c);
                        continue;
                    }
                    if (e.labelOnly()) {
                        open.add(c);
                    } else {
                        open.remove(c);
                    }
                    stream.add(e);
                    continue;
                }
                Entry left = c > 0 ? row.get(c - 1) : null;
                Field typed = typeOf(e.value());
                if (left != null && left.labelOnly() && !columnLabel.containsKey(c) && fits(typed, left.field())) {
                    streams.get(c - 1).add(left.withValue(left.field(), e));
                    continue;
                }
                Field borrowed = typed != Field.NONE ? typed : rowLabel(row, leftLabel, rightLabel, c);
                if (borrowed == null && open.contains(c)) {
                    borrowed = columnLabel.get(c);
                }
                if (borrowed == columnLabel.get(c)) {
                    open.remove(c);
                }
                if (borrowed == null) {
                    Entry earlier = pending.put(c, e);
                    if (earlier != null) {
                        underLabel(streams, columnLabel, c, earlier);
                    }
                } else {
                    streams.get(c).add(new Entry(borrowed, e.value(), null, "", false, e.handwritten(), e.line()));
                }
            }
        }
        pending.forEach((c, e) -> underLabel(streams, columnLabel, c, e));
        List<Signer> signers = new ArrayList<>();
        Signer lastWithoutDate = null;
        for (List<Entry> stream : streams) {
            List<Signer> found = blocks(stream);
            if (found.size() == 1 && found.get(0).name().isEmpty() && found.get(0).get(Field.ORGANISATION).isEmpty()
                    && lastWithoutDate != null) {
                // a date standing alone in its column belongs to the signer on its left
                Signer d = found.get(0);
                lastWithoutDate.put(Field.DATE, d.get(Field.DATE), d.lines.getOrDefault(Field.DATE, d.line));
                lastWithoutDate.labels.addAll(d.labels);
                lastWithoutDate = null;
                continue;
            }
            for (Signer s : found) {
                signers.add(s);
                lastWithoutDate = s.get(Field.DATE).isEmpty() ? s : lastWithoutDate;
            }
        }
        return signers.stream().filter(s -> !s.name().isEmpty() || !s.get(Field.ORGANISATION).isEmpty()
                || !s.get(Field.DATE).isEmpty()).toList();
    }

    /** A waiting value no label below took: it is the value of the label above it, if the column has one. */
    private static void underLabel(List<List<Entry>> streams, Map<Integer, Field> columnLabel, int c, Entry e) {
        if (columnLabel.containsKey(c)) {
            streams.get(c).add(new Entry(columnLabel.get(c), e.value(), null, "", false, e.handwritten(), e.line()));
        }
    }

    private static boolean fits(Field typed, Field label) {
        return typed == Field.NONE || typed == label || (typed == Field.ORGANISATION && label != Field.DATE);
    }

    /** The label of the nearest labelled cell in the row, the left one when two are as near; null when none is. */
    private static Field rowLabel(List<Entry> row, int[] leftLabel, int[] rightLabel, int c) {
        int left = leftLabel[c];
        int right = rightLabel[c];
        if (left < 0 && right < 0) {
            return null;
        }
        int k = right < 0 || (left >= 0 && c - left <= right - c) ? left : right;
        return row.get(k).field();
    }

    /** For each cell, the nearest labelled cell before it (step -1) or after it (step 1); -1 when there is none. */
    private static int[] nearestLabelled(List<Entry> row, int step) {
        int[] nearest = new int[row.size()];
        int last = -1;
        for (int i = step > 0 ? row.size() - 1 : 0; i >= 0 && i < row.size(); i -= step) {
            nearest[i] = last;
            if (row.get(i) != null && row.get(i).labelled()) {
                last = i;
            }
        }
        return nearest;
    }

    /** One column's entries as signers: a date opens a block; each name clarification in it is one signer. */
    private List<Signer> blocks(List<Entry> stream) {
        List<Signer> signers = new ArrayList<>();
        Signer block = new Signer();
        List<Signer> inBlock = new ArrayList<>();
        // whether a signer of this block has a name yet: names are only ever added, so this is kept, not searched
        boolean named = false;
        for (int i = 0; i < stream.size(); i++) {
            Entry e = stream.get(i);
            boolean blockHasPerson = !block.get(Field.DATE).isEmpty() || named;
            // an organisation alone just above a date heads the next block (a grid's second row of parties,
            // "Försäkringskassan | Region Uppsala" over their "Datum: …"), not the signer above it
            boolean heads = e.field() == Field.ORGANISATION && !e.labelled() && i + 1 < stream.size()
                    && stream.get(i + 1).field() == Field.DATE;
            if ((e.field() == Field.DATE || heads) && blockHasPerson) {
                signers.addAll(close(block, inBlock));
                block = new Signer();
                inBlock = new ArrayList<>();
                named = false;
            }
            if (e.field() == Field.CLARIFICATION && !e.value().isEmpty()
                    && (inBlock.isEmpty() || !inBlock.get(inBlock.size() - 1).get(Field.CLARIFICATION).isEmpty())) {
                inBlock.add(new Signer());
            }
            // a name after a clarification is the next signer's; an organisation only when the last has one
            // ("Namnförtydligande: Ada Berg" then "Organisation: Sala kommun" is one signer)
            Signer lastSigner = inBlock.isEmpty() ? null : inBlock.get(inBlock.size() - 1);
            if ((e.field() == Field.NAME && (lastSigner == null || !lastSigner.get(Field.CLARIFICATION).isEmpty()))
                    || (e.field() == Field.ORGANISATION && (lastSigner == null
                            || !lastSigner.get(Field.ORGANISATION).isEmpty()))) {
                inBlock.add(new Signer());
            }
            Signer target = e.field() == Field.DATE || heads || inBlock.isEmpty() ? block : inBlock.get(inBlock.size() - 1);
            add(target, e.field(), e);
            named |= target != block && !target.name().isEmpty();
        }
        signers.addAll(close(block, inBlock));
        return signers;
    }

    private static List<Signer> close(Signer block, List<Signer> people) {
        if (people.isEmpty()) {
            return block.values.isEmpty() ? List.of() : List.of(block);
        }
        String organisation = "";
        for (Signer p : people) {
            p.put(Field.DATE, block.get(Field.DATE), block.lines.getOrDefault(Field.DATE, block.line));
            p.put(Field.ORGANISATION, block.get(Field.ORGANISATION), block.lines.getOrDefault(Field.ORGANISATION, block.line));
            // two names under one "Insatsägare (Heby kommun)": the organisation printed above holds for both
            if (p.get(Field.ORGANISATION).isEmpty() && !organisation.isEmpty()) {
                p.put(Field.ORGANISATION, organisation, p.line);
            }
            organisation = p.get(Field.ORGANISATION);
            p.role = p.role != null ? p.role : block.role;
            p.labels.addAll(block.labels);
            p.line = block.line != 0 ? Math.min(block.line, p.line == 0 ? block.line : p.line) : p.line;
        }
        return people;
    }

    /** The same person signing several copies of the page is one signer with what each copy adds. */
    private static List<Signer> merged(List<Signer> signers) {
        Map<String, Signer> byName = new LinkedHashMap<>();
        List<Signer> result = new ArrayList<>();
        for (Signer s : signers) {
            String key = s.name().toLowerCase().replaceAll("[^\\p{L}]", "");
            Signer earlier = key.isEmpty() ? null : byName.get(key);
            if (earlier == null) {
                result.add(s);
                if (!key.isEmpty()) {
                    byName.put(key, s);
                }
                continue;
            }
            boolean earlierDated = !earlier.get(Field.DATE).isEmpty()
                    && SwedishDates.read(earlier.get(Field.DATE), 2000).isPresent();
            if (!earlierDated && SwedishDates.read(s.get(Field.DATE), 2000).isPresent()) {
                earlier.values.put(Field.DATE, s.get(Field.DATE));
                earlier.lines.put(Field.DATE, s.lines.get(Field.DATE));
            }
            s.values.forEach((f, v) -> earlier.put(f, v, s.lines.get(f)));
            earlier.labels.addAll(s.labels);
            earlier.signatureSeen |= s.signatureSeen;
            earlier.role = earlier.role != null ? earlier.role : s.role;
        }
        return result;
    }
}
