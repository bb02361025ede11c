package se.finsam.check.facts;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import se.finsam.check.edition.Edition;
import se.finsam.check.model.Period;

/** The flat-rate funding of a post: share of full time × the edition's schablon, pro rata within the plan year. */
public final class Schablon {

    /** Rounding in the forms ("300 tkr") and day counts make small differences that are no mismatch. */
    private static final double TOLERANCE = 0.01;

    private Schablon() {
    }

    /**
     * The cost a post of this extent and period should state for the plan year, or null when it has no extent or
     * its period does not overlap the plan year (the period rule speaks of that).
     */
    static Long expectedCost(Double percent, Period period, Edition e) {
        if (percent == null) {
            return null;
        }
        double share = yearShare(period, e.getPlanYear());
        return share <= 0 ? null : Math.round(percent / 100.0 * e.getSchablon() * share);
    }

    public static boolean matches(long cost, long expected) {
        return Math.abs(cost - expected) <= Math.max(1, expected * TOLERANCE);
    }

    /** The part of the plan year a period covers: whole months count as twelfths, other spans by days. */
    static double yearShare(Period p, int planYear) {
        if (p == null || !p.isReadable()) {
            return 1.0;
        }
        LocalDate yearStart = LocalDate.of(planYear, 1, 1);
        LocalDate yearEnd = LocalDate.of(planYear, 12, 31);
        LocalDate from = p.getFrom().isBefore(yearStart) ? yearStart : p.getFrom();
        LocalDate to = p.getTo().isAfter(yearEnd) ? yearEnd : p.getTo();
        if (to.isBefore(from)) {
            return 0;
        }
        if (from.getDayOfMonth() == 1 && to.getDayOfMonth() == to.lengthOfMonth()) {
            return (to.getMonthValue() - from.getMonthValue() + 1) / 12.0;
        }
        return (ChronoUnit.DAYS.between(from, to) + 1) / (double) yearStart.lengthOfYear();
    }
}
