package se.finsam.check.year;

import se.finsam.check.model.Position;

/** A report linked with the plan of its area and edition, or with none when the run holds no such plan. */
public final class Link {

    private final YearRecord.Report report;
    private final YearRecord.Plan plan;

    Link(YearRecord.Report report, YearRecord.Plan plan) {
        this.report = report;
        this.plan = plan;
    }

    /** The plan, or null when the report is checked alone. */
    public YearRecord.Plan getPlan() { return plan; }
    /** The report's area as it names it ({@code area:}, else its initiative), for quoting. */
    public String getNamed() { return report.named() == null ? "" : report.named(); }
    public int getEdition() { return report.edition(); }
    /** Where the report names its area. */
    public Position getAt() { return report.namedAt(); }
}
