package se.finsam.check.read.form;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import se.finsam.check.edition.Edition;
import se.finsam.check.edition.Editions;
import se.finsam.check.model.Kind;
import se.finsam.check.model.Place;
import se.finsam.check.model.Reading;
import se.finsam.check.read.InputError;
import se.finsam.check.read.SwedishDates;

/**
 * Reads a form – in the neutral representation – into the structured document of FORMAT.md: recognises the
 * kind from the form's own headings, splits it at its headings, and reads each part (answers, the resource table,
 * signature blocks, insatstid, budget, the report's statements about vacancies and returns). Every value keeps its
 * source line.
 */
public final class FormParser {

    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(20\\d\\d)(?!\\d)");
    private static final int KIND_LINES = 15;
    /** A form without a title is known by its headings: this many of one kind's, so a letter is not taken for one. */
    private static final int MIN_HEADINGS = 3;
    /** A line this short may be a value of a signature block; a longer one is prose. */
    private static final int SHORT_LINE = 80;
    /** How much of a heading names a place (under ”Underskrifter”): a long heading is cut after a word. */
    private static final int HEADING_WORDS = 8;
    private static final Pattern BULLET = Pattern.compile("\\s*(?:[•·]|(?<![\\p{L}\\d])- )\\s*");

    private final FormLayout layout;
    private final Editions editions;
    private final Organisations organisations;
    private final SignatureBlocks signatureBlocks;
    private final ReportProse prose;
    private final Map<String, Map<String, List<String>>> headings = new LinkedHashMap<>();
    /** Each kind's headings, to find them on a form. */
    private final Map<String, Headings> matchers = new LinkedHashMap<>();
    /** The goals' sub-headings as words within a line (the longest first: "Insatsmål/resultatmål" before "Insatsmål"). */
    private final Pattern goalHeadings;

    public FormParser(FormLayout layout, Editions editions) {
        this.layout = layout;
        this.editions = editions;
        Edition any = editions.get(editions.years().get(editions.years().size() - 1)).orElseThrow();
        this.organisations = new Organisations(word -> any.partyOfOrganisation(word).isPresent());
        this.signatureBlocks = new SignatureBlocks(layout.signatureLabels(), organisations);
        this.prose = new ReportProse(layout);
        layout.headings().forEach((kind, parts) -> headings.put(kind, merge(parts, editions.questionWordings(Kind.fromId(kind)))));
        headings.forEach((kind, parts) -> matchers.put(kind, new Headings(parts)));
        this.goalHeadings = Pattern.compile("(?<!\\p{L})(" + layout.goalHeadings().values().stream().flatMap(List::stream)
                .sorted(java.util.Comparator.comparingInt(String::length).reversed()).map(Pattern::quote)
                .collect(Collectors.joining("|")) + ")(?!\\p{L})", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /**
     * A kind's headings: its parts in the form's order (forms.yaml), a question worded as the editions word it –
     * editions.yaml is the one place a question is worded – and in the other wordings forms.yaml adds.
     */
    private static Map<String, List<String>> merge(Map<String, List<String>> parts, Map<String, List<String>> questions) {
        Map<String, List<String>> all = new LinkedHashMap<>();
        parts.forEach((key, variants) -> all.put(key, new ArrayList<>(variants)));
        questions.forEach((key, wordings) -> all.computeIfAbsent(key, k -> new ArrayList<>()).addAll(0, wordings));
        return all;
    }

    /**
     * No form's title found: on a scan whose page OCR could not read, the title may stand on that page – say so,
     * rather than that the file is no form.
     */
    private static InputError unknownKind(FormText read) {
        String unread = read.unread().stream().filter(p -> !p.blank()).map(p -> String.valueOf(p.page()))
                .collect(Collectors.joining(", "));
        return unread.isEmpty() ? new InputError(read.source(), 1, 0, "form.unknownKind")
                : new InputError(read.source(), 1, 0, "form.unknownKindUnread", unread);
    }

    /** The headings a form of this kind is split at (for the test that questions are worded once). */
    Map<String, List<String>> headings(String kind) {
        return headings.get(kind);
    }

    public FormTree parse(FormText read) throws InputError {
        FormText unguided = withoutGuidance(read, line -> false);
        if (unguided.lines().stream().allMatch(line -> line.text().isBlank())) {
            // an empty file, or a Word document with nothing written in it, is no form of an unknown kind
            throw new InputError(read.source(), 0, 0, "form.empty");
        }
        String kind = kind(unguided).orElseThrow(() -> unknownKind(read));
        Headings headings = matchers.get(kind);
        FormText form = Contents.without(withoutGuidance(read, line -> heading(headings, line).isPresent()),
                line -> heading(headings, line));
        List<Section> sections = new ArrayList<>();
        List<FormLine> preamble = new ArrayList<>();
        int regionStart = signatureRegion(form, kind);
        int signaturesStart = regionStart;
        List<FormLine> region = new ArrayList<>();
        Set<String> questions = editions.questionWordings(Kind.fromId(kind)).keySet();
        List<FormLine> lines = new ArrayList<>();
        for (FormLine line : form.lines()) {
            lines.addAll(regionStart >= 0 && line.line() >= regionStart ? List.of(line) : atQuestions(line, headings, questions));
        }
        Set<FormLine> headingLines = Collections.newSetFromMap(new IdentityHashMap<>());
        for (FormLine line : lines) {
            Optional<Headings.Match> heading = heading(headings, line).filter(h -> !h.inflected() || !hasSection(sections, h.key()));
            if (heading.isPresent() && (regionStart < 0 || line.line() < regionStart
                    || heading.get().key().equals("signatures") || isBudget(heading.get().key()))) {
                sections.add(section(headings, heading.get(), line));
                headingLines.add(line);
                if (isBudget(heading.get().key())) {
                    regionStart = -1; // the budget's tables sign nothing
                } else if (heading.get().key().equals("signatures") && regionStart < 0 && signaturesStart >= 0) {
                    regionStart = line.line(); // a page of signatures sent after the budget
                }
                continue;
            }
            if (regionStart >= 0 && line.line() >= regionStart) {
                // the form's title repeated on a signature page ("Verksamhetsplan 2017 LOKUS Tierp") signs nothing
                if (!isTitle(line, kind)) {
                    region.add(line);
                }
            } else if (sections.isEmpty()) {
                preamble.add(line);
            } else {
                sections.get(sections.size() - 1).body().add(line);
            }
        }
        LinkedHashMap<String, Object> root = new LinkedHashMap<>();
        root.put("kind", new Sourced(kind, 1));
        Builder b = new Builder(form, kind, sections, preamble, region, root);
        b.build();
        return new FormTree(root, places(form, lines, headingLines, signaturesStart), b.readings, read.unread());
    }

    /**
     * The form without the template's guidance left in: a line set in its look (see {@link Place#grey}) and worded
     * as guidance ("Beskriv här …") is read as nothing – but one of the form's questions, printed so ("Beskriv
     * målgrupp för insatsen"), is the question, and, being the form's own text, no reading to check. Other lines
     * so set stay what they are: an answer the group typed in the template's grey, to be checked in the original.
     */
    private static FormText withoutGuidance(FormText form, Predicate<FormLine> isQuestion) {
        if (form.places().values().stream().noneMatch(Place::grey)) {
            return form;
        }
        List<FormLine> lines = new ArrayList<>();
        Map<Integer, Place> places = new HashMap<>(form.places());
        for (FormLine line : form.lines()) {
            Place place = form.places().get(line.line());
            if (place == null || !place.grey()) {
                lines.add(line);
            } else if (isQuestion.test(line)) {
                lines.add(line);
                places.put(line.line(), place.asRead());
            } else if (!Placeholders.isWordedAsGuidance(line.text())) {
                lines.add(line);
            }
        }
        return new FormText(form.source(), lines, places, form.context(), form.unread());
    }

    private static final Pattern SENTENCE_START = Pattern.compile("(?<=[.!?])\\s+(?=\\p{Lu})");
    private static final Pattern QUESTION_NUMBER = Pattern.compile("(\\d{1,2}\\.)+|[IVX]{1,4}\\.");
    /** How far after a sentence's start its question mark may stand for the sentence to be one of the form's questions. */
    private static final int QUESTION_LENGTH = 160;

    /**
     * A paragraph split where one of the form's questions begins inside it ("… ohälsa. Påverkas utfall/resultat
     * av ett jämställdhetsperspektiv? Nej, inte i år"): each part a line of its own, with the paragraph's line
     * number, so the question is a heading and what follows it its answer.
     */
    private static List<FormLine> atQuestions(FormLine line, Headings headings, Set<String> questions) {
        if (line.isRow()) {
            return List.of(line);
        }
        String text = line.cell(0);
        List<Integer> cuts = new ArrayList<>();
        Matcher m = SENTENCE_START.matcher(text);
        int mark = -1;
        while (m.find()) {
            int start = m.end();
            // the next question mark, found once for all the sentences before it (the paragraph is read once)
            if (mark < start) {
                mark = text.indexOf('?', start);
                if (mark < 0) {
                    break;
                }
            }
            // "4. Vilka strukturområden …?": the question's own number is no sentence before it
            if (mark - start <= QUESTION_LENGTH && text.substring(start, mark).indexOf('.') < 0
                    && !QUESTION_NUMBER.matcher(text.substring(0, start).strip()).matches()
                    && headings.match(text.substring(start, mark + 1)).filter(h -> questions.contains(h.key())).isPresent()) {
                cuts.add(start);
            }
        }
        if (cuts.isEmpty()) {
            return List.of(line);
        }
        List<FormLine> parts = new ArrayList<>();
        int from = 0;
        cuts.add(text.length());
        for (int cut : cuts) {
            String part = text.substring(from, cut).strip();
            if (!part.isEmpty()) {
                parts.add(new FormLine(line.line(), List.of(new FormLine.Cell(part, line.cells().get(0).handwritten()))));
            }
            from = cut;
        }
        return parts;
    }

    /**
     * Where each line stands in a Word or PDF original, with the heading above it (one the form was split at) in
     * the form's words and, for a paragraph, its number under that heading – what a person finds it by in the
     * original. Signature blocks that start without a heading (signaturesStart, -1 for none) are not placed under
     * the question above them.
     */
    private static Map<Integer, Place> places(FormText form, List<FormLine> lines, Set<FormLine> headingLines,
                                              int signaturesStart) {
        if (form.places().isEmpty()) {
            return Map.of();
        }
        Map<Integer, Place> places = new HashMap<>();
        String under = "";
        int paragraph = 0;
        boolean inSignatures = false;
        for (FormLine line : lines) {
            Place place = form.places().get(line.line());
            if (!inSignatures && signaturesStart >= 0 && line.line() >= signaturesStart) {
                // signature blocks without a heading of their own are under no question: name the table alone
                inSignatures = true;
                under = "";
            }
            if (headingLines.contains(line)) {
                under = Trim.words(line.text(), HEADING_WORDS);
                paragraph = 0;
            } else if (!line.isRow()) {
                paragraph++;
            }
            if (place != null) {
                // a paragraph split where a question begins inside it keeps the place of its first part
                places.putIfAbsent(line.line(), place.under(under, place.isTableRow() ? 0 : paragraph));
            }
        }
        return places;
    }

    /**
     * The section a heading line begins. A budget typed beside its question – in the cell beside it, or after a
     * tab – is the budget's first line, not its title: its amounts are counted.
     */
    private Section section(Headings headings, Headings.Match heading, FormLine line) {
        int first = 0;
        while (first < line.cells().size() - 1 && line.cell(first).isEmpty()) {
            first++;
        }
        List<FormLine.Cell> beside = line.cells().subList(first + 1, line.cells().size());
        boolean budget = heading.key().equals("budget") || isBudget(heading.key());
        if (!budget || beside.stream().allMatch(c -> c.text().isEmpty())) {
            return new Section(heading.key(), line.line(), heading.rest(), new ArrayList<>());
        }
        List<FormLine> body = new ArrayList<>();
        body.add(new FormLine(line.line(), List.copyOf(beside)));
        String own = headings.match(line.cell(first)).map(Headings.Match::rest).orElse("");
        return new Section(heading.key(), line.line(), own, body);
    }

    /**
     * Whether the form has had this section, which it has once: a one-word heading in another form of its word is
     * not taken a second time ("Insatsägarna" alone, the first word of the agreement's "Insatsägarna är
     * verksamhetsansvariga …" wrapped in a narrow cell, is not the heading "Insatsägare" again). Signatures come in
     * as many tables as the parties need ("Underskrift:" over each).
     */
    private static boolean hasSection(List<Section> sections, String key) {
        return !key.equals("signatures") && sections.stream().anyMatch(s -> s.key().equals(key));
    }

    private static boolean isBudget(String key) {
        return key.equals("budgetDetail");
    }

    /** A heading in the line's first cell that has text ("⇥FORMALIA"); the other cells are its inline answer. */
    private Optional<Headings.Match> heading(Headings headings, FormLine line) {
        int first = 0;
        while (first < line.cells().size() - 1 && line.cell(first).isEmpty()) {
            first++;
        }
        List<FormLine.Cell> after = line.cells().subList(first + 1, line.cells().size());
        return headings.match(line.cell(first)).map(m -> new Headings.Match(m.key(),
                (m.rest() + " " + after.stream().map(FormLine.Cell::text).collect(Collectors.joining(" "))).strip(),
                m.inflected()));
    }

    /**
     * The kind, from the form's title and its fixed headings – never from a word in an answer: the first marker of a
     * kind (forms.yaml) in the page header or in the lines above the form's first heading (its title and preamble);
     * else the kind whose headings the form has the most of (a form without a title, or below an e-mail).
     */
    private Optional<String> kind(FormText form) {
        Optional<String> titled = firstMarker(opening(form));
        return titled.isPresent() ? titled : byHeadings(form.lines());
    }

    /** The page header and footer, and the lines above the first heading of any kind (at most KIND_LINES of them). */
    private List<FormLine> opening(FormText form) {
        List<FormLine> opening = new ArrayList<>(form.context());
        for (FormLine line : form.lines()) {
            if (opening.size() >= form.context().size() + KIND_LINES
                    || matchers.values().stream().anyMatch(h -> heading(h, line).isPresent())) {
                break;
            }
            opening.add(line);
        }
        return opening;
    }

    /** The kind whose marker comes first in these lines. */
    private Optional<String> firstMarker(List<FormLine> lines) {
        for (FormLine line : lines) {
            String text = Similarity.normalise(line.text());
            String first = null;
            int at = Integer.MAX_VALUE;
            for (Map.Entry<String, List<String>> k : layout.kinds().entrySet()) {
                for (String marker : k.getValue()) {
                    int i = text.indexOf(Similarity.normalise(marker));
                    if (i >= 0 && i < at) {
                        at = i;
                        first = k.getKey();
                    }
                }
            }
            if (first != null) {
                return Optional.of(first);
            }
        }
        return Optional.empty();
    }

    /** The kind of which the form has the most different headings, at least MIN_HEADINGS; the first on a tie. */
    private Optional<String> byHeadings(List<FormLine> lines) {
        String best = null;
        long most = MIN_HEADINGS - 1;
        for (Map.Entry<String, Headings> k : matchers.entrySet()) {
            long found = lines.stream().map(l -> heading(k.getValue(), l)).flatMap(Optional::stream)
                    .map(Headings.Match::key).distinct().count();
            if (found > most) {
                most = found;
                best = k.getKey();
            }
        }
        return Optional.ofNullable(best);
    }

    private boolean isTitle(FormLine line, String kind) {
        String text = Similarity.normalise(line.text());
        return layout.kinds().get(kind).stream().anyMatch(marker -> text.contains(Similarity.normalise(marker)));
    }

    /**
     * The first line of the signature blocks: a date label after the form's last question – a "Datum:" under a
     * question is the question's own (a meeting's date), and the signatures come after the questions. Where none
     * comes after the last question (a heading matched in an appendix), a date label after the form's first third
     * – unless none comes later: a long appendix after the signatures puts them in the first third.
     */
    private int signatureRegion(FormText form, String kind) {
        if (kind.equals("quarterly")) {
            return -1;
        }
        List<FormLine> lines = form.lines();
        int third = lines.size() / 3;
        int afterQuestions = firstDateLabel(lines, lastQuestion(matchers.get(kind), lines) + 1, lines.size());
        if (afterQuestions >= 0) {
            return afterQuestions;
        }
        int found = firstDateLabel(lines, third, lines.size());
        return found >= 0 ? found : firstDateLabel(lines, firstQuestion(matchers.get(kind), lines) + 1, third);
    }

    private int firstDateLabel(List<FormLine> lines, int from, int to) {
        for (int i = from; i < to; i++) {
            if (signatureBlocks.hasDateLabel(lines.get(i))) {
                // "Heby 20180212" on the line above "Ort och datum": the date above its label is the block's first line
                boolean dateAbove = i > 0 && lines.get(i - 1).line() == lines.get(i).line() - 1
                        && lines.get(i - 1).text().length() < SHORT_LINE
                        && SwedishDates.read(lines.get(i - 1).text(), 2000).isPresent();
                return lines.get(dateAbove ? i - 1 : i).line();
            }
        }
        return -1;
    }

    /** The index of the first line that is a question's heading (not the signatures' or the budget's), or -1. */
    private int firstQuestion(Headings headings, List<FormLine> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (isQuestion(headings, lines.get(i))) {
                return i;
            }
        }
        return -1;
    }

    /** The index of the last line that is a question's heading, or -1. */
    private int lastQuestion(Headings headings, List<FormLine> lines) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (isQuestion(headings, lines.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private boolean isQuestion(Headings headings, FormLine line) {
        Optional<Headings.Match> heading = heading(headings, line);
        return heading.isPresent() && !heading.get().key().equals("signatures") && !isBudget(heading.get().key());
    }

    /** Builds the document of one form. */
    private final class Builder {

        private final FormText form;
        private final String kind;
        private final List<Section> sections;
        private final List<FormLine> preamble;
        private final List<FormLine> region;
        private final LinkedHashMap<String, Object> root;
        /** How the reader came by the values a rule relies on, by the pointer of each value. */
        final Map<String, Reading> readings = new HashMap<>();

        Builder(FormText form, String kind, List<Section> sections, List<FormLine> preamble, List<FormLine> region,
                LinkedHashMap<String, Object> root) {
            this.form = form;
            this.kind = kind;
            this.sections = sections;
            this.preamble = preamble;
            this.region = region;
            this.root = root;
        }

        void build() {
            int year = formYear();
            root.put("edition", new Sourced(edition(year), yearLine()));
            switch (kind) {
                case "plan" -> plan();
                case "report" -> report();
                case "application" -> application();
                default -> quarterly();
            }
            List<SignatureValues.Signed> signed = new SignatureValues(signatureBlocks, organisations).read(region, fallbackAnchor());
            if (!signed.isEmpty()) {
                List<Object> signatures = new ArrayList<>();
                for (SignatureValues.Signed s : signed) {
                    readings.put("/signatures/" + signatures.size(), s.block());
                    if (s.date() != null) {
                        readings.put("/signatures/" + signatures.size() + "/date", s.date());
                    }
                    signatures.add(s.values());
                }
                root.put("signatures", signatures);
            }
        }

        private Optional<Section> section(String key) {
            Section empty = null;
            for (Section s : sections) {
                if (s.key().equals(key)) {
                    if (!s.text().isBlank()) {
                        return Optional.of(s);
                    }
                    empty = empty == null ? s : empty;
                }
            }
            return Optional.ofNullable(empty);
        }

        /** The year the form names in its title, else in its questions, else the first year in it. */
        private int formYear() {
            List<FormLine> opening = new ArrayList<>(form.context());
            opening.addAll(form.lines().subList(0, Math.min(KIND_LINES, form.lines().size())));
            for (FormLine l : opening) {
                Matcher m = YEAR.matcher(l.text());
                if (layout.kinds().get(kind).stream().anyMatch(k -> Similarity.normalise(l.text()).contains(Similarity.normalise(k)))
                        && m.find()) {
                    return Integer.parseInt(m.group(1));
                }
            }
            // no title (a page header the PDF lost, a form pasted below a mail): the year its questions name
            // ("Vilka mål har LOKUS-gruppen för arbetet 2017?") – not the first date, the day it was written or received
            Map<Integer, Section> headed = new HashMap<>();
            sections.forEach(s -> headed.putIfAbsent(s.line(), s));
            for (FormLine l : form.lines()) {
                Section s = headed.get(l.line());
                String text = l.text();
                if (s != null && text.endsWith(s.rest())) {
                    Matcher m = YEAR.matcher(text.substring(0, text.length() - s.rest().length()));
                    if (m.find()) {
                        return Integer.parseInt(m.group(1));
                    }
                }
            }
            for (FormLine l : form.lines()) {
                Matcher m = YEAR.matcher(l.text());
                if (m.find()) {
                    return Integer.parseInt(m.group(1));
                }
            }
            return editions.years().get(editions.years().size() - 1);
        }

        private int yearLine() {
            return form.lines().isEmpty() ? 1 : form.lines().get(0).line();
        }

        /** A plan's edition is its plan year; other forms follow the newest edition not after their year. */
        private int edition(int year) {
            if (kind.equals("plan")) {
                return year;
            }
            return editions.years().stream().filter(y -> y <= year).max(Integer::compare)
                    .orElse(editions.years().get(0));
        }

        /**
         * The form's answers: the questions this kind of form always has, and every question an edition asks of it
         * (a local edition may add one), found by its wording.
         */
        private void answers(List<String> keys) {
            LinkedHashMap<String, Object> answers = new LinkedHashMap<>();
            java.util.Set<String> asked = new java.util.LinkedHashSet<>(keys);
            asked.addAll(editions.questionWordings(Kind.fromId(kind)).keySet());
            for (String key : asked) {
                section(key).ifPresent(s -> answers.put(key, new Sourced(s.text(), s.answerLine())));
            }
            if (!answers.isEmpty()) {
                root.put("answers", answers);
            }
        }

        private void text(String field, String sectionKey) {
            section(sectionKey).ifPresent(s -> {
                String value = !s.rest().isBlank() ? s.rest() : s.body().isEmpty() ? "" : s.body().get(0).text();
                if (!value.isBlank()) {
                    root.put(field, new Sourced(value, s.answerLine()));
                }
            });
        }

        private void plan() {
            text("area", "area");
            received();
            answers(List.of("goals", "targetGroups", "gender", "structuralAreas", "competenceEfforts"));
            section("resources").ifPresent(s -> {
                List<Object> rows = ResourceTable.read(s.body());
                if (!rows.isEmpty()) {
                    root.put("resources", rows);
                }
            });
        }

        /** One date standing alone above the form's questions is the stamp of its arrival; several are not clear. */
        private void received() {
            List<FormLine> alone = preamble.stream().filter(l -> {
                var d = SwedishDates.read(l.text(), 0);
                return d.isPresent() && !d.get().yearFromContext() && d.get().start() == 0 && d.get().end() == l.text().length();
            }).toList();
            if (alone.size() == 1) {
                FormLine l = alone.get(0);
                root.put("received", new Sourced(SwedishDates.read(l.text(), 0).get().date().toString(), l.line()));
            }
        }

        private void report() {
            text("initiative", "initiative");
            parties("partners", true);
            period();
            answers(List.of("purpose", "gender", "background", "needChanged", "targetGroup", "method", "followUp",
                    "implementation", "budgetOutcome", "returnReasons", "returnConsequences", "lessons"));
            List<Sourced> texts = new ArrayList<>();
            for (Section s : sections) {
                texts.add(new Sourced(s.rest(), s.line()));
                s.body().forEach(l -> texts.add(new Sourced(l.text(), l.line())));
            }
            List<Object> vacancies = prose.vacancies(texts);
            if (!vacancies.isEmpty()) {
                root.put("vacancies", vacancies);
            }
            List<Object> returns = prose.returns(texts);
            if (!returns.isEmpty()) {
                root.put("returns", returns);
            }
        }

        private void application() {
            text("initiative", "initiative");
            parties("owner", true);
            parties("partners", false);
            answers(List.of("purpose", "background", "targetGroup", "method", "followUp", "implementation", "anchoring",
                    "lokusDiscussed"));
            period();
            List<Object> goals = goals();
            BudgetTables budget = new BudgetTables(layout.budgetSums());
            for (Section s : sections) {
                if (s.key().equals("budget") || s.key().equals("budgetDetail")) {
                    budget.read(s.rest(), s.line(), s.body());
                }
            }
            if (!budget.posts.isEmpty()) {
                String resultGoals = goals.stream().map(g -> (Map<?, ?>) g).filter(g -> g.containsKey("result"))
                        .map(g -> String.valueOf(((Sourced) g.get("goal")).value())).collect(Collectors.joining(" "));
                for (Object p : budget.posts) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> post = (Map<String, Object>) p;
                    if (!resultGoals.isBlank()) {
                        post.put("resultGoal", new Sourced(resultGoals, firstGoalLine(goals)));
                    }
                }
                root.put("resources", budget.posts);
            }
            goals.forEach(g -> ((Map<?, ?>) g).remove("result"));
            if (!goals.isEmpty()) {
                root.put("goals", goals);
            }
            if (!budget.tables.isEmpty()) {
                root.put("budget", budget.tables);
            }
            section("agreement").ifPresent(s -> root.put("agreement", new Sourced(s.text(), s.answerLine())));
        }

        private int firstGoalLine(List<Object> goals) {
            return goals.stream().map(g -> (Map<?, ?>) g).filter(g -> g.containsKey("result"))
                    .map(g -> ((Sourced) g.get("goal")).line()).findFirst().orElse(1);
        }

        private void quarterly() {
            section("formalia").ifPresent(s -> {
                if (!s.body().isEmpty()) {
                    root.put("initiative", new Sourced(s.body().get(0).text(), s.body().get(0).line()));
                }
            });
            List<Object> goals = goals();
            goals.forEach(g -> ((Map<?, ?>) g).remove("result"));
            if (!goals.isEmpty()) {
                root.put("goals", goals);
            }
            section("resources").ifPresent(s -> {
                List<Object> posts = PostList.read(sections.stream().filter(x -> x.key().equals("resources"))
                        .flatMap(x -> x.body().stream()).toList(), layout.postLabels());
                if (!posts.isEmpty()) {
                    root.put("resources", posts);
                }
            });
        }

        /** Goals under their sub-headings (Effektmål, Insatsmål), one per bullet. */
        /**
         * The goals under their sub-headings (Effektmål, Insatsmål …), an item a bullet. A line may also open with a
         * sub-heading and go on with its goals, and the next sub-heading's after them – an answer typed in the cell
         * beside the question, whose paragraphs are one line ("Effektmål • … Insatsmål - …"): it is split at each.
         */
        private List<Object> goals() {
            List<Object> goals = new ArrayList<>();
            Optional<Section> section = section("goals");
            if (section.isEmpty()) {
                return goals;
            }
            List<Sourced> texts = new ArrayList<>();
            texts.add(new Sourced(section.get().rest(), section.get().line()));
            section.get().body().forEach(l -> texts.add(new Sourced(l.text(), l.line())));
            String current = null;
            for (Sourced t : texts) {
                String text = (String) t.value();
                String sub = subHeading(text);
                if (sub != null) {
                    current = sub;
                    continue;
                }
                Matcher m = goalHeadings.matcher(text);
                if (!m.find() || !text.substring(0, m.start()).isBlank()) {
                    goals(goals, current, text, t.line());
                    continue;
                }
                for (boolean more = true; more; ) {
                    current = subHeading(m.group());
                    int start = m.end();
                    more = m.find();
                    String under = text.substring(start, more ? m.start() : text.length());
                    goals(goals, current, under.replaceFirst("^\\s*:", ""), t.line());
                }
            }
            return goals;
        }

        /** The goals of a text under a sub-heading (none before the first): an item a bullet. */
        private void goals(List<Object> goals, String heading, String text, int line) {
            if (heading == null) {
                return;
            }
            for (String item : BULLET.split(text)) {
                if (!item.isBlank()) {
                    LinkedHashMap<String, Object> goal = new LinkedHashMap<>();
                    goal.put("goal", new Sourced(item.strip(), line));
                    if (heading.equals("result")) {
                        goal.put("result", true);
                    }
                    goals.add(goal);
                }
            }
        }

        private String subHeading(String text) {
            String norm = Similarity.normalise(text);
            for (Map.Entry<String, List<String>> g : layout.goalHeadings().entrySet()) {
                if (g.getValue().stream().anyMatch(h -> norm.equals(Similarity.normalise(h)))) {
                    return g.getKey();
                }
            }
            return null;
        }

        /** The insatstid: dates after the labels Startdatum, Slutdatum, slutdatum för intag … anywhere on the form. */
        private void period() {
            LinkedHashMap<String, Object> period = new LinkedHashMap<>();
            for (FormLine l : form.lines()) {
                InsatsTid.read(l.text(), layout.periodLabels()).forEach((key, date) -> {
                    if (!period.containsKey(key)) {
                        period.put(key, new Sourced(date.toString(), l.line()));
                    }
                });
            }
            if (!period.isEmpty()) {
                LinkedHashMap<String, Object> ordered = new LinkedHashMap<>();
                for (String k : List.of("start", "end", "lastIntake")) {
                    if (period.containsKey(k)) {
                        ordered.put(k, period.get(k));
                    }
                }
                root.put("period", ordered);
            }
        }

        private void parties(String sectionKey, boolean firstIsOwner) {
            Optional<Section> s = section(sectionKey);
            if (s.isEmpty()) {
                return;
            }
            List<Sourced> texts = new ArrayList<>();
            texts.add(new Sourced(s.get().rest(), s.get().line()));
            s.get().body().forEach(l -> texts.add(new Sourced(l.text(), l.line())));
            List<LinkedHashMap<String, Object>> found = Partners.read(texts, organisations);
            if (found.isEmpty()) {
                return;
            }
            int from = 0;
            if (firstIsOwner && !root.containsKey("owner")) {
                root.put("owner", found.get(0));
                from = 1;
            }
            if (found.size() > from) {
                @SuppressWarnings("unchecked")
                List<Object> partners = (List<Object>) root.computeIfAbsent("partners", k -> new ArrayList<>());
                partners.addAll(found.subList(from, found.size()));
            }
        }

        /**
         * A year-less date's year, when the form has no other full date, from what the form says of its own time:
         * the received stamp; a plan's deadline; a report is signed when its insatstid has ended, an application
         * before its insatstid starts.
         */
        private LocalDate fallbackAnchor() {
            if (root.get("received") instanceof Sourced r) {
                return LocalDate.parse(String.valueOf(r.value()));
            }
            if (kind.equals("plan") && root.get("edition") instanceof Sourced e) {
                return editions.get((Integer) e.value()).map(Edition::getDeadline).orElse(null);
            }
            if (root.get("period") instanceof Map<?, ?> period) {
                Object bound = kind.equals("report") ? period.get("end") : period.get("start");
                if (bound instanceof Sourced b) {
                    return LocalDate.parse(String.valueOf(b.value()));
                }
            }
            return null;
        }
    }
}
