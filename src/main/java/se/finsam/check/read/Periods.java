package se.finsam.check.read;

import se.finsam.check.model.Scans;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import se.finsam.check.model.Period;

/**
 * Reads a period as written in a resource table: "2017", "2017-01-01–2017-12-31", "20170101-20181231",
 * "170101 - 181231". A text that is none of these keeps its wording and no dates.
 */
public final class Periods {

    private Periods() {
    }

    public static Period parse(String text) {
        List<String> tokens = tokens(text);
        try {
            if (tokens.size() == 1 && tokens.get(0).length() == 4) {
                return new Period(LocalDate.of(year(tokens.get(0)), 1, 1), LocalDate.of(year(tokens.get(0)), 12, 31), text);
            }
            if (tokens.size() == 2) {
                LocalDate from = date(tokens.get(0), false);
                LocalDate to = date(tokens.get(1), true);
                if (from != null && to != null) {
                    return new Period(from, to, text);
                }
            }
        } catch (DateTimeException e) {
            // an impossible date such as 20171345: the period stays unread
        }
        return new Period(null, null, text);
    }

    /**
     * The dates and years in the text, left to right, as the pattern {@code \d{4}-\d{1,2}-\d{1,2}|\d{8}|\d{6}|\d{4}}
     * found them (kept in PeriodScansTest): where at least four digits follow, a year-month-day, else eight, six or
     * four digits, the rest of a longer run read on from there; fewer than four digits are passed over.
     */
    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>(2);
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!Scans.isDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int run = Scans.skipDigits(text, i) - i;
            if (run < 4) {
                i += run;
                continue;
            }
            int end = run == 4 ? isoEnd(text, i + 4) : -1;
            if (end < 0) {
                end = i + (run >= 8 ? 8 : run >= 6 ? 6 : 4);
            }
            tokens.add(text.substring(i, end));
            i = end;
        }
        return tokens;
    }

    /** After a year at yearEnd: the end of "-m-d" (one or two digits each, the day's up to two of its run), or -1. */
    private static int isoEnd(String text, int yearEnd) {
        if (yearEnd >= text.length() || text.charAt(yearEnd) != '-') {
            return -1;
        }
        int month = Scans.skipDigits(text, yearEnd + 1) - (yearEnd + 1);
        int dash = yearEnd + 1 + month;
        if (month < 1 || month > 2 || dash >= text.length() || text.charAt(dash) != '-') {
            return -1;
        }
        int day = Scans.skipDigits(text, dash + 1) - (dash + 1);
        return day < 1 ? -1 : dash + 1 + Math.min(day, 2);
    }

    private static int year(String yyyy) {
        return Integer.parseInt(yyyy);
    }

    /** One end of a period; a bare year means its first day at the start and its last day at the end. */
    private static LocalDate date(String token, boolean end) {
        int dash = token.indexOf('-');
        if (dash >= 0) { // yyyy-m-d: LocalDate.parse of it with the month and day padded, as before
            int second = token.indexOf('-', dash + 1);
            return LocalDate.of(year(token.substring(0, dash)), Integer.parseInt(token.substring(dash + 1, second)),
                    Integer.parseInt(token.substring(second + 1)));
        }
        switch (token.length()) {
            case 8: return LocalDate.of(year(token.substring(0, 4)), num(token, 4), num(token, 6));
            case 6: return LocalDate.of(2000 + num(token, 0), num(token, 2), num(token, 4));
            case 4: return end ? LocalDate.of(year(token), 12, 31) : LocalDate.of(year(token), 1, 1);
            default: return null;
        }
    }

    private static int num(String s, int at) {
        return Integer.parseInt(s.substring(at, at + 2));
    }
}
