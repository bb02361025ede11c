package se.finsam.check.year;

import java.util.List;
import java.util.Map;

/**
 * The year at a glance, as kansliet's follow-up note gives it: per plan (area and edition) the posts it was granted
 * by kind, in heltid and kronor, the reports linked with it and the returns they tell of; the totals per edition;
 * and the reports whose plan was not in the run. Kinds are the counted roles and "other" ({@code kindNames} gives
 * the counted ones' names; "other" is worded by the message catalogue).
 */
public record YearSummary(List<String> kinds, Map<String, String> kindNames, List<Area> areas, List<Total> totals,
                          List<Alone> alone) {

    /**
     * Full-time equivalents and kronor, and how many posts gave no cost: their kronor are not in the sum, and a
     * sum so made must say so.
     */
    public record Amount(double heltid, long kronor, int withoutCost) {

        public static final Amount NONE = new Amount(0, 0, 0);

        public Amount(double heltid, long kronor) {
            this(heltid, kronor, 0);
        }

        Amount plus(double h, Long k) {
            return new Amount(heltid + h, kronor + (k == null ? 0 : k), withoutCost + (k == null ? 1 : 0));
        }

        Amount plus(Amount a) {
            return new Amount(heltid + a.heltid, kronor + a.kronor, withoutCost + a.withoutCost);
        }
    }

    /** One plan: its posts by kind, all of them, its reports and what they return (amounts given, and how many returns have none). */
    public record Area(String area, int edition, String plan, Map<String, Amount> byKind, Amount posts,
                       List<String> reports, long returned, int returnsWithoutAmount) {
    }

    /** One edition's plans together. */
    public record Total(int edition, Map<String, Amount> byKind, Amount posts, int plans, int plansWithReport,
                        long returned) {
    }

    /** A report checked alone, since its plan was not in the run. */
    public record Alone(String report, String named, int edition, long returned) {
    }

    public boolean isEmpty() {
        return areas.isEmpty() && alone.isEmpty();
    }
}
