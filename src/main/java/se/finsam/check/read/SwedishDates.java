package se.finsam.check.read;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
    private static final String NO_DIGIT_BEFORE = "(?<!\\d)";
    private static final String NO_DIGIT_AFTER = "(?!\\d)";

    private record Form(Pattern pattern, Function<Matcher, int[]> ymd) {
    }

    /** Tried in order; each gives year (or -1 when absent), month, day. */
    private static final List<Form> FORMS = List.of(
            form("(\\d{4})\\s*[-/.]\\s*(\\d{1,2})\\s*[-/.]\\s*(\\d{1,2})", m -> ints(m, 1, 2, 3)),
            form("(\\d{1,2})\\s+(?:" + String.join("|", MONTHS) + ")\\s+(\\d{4})", SwedishDates::monthName),
            form("(\\d{1,2})/(\\d{1,2})\\s*-?\\s*(\\d{4})", m -> ints(m, 3, 2, 1)),
            form("(\\d{1,2})/(\\d{1,2})\\s*-\\s*(\\d{2})", m -> century(ints(m, 3, 2, 1))),
            form("(\\d{8})", m -> compact(m.group(1), 4)),
            form("(\\d{6})", m -> century(compact(m.group(1), 2))),
            form("(\\d{1,2})/(\\d{1,2})", m -> new int[] {-1, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))}));

    private SwedishDates() {
    }

    private static Form form(String regex, Function<Matcher, int[]> ymd) {
        return new Form(Pattern.compile(NO_DIGIT_BEFORE + regex + NO_DIGIT_AFTER,
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), ymd);
    }

    /** The first date in the text, or empty when there is none that can be read. */
    public static Optional<Read> read(String text, int contextYear) {
        if (text == null) {
            return Optional.empty();
        }
        for (Form f : FORMS) {
            Matcher m = f.pattern().matcher(text);
            if (m.find()) {
                int[] ymd = f.ymd().apply(m);
                boolean fromContext = ymd[0] < 0;
                try {
                    return Optional.of(new Read(LocalDate.of(fromContext ? contextYear : ymd[0], ymd[1], ymd[2]), fromContext,
                            m.start(), m.end()));
                } catch (DateTimeException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    private static int[] ints(Matcher m, int y, int mo, int d) {
        return new int[] {Integer.parseInt(m.group(y)), Integer.parseInt(m.group(mo)), Integer.parseInt(m.group(d))};
    }

    private static int[] monthName(Matcher m) {
        String month = m.group().replaceAll("[^\\p{L}]", "").toLowerCase(Locale.ROOT);
        return new int[] {Integer.parseInt(m.group(2)), MONTHS.indexOf(month) + 1, Integer.parseInt(m.group(1))};
    }

    /** yyyymmdd (yearDigits 4) or yymmdd (yearDigits 2). */
    private static int[] compact(String digits, int yearDigits) {
        return new int[] {Integer.parseInt(digits.substring(0, yearDigits)),
                Integer.parseInt(digits.substring(yearDigits, yearDigits + 2)),
                Integer.parseInt(digits.substring(yearDigits + 2, yearDigits + 4))};
    }

    /** Two-digit years on these forms are this century's. */
    private static int[] century(int[] ymd) {
        ymd[0] += 2000;
        return ymd;
    }
}
