package se.finsam.check.year;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import se.finsam.check.CheckRun;
import se.finsam.check.Checker;
import se.finsam.check.edition.FollowUp;
import se.finsam.check.findings.DocumentResult;
import se.finsam.check.model.Document;
import se.finsam.check.model.Kind;

/**
 * The run-level step between checking and writing: links each report with the plan of its area and edition, by
 * key, and runs the rules that compare them ({@code @scope("year")}) – for a report, over its link (with its plan or
 * none); for a plan, when an earlier plan of the run has its area and edition. Results pass on in input order, except a
 * report whose plan has not come yet: it is held back – its small result and record, never its document – until
 * that plan comes (it follows the plan) or the run ends (then it is checked alone and says so). A run in which
 * plans come before their reports (a folder: plan-… sorts before report-…; an archive exported by year) holds
 * none back. What stays for the whole run is one record per plan, for later reports and the year's summary.
 */
public final class Links implements CheckRun.Sink {

    /**
     * equals and hashCode written out: a record's own are made from method handles on their first call, which the
     * class-data archive does not hold (~5 ms of a cold one-plan check, on the thread that writes the output).
     */
    private record Key(String area, int edition) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.edition == edition && Objects.equals(k.area, area);
        }

        @Override
        public int hashCode() {
            return Objects.hashCode(area) * 31 + edition;
        }
    }

    /** A report waiting for its plan; one of its kind per report, however alike two reports are. */
    private static final class Held {
        private final DocumentResult result;
        private final YearRecord.Report report;

        Held(DocumentResult result, YearRecord.Report report) {
            this.result = result;
            this.report = report;
        }

        DocumentResult result() { return result; }
        YearRecord.Report report() { return report; }
    }

    /** Where each result goes once linked, with the result as checked (a desk keeps the ones as checked). */
    public interface Linked {
        void accept(DocumentResult checked, DocumentResult linked);
    }

    /** Results as checked, in their order, each linked; and the summary of them. */
    public record Year(List<DocumentResult> results, YearSummary summary) {
    }

    private final Checker checker;
    private final Linked next;
    private final Runnable inputDone;
    private final FollowUp followUp;
    /** The first plan of each area and edition, for the reports to come: the one entry the run keeps per plan. */
    private final Map<Key, Row> plans = new HashMap<>();
    /** Every first plan (and each plan without an area), in input order: the lines of the summary. */
    private final List<Row> rows = new ArrayList<>();
    private final Map<Key, List<Held>> waiting = new HashMap<>();
    /** Held reports in input order; a report waits under each key its initiative may name. */
    private final Set<Held> held = new LinkedHashSet<>();
    private final List<YearSummary.Alone> alone = new ArrayList<>();
    private int mostHeld;

    /** checker: runs the year's rules; next: where linked results go. */
    public Links(Checker checker, CheckRun.Sink next) {
        this(checker, (checked, linked) -> next.accept(linked), next::inputDone);
    }

    private Links(Checker checker, Linked next, Runnable inputDone) {
        this.checker = checker;
        this.next = next;
        this.inputDone = inputDone;
        this.followUp = checker.followUp();
    }

    /**
     * Results already checked (with their records), linked again as one run – as a desk does each time a file is
     * added – in the order given rather than the order a run would pass them on.
     */
    public static Year link(Checker checker, List<DocumentResult> checked) {
        Map<DocumentResult, DocumentResult> linked = new java.util.IdentityHashMap<>();
        Links links = new Links(checker, linked::put, () -> { });
        checked.forEach(links::accept);
        links.finish();
        return new Year(checked.stream().map(linked::get).toList(), links.summary());
    }

    /** Documents already read, checked as one run: linked, in the order the run passes them on. */
    public static List<DocumentResult> check(Checker checker, List<Document> documents) {
        List<DocumentResult> results = new ArrayList<>();
        Links links = new Links(checker, results::add);
        documents.forEach(d -> links.accept(checker.check(d)));
        links.finish();
        return results;
    }

    @Override
    public void accept(DocumentResult result) {
        if (result.record() instanceof YearRecord.Plan plan) {
            plan(result, plan);
        } else if (result.record() instanceof YearRecord.Report report) {
            YearRecord.Plan plan = planOf(report);
            if (plan != null) {
                pass(result, report, plan);
            } else {
                hold(new Held(result, report));
            }
        } else {
            next.accept(result, result);
        }
    }

    @Override
    public void inputDone() {
        inputDone.run();
    }

    /** The end of the run: every report still waiting is checked alone. */
    public void finish() {
        for (Held h : List.copyOf(held)) {
            release(h);
            pass(h.result(), h.report(), null);
        }
    }

    private void plan(DocumentResult result, YearRecord.Plan plan) {
        Key key = plan.key() == null ? null : new Key(plan.key(), plan.edition());
        Row row = new Row(plan);
        Row first = key == null ? null : plans.putIfAbsent(key, row);
        if (first != null) {
            // a plan is compared with an earlier plan of its area; the first of each has nothing to be compared with
            List<Object> facts = List.of(plan, new EarlierPlan(first.plan, plan.area(), plan.edition(), plan.areaAt()));
            next.accept(result, checker.link(result, Kind.PLAN, plan.edition(), facts, null));
        } else {
            rows.add(row);
            next.accept(result, result.linked(null, List.of()));
        }
        if (first == null && key != null) {
            for (Held h : waiting.getOrDefault(key, List.of()).toArray(Held[]::new)) {
                release(h);
                pass(h.result(), h.report(), plan);
            }
        }
    }

    private YearRecord.Plan planOf(YearRecord.Report report) {
        for (String k : report.keys()) {
            Row r = plans.get(new Key(k, report.edition()));
            if (r != null) {
                return r.plan;
            }
        }
        return null;
    }

    private void hold(Held h) {
        held.add(h);
        mostHeld = Math.max(mostHeld, held.size());
        h.report().keys().forEach(k -> waiting.computeIfAbsent(new Key(k, h.report().edition()), x -> new ArrayList<>()).add(h));
    }

    private void release(Held h) {
        held.remove(h);
        for (String k : h.report().keys()) {
            Key key = new Key(k, h.report().edition());
            List<Held> list = waiting.get(key);
            if (list != null) {
                list.remove(h);
                if (list.isEmpty()) {
                    waiting.remove(key);
                }
            }
        }
    }

    private void pass(DocumentResult result, YearRecord.Report report, YearRecord.Plan plan) {
        List<Object> facts = new ArrayList<>();
        facts.add(new Link(report, plan));
        facts.addAll(report.vacancies());
        facts.addAll(report.roles());
        facts.add(report.returns());
        if (plan != null) {
            facts.addAll(plan.posts());
            report.vacancies().stream().map(v -> VacantPost.match(v, plan.posts())).filter(m -> m != null).forEach(facts::add);
            plans.get(new Key(plan.key(), plan.edition())).report(report);
        } else {
            alone.add(new YearSummary.Alone(report.source(), report.named(), report.edition(), report.returns().getTotal()));
        }
        next.accept(result, checker.link(result, Kind.REPORT, report.edition(), facts, plan == null ? null : plan.source()));
    }

    /** Plans kept for reports to come: one small record per plan of the run. */
    public int plansKept() {
        return plans.size();
    }

    /** The most reports that waited for their plan at one time. */
    public int mostHeld() {
        return mostHeld;
    }

    /**
     * The year's summary of what passed so far (all of the run after {@link #finish}). Its plans' lines are made as
     * they are read, from the records the run keeps, so that an archive's summary is written without all of them
     * at once.
     */
    public YearSummary summary() {
        List<YearSummary.Area> areas = new java.util.AbstractList<>() {
            @Override
            public YearSummary.Area get(int i) {
                return rows.get(i).area();
            }

            @Override
            public int size() {
                return rows.size();
            }
        };
        Map<Integer, Total> byEdition = new TreeMap<>();
        areas.forEach(a -> byEdition.computeIfAbsent(a.edition(), e -> new Total()).add(a));
        List<YearSummary.Total> totals = new ArrayList<>();
        byEdition.forEach((edition, t) -> totals.add(new YearSummary.Total(edition, t.byKind, t.posts, t.plans,
                t.withReport, t.returned)));
        Map<String, String> names = new LinkedHashMap<>();
        followUp.kinds().stream().filter(k -> !k.equals(FollowUp.OTHER)).forEach(k -> names.put(k, followUp.name(k)));
        return new YearSummary(followUp.kinds(), names, areas, totals, List.copyOf(alone));
    }

    /** One edition's plans added up. */
    private final class Total {
        private final Map<String, YearSummary.Amount> byKind = emptyKinds();
        private YearSummary.Amount posts = YearSummary.Amount.NONE;
        private int plans;
        private int withReport;
        private long returned;

        void add(YearSummary.Area a) {
            a.byKind().forEach((k, amount) -> byKind.merge(k, amount, YearSummary.Amount::plus));
            posts = posts.plus(a.posts());
            plans++;
            withReport += a.reports().isEmpty() ? 0 : 1;
            returned += a.returned();
        }
    }

    private Map<String, YearSummary.Amount> emptyKinds() {
        Map<String, YearSummary.Amount> byKind = new LinkedHashMap<>();
        followUp.kinds().forEach(k -> byKind.put(k, YearSummary.Amount.NONE));
        return byKind;
    }

    /** A plan kept for its reports, and its line of the summary, growing as its reports come. */
    private final class Row {
        private final YearRecord.Plan plan;
        /** The sources of the reports linked with it; null until one is (most plans of an archive wait for none). */
        private List<String> reports;
        private long returned;
        private int withoutAmount;

        Row(YearRecord.Plan plan) {
            this.plan = plan;
        }

        void report(YearRecord.Report r) {
            if (reports == null) {
                reports = new ArrayList<>(1);
            }
            reports.add(r.source());
            returned += r.returns().getTotal();
            withoutAmount += r.returns().getWithoutAmount();
        }

        YearSummary.Area area() {
            Map<String, YearSummary.Amount> byKind = emptyKinds();
            YearSummary.Amount all = YearSummary.Amount.NONE;
            for (var p : plan.posts()) {
                byKind.merge(p.getKind(), YearSummary.Amount.NONE.plus(p.heltid(), p.getCost()), YearSummary.Amount::plus);
                all = all.plus(p.heltid(), p.getCost());
            }
            return new YearSummary.Area(plan.area(), plan.edition(), plan.source(), byKind, all,
                    reports == null ? List.of() : List.copyOf(reports), returned, withoutAmount);
        }
    }
}
