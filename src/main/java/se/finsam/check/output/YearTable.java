package se.finsam.check.output;

import java.util.ArrayList;
import java.util.List;
import se.finsam.check.findings.Messages;
import se.finsam.check.year.YearSummary;

/**
 * The year's summary as a table of words, for the HTML report and the desk: a row per plan – area, year, the posts
 * of each kind and in all (heltid and kronor), its reports, what they return – and a row per edition's total, so
 * that kansliet's own follow-up note ("8,75 samverkanskoordinatorer …") can be set beside it.
 */
public final class YearTable {

    private final YearSummary summary;
    private final Messages m;

    public YearTable(YearSummary summary, Messages m) {
        this.summary = summary;
        this.m = m;
    }

    public String heading() {
        return m.get("year.heading");
    }

    public List<String> header() {
        List<String> h = new ArrayList<>(List.of(m.get("year.area"), m.get("year.edition"), m.get("year.plan")));
        summary.kinds().forEach(k -> h.add(kindName(k)));
        h.addAll(List.of(m.get("year.all"), m.get("year.reports"), m.get("year.returned")));
        return h;
    }

    /** A row per plan of the run. */
    public List<List<String>> rows() {
        List<List<String>> rows = new ArrayList<>();
        for (YearSummary.Area a : summary.areas()) {
            List<String> row = new ArrayList<>(List.of(a.area() == null ? "" : Printable.line(a.area()),
                    String.valueOf(a.edition()), Printable.line(a.plan())));
            summary.kinds().forEach(k -> row.add(amount(a.byKind().get(k))));
            row.add(amount(a.posts()));
            row.add(a.reports().isEmpty() ? m.get("year.noReport")
                    : String.join(", ", a.reports().stream().map(Printable::line).toList()));
            row.add(returned(a.returned(), a.returnsWithoutAmount(), !a.reports().isEmpty()));
            rows.add(row);
        }
        return rows;
    }

    /** A row per edition: its plans together. */
    public List<List<String>> totals() {
        List<List<String>> rows = new ArrayList<>();
        for (YearSummary.Total t : summary.totals()) {
            List<String> row = new ArrayList<>(List.of(m.get("year.total", t.edition(), t.plans(), t.plansWithReport()), "", ""));
            summary.kinds().forEach(k -> row.add(amount(t.byKind().get(k))));
            row.add(amount(t.posts()));
            row.add("");
            row.add(kronor(t.returned()));
            rows.add(row);
        }
        return rows;
    }

    /** The reports checked alone, in one line; null when there are none. */
    public String alone() {
        if (summary.alone().isEmpty()) {
            return null;
        }
        return m.get("year.alone", String.join(", ", summary.alone().stream().map(a -> Printable.line(a.report())).toList()));
    }

    private String kindName(String kind) {
        String name = summary.kindNames().get(kind);
        return name != null ? name : m.get("year.kind." + kind);
    }

    private String amount(YearSummary.Amount a) {
        if (a == null || a.heltid() == 0 && a.kronor() == 0 && a.withoutCost() == 0) {
            return "–";
        }
        return a.withoutCost() == 0 ? m.get("year.amount", a.heltid(), a.kronor())
                : m.get("year.amountWithoutCost", a.heltid(), a.kronor(), a.withoutCost());
    }

    private String returned(long kronor, int withoutAmount, boolean reported) {
        if (!reported) {
            return "–";
        }
        return withoutAmount == 0 ? kronor(kronor) : m.get("year.withoutAmount", kronor, withoutAmount);
    }

    private String kronor(long kronor) {
        return m.get("year.kronor", kronor);
    }
}
