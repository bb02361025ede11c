package se.finsam.check.read;

import se.finsam.check.model.Scans;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads a date as people write it on Swedish forms, also inside a longer text ("Sala 31/1-18", "Uppsala den 30
 * januari 2018"): 2016-09-07, "2016- 09-07", 2017/12/19, 160923, 20160923, 22/9-16, 2/2-2018, "23/8 2016",
 * "25/1 -18". A day and month without a year ("22/9") is read with the year given as context and marked as such.
 * An impossible date (31/2-17) is not read at all: never a guess.
 */
public final class SwedishDates {

    /** A date read from text; yearFromContext when the text gave no year; start/end: where it stood. */
    public record Read(LocalDate date, boolean yearFromContext, int start, int end) {
    }

    private static final List<String> MONTHS = List.of("januari", "februari", "mars", "april", "maj", "juni", "juli",
            "augusti", "september", "oktober", "november", "december");

    /** The forms a date is written in, tried in this order over the whole text: the first form found anywhere wins. */
    private enum Form {
        /** 2016-09-07, "2016 - 9/7", 2017.12.19 */
        ISO,
        /** "30 januari 2018" */
        MONTH_NAME,
        /** 2/2-2018, "23/8 2016" */
        SLASH_FULL_YEAR,
        /** 22/9-16, "25/1 -18" */
        SLASH_SHORT_YEAR,
        /** 20160923 */
        COMPACT,
        /** 160923 */
        COMPACT_SHORT,
        /** 22/9, its year from the context */
        SLASH
    }

    /** What a form found at a run of digits: year (-1 when absent), month (0 for a month name that is none), day, end. */
    private record Found(int year, int month, int day, int end) {
    }

    private SwedishDates() {
    }

    /**
     * The first date in the text, or empty when there is none that can be read. Each form is a scan from every run
     * of ASCII digits that no digit comes before, answering as the patterns it replaced did (kept in
     * SwedishDatesTest as the reference); a text without a digit has no date.
     */
    public static Optional<Read> read(String text, int contextYear) {
        if (text == null || !hasDigit(text)) {
            return Optional.empty();
        }
        for (Form form : Form.values()) {
            for (int i = 0; i < text.length(); i++) {
                if (!Scans.isDigit(text.charAt(i)) || i > 0 && Scans.isDigit(text.charAt(i - 1))) {
                    continue;
                }
                Found f = at(form, text, i);
                if (f != null) {
                    boolean fromContext = f.year() < 0;
                    try {
                        return Optional.of(new Read(LocalDate.of(fromContext ? contextYear : f.year(), f.month(), f.day()),
                                fromContext, i, f.end()));
                    } catch (DateTimeException e) {
                        return Optional.empty();
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The day a text names, as {@link #read}, but none when it names a period – its first date followed by a dash and
     * another ("170101 - 181231", a resource row's read in among the signatures): a signature's date is a day.
     */
    public static Optional<Read> day(String text, int contextYear) {
        Optional<Read> first = read(text, contextYear);
        if (first.isPresent()) {
            String rest = text.substring(first.get().end()).stripLeading();
            if (!rest.isEmpty() && "-–—".indexOf(rest.charAt(0)) >= 0 && read(rest.substring(1), contextYear).isPresent()) {
                return Optional.empty();
            }
        }
        return first;
    }

    /** The date of this form that starts at i, the start of a run of digits, or null. */
    private static Found at(Form form, String text, int i) {
        int run = Scans.skipDigits(text, i) - i;
        int runEnd = i + run;
        switch (form) {
            case ISO: {
                if (run != 4) {
                    return null;
                }
                int month = separator(text, runEnd);
                int monthEnd = month < 0 ? -1 : shortRun(text, month);
                int day = monthEnd < 0 ? -1 : separator(text, monthEnd);
                int dayEnd = day < 0 ? -1 : shortRun(text, day);
                return dayEnd < 0 ? null : new Found(num(text, i, runEnd), num(text, month, monthEnd), num(text, day, dayEnd), dayEnd);
            }
            case MONTH_NAME: {
                if (run > 2) {
                    return null;
                }
                int name = Scans.skipSpaces(text, runEnd);
                if (name == runEnd) {
                    return null;
                }
                int nameEnd = monthName(text, name);
                int year = nameEnd < 0 ? -1 : Scans.skipSpaces(text, nameEnd);
                if (year < 0 || year == nameEnd || Scans.skipDigits(text, year) - year != 4) {
                    return null;
                }
                int month = MONTHS.indexOf(text.substring(name, nameEnd).toLowerCase(Locale.ROOT)) + 1;
                return new Found(num(text, year, year + 4), month, num(text, i, runEnd), year + 4);
            }
            case SLASH_FULL_YEAR: {
                int month = slash(text, i, run);
                if (month < 0) {
                    return null;
                }
                int monthRun = Scans.skipDigits(text, month) - month;
                for (int taken = Math.min(2, monthRun); taken >= 1; taken--) {
                    int year;
                    if (taken < monthRun) { // the year written straight after the month ("1/12018")
                        year = monthRun - taken == 4 ? month + taken : -1;
                    } else {
                        year = Scans.skipSpaces(text, month + taken);
                        if (year < text.length() && text.charAt(year) == '-') {
                            year = Scans.skipSpaces(text, year + 1);
                        }
                        year = Scans.skipDigits(text, year) - year == 4 ? year : -1;
                    }
                    if (year >= 0) {
                        return new Found(num(text, year, year + 4), num(text, month, month + taken), num(text, i, runEnd), year + 4);
                    }
                }
                return null;
            }
            case SLASH_SHORT_YEAR: {
                int month = slash(text, i, run);
                int monthEnd = month < 0 ? -1 : shortRun(text, month);
                if (monthEnd < 0) {
                    return null;
                }
                int dash = Scans.skipSpaces(text, monthEnd);
                if (dash >= text.length() || text.charAt(dash) != '-') {
                    return null;
                }
                int year = Scans.skipSpaces(text, dash + 1);
                return Scans.skipDigits(text, year) - year != 2 ? null
                        : new Found(2000 + num(text, year, year + 2), num(text, month, monthEnd), num(text, i, runEnd), year + 2);
            }
            case COMPACT:
                return run != 8 ? null : new Found(num(text, i, i + 4), num(text, i + 4, i + 6), num(text, i + 6, i + 8), runEnd);
            case COMPACT_SHORT:
                return run != 6 ? null
                        : new Found(2000 + num(text, i, i + 2), num(text, i + 2, i + 4), num(text, i + 4, i + 6), runEnd);
            case SLASH: {
                int month = slash(text, i, run);
                int monthEnd = month < 0 ? -1 : shortRun(text, month);
                return monthEnd < 0 ? null : new Found(-1, num(text, month, monthEnd), num(text, i, runEnd), monthEnd);
            }
            default:
                throw new AssertionError(form);
        }
    }

    /** After a day of one or two digits at i: where the month starts behind its "/", or -1. */
    private static int slash(String text, int i, int run) {
        int slash = i + run;
        return run <= 2 && slash + 1 < text.length() && text.charAt(slash) == '/' && Scans.isDigit(text.charAt(slash + 1))
                ? slash + 1 : -1;
    }

    /** The end of a run of one or two digits at i that no digit follows, or -1. */
    private static int shortRun(String text, int i) {
        int run = Scans.skipDigits(text, i) - i;
        return run >= 1 && run <= 2 ? i + run : -1;
    }

    /** Where the digits after a "-", "/" or "." (spaces around it allowed) start, from i on; or -1. */
    private static int separator(String text, int i) {
        int at = Scans.skipSpaces(text, i);
        if (at >= text.length() || "-/.".indexOf(text.charAt(at)) < 0) {
            return -1;
        }
        return Scans.skipSpaces(text, at + 1);
    }

    /** The end of a month's name at i, case ignored as the pattern ignored it, or -1. */
    private static int monthName(String text, int i) {
        for (String month : MONTHS) {
            if (Scans.startsWithIgnoringCase(text, i, month)) {
                return i + month.length();
            }
        }
        return -1;
    }

    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Scans.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static int num(String text, int from, int to) {
        return Integer.parseInt(text, from, to, 10);
    }
}
