package se.finsam.check.read;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.finsam.check.model.Period;

/**
 * Reads a period as written in a resource table: "2017", "2017-01-01–2017-12-31", "20170101-20181231",
 * "170101 - 181231". A text that is none of these keeps its wording and no dates.
 */
public final class Periods {

    private static final Pattern TOKEN = Pattern.compile("\\d{4}-\\d{1,2}-\\d{1,2}|\\d{8}|\\d{6}|\\d{4}");

    private Periods() {
    }

    public static Period parse(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(m.group());
        }
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

    private static int year(String yyyy) {
        return Integer.parseInt(yyyy);
    }

    /** One end of a period; a bare year means its first day at the start and its last day at the end. */
    private static LocalDate date(String token, boolean end) {
        if (token.contains("-")) {
            return LocalDate.parse(normaliseIso(token));
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

    private static String normaliseIso(String token) {
        String[] p = token.split("-");
        return String.format("%s-%02d-%02d", p[0], Integer.parseInt(p[1]), Integer.parseInt(p[2]));
    }
}
