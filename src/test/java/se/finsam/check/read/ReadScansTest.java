package se.finsam.check.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import se.finsam.check.model.Period;

/**
 * The readers of periods, amounts and dates scan instead of matching patterns; the patterns they replaced, and the
 * code around them, are kept here as the reference, and both answer alike on texts made of the pieces that decide
 * (runs of digits of every length, separators, spaces of every kind, month names and units in any case, letters
 * whose case folds to ASCII).
 */
class ReadScansTest {

    private static final String[] PIECES = {"0", "1", "2", "3", "9", "12", "31", "13", "00", "123", "2017", "2018",
        "0000", "12345", "170101", "20171231", "201712310", "1234567", "-", "–", "/", ".", ",", ":", ":-", " ", "  ",
        "\t", "\n", "\u000b", "\u00a0", "\u2003", "januari", "Maj", "MARS", "augusti", "AUGUSTI", "juni", "Dec",
        "december", "kr", "KR", "tkr", "Tkr", "tusen", "kkr", "mkr", "MKR", "miljoner", "sek", "SEK", "\u212a",
        "\u017f", "\u0130", "\u0131", "x", "den", "år", "٣", "Sala", "per"};

    private static String text(Random random, int pieces) {
        StringBuilder s = new StringBuilder();
        for (int i = random.nextInt(pieces); i >= 0; i--) {
            s.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return s.toString();
    }

    // ---- Periods as they were

    private static final Pattern TOKEN = Pattern.compile("\\d{4}-\\d{1,2}-\\d{1,2}|\\d{8}|\\d{6}|\\d{4}");

    private static Period periodByPattern(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(m.group());
        }
        try {
            if (tokens.size() == 1 && tokens.get(0).length() == 4) {
                int y = Integer.parseInt(tokens.get(0));
                return new Period(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), text);
            }
            if (tokens.size() == 2) {
                LocalDate from = periodEnd(tokens.get(0), false);
                LocalDate to = periodEnd(tokens.get(1), true);
                if (from != null && to != null) {
                    return new Period(from, to, text);
                }
            }
        } catch (DateTimeException e) {
            // unread, as before
        }
        return new Period(null, null, text);
    }

    private static LocalDate periodEnd(String token, boolean end) {
        if (token.contains("-")) {
            String[] p = token.split("-");
            return LocalDate.parse(String.format("%s-%02d-%02d", p[0], Integer.parseInt(p[1]), Integer.parseInt(p[2])));
        }
        switch (token.length()) {
            case 8: return LocalDate.of(Integer.parseInt(token.substring(0, 4)), two(token, 4), two(token, 6));
            case 6: return LocalDate.of(2000 + two(token, 0), two(token, 2), two(token, 4));
            case 4: return end ? LocalDate.of(Integer.parseInt(token), 12, 31) : LocalDate.of(Integer.parseInt(token), 1, 1);
            default: return null;
        }
    }

    private static int two(String s, int at) {
        return Integer.parseInt(s.substring(at, at + 2));
    }

    @Test
    void thePeriodScanReadsAsThePatternDid() {
        Random random = new Random(17);
        for (int i = 0; i < 200_000; i++) {
            String text = text(random, 8);
            Period expected = periodByPattern(text);
            Period actual = Periods.parse(text);
            assertEquals(List.of(String.valueOf(expected.getFrom()), String.valueOf(expected.getTo())),
                    List.of(String.valueOf(actual.getFrom()), String.valueOf(actual.getTo())), text);
        }
    }

    // ---- Amounts as they were

    private static final Pattern AMOUNT = Pattern.compile(
            "(\\d{1,3}(?:[ \\u00a0.]\\d{3})+(?!\\d)|\\d+)(?:,(\\d+)|\\.(\\d{1,2})(?!\\d))?\\s*(tkr|tusen|kkr|mkr|miljoner|kr|sek|:-)?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static Long amountByPattern(String text) {
        Matcher m = AMOUNT.matcher(text);
        if (!m.find()) {
            return null;
        }
        String whole = m.group(1).replaceAll("[ \\u00a0.]", "");
        String decimals = m.group(2) != null ? m.group(2) : m.group(3);
        double value = Double.parseDouble(whole + (decimals == null ? "" : "." + decimals));
        String unit = m.group(4) == null ? "" : m.group(4).toLowerCase();
        if (unit.equals("tkr") || unit.equals("tusen") || unit.equals("kkr")) {
            value *= 1_000;
        } else if (unit.equals("mkr") || unit.equals("miljoner")) {
            value *= 1_000_000;
        }
        return Math.round(value);
    }

    @Test
    void theAmountScanReadsAsThePatternDid() {
        Random random = new Random(18);
        for (int i = 0; i < 200_000; i++) {
            String text = text(random, 7);
            assertEquals(amountByPattern(text), Amounts.parse(text), text);
        }
    }

    // ---- SwedishDates as they were

    private static final List<String> MONTHS = List.of("januari", "februari", "mars", "april", "maj", "juni", "juli",
            "augusti", "september", "oktober", "november", "december");

    private record Form(Pattern pattern, Function<Matcher, int[]> ymd) {
    }

    private static final List<Form> FORMS = List.of(
            form("(\\d{4})\\s*[-/.]\\s*(\\d{1,2})\\s*[-/.]\\s*(\\d{1,2})", m -> ints(m, 1, 2, 3)),
            form("(\\d{1,2})\\s+(?:" + String.join("|", MONTHS) + ")\\s+(\\d{4})", ReadScansTest::monthName),
            form("(\\d{1,2})/(\\d{1,2})\\s*-?\\s*(\\d{4})", m -> ints(m, 3, 2, 1)),
            form("(\\d{1,2})/(\\d{1,2})\\s*-\\s*(\\d{2})", m -> century(ints(m, 3, 2, 1))),
            form("(\\d{8})", m -> compact(m.group(1), 4)),
            form("(\\d{6})", m -> century(compact(m.group(1), 2))),
            form("(\\d{1,2})/(\\d{1,2})", m -> new int[] {-1, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))}));

    private static Form form(String regex, Function<Matcher, int[]> ymd) {
        return new Form(Pattern.compile("(?<!\\d)" + regex + "(?!\\d)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), ymd);
    }

    private static Optional<SwedishDates.Read> dateByPatterns(String text, int contextYear) {
        for (Form f : FORMS) {
            Matcher m = f.pattern().matcher(text);
            if (m.find()) {
                int[] ymd = f.ymd().apply(m);
                boolean fromContext = ymd[0] < 0;
                try {
                    return Optional.of(new SwedishDates.Read(LocalDate.of(fromContext ? contextYear : ymd[0], ymd[1], ymd[2]),
                            fromContext, m.start(), m.end()));
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

    private static int[] compact(String digits, int yearDigits) {
        return new int[] {Integer.parseInt(digits.substring(0, yearDigits)),
            Integer.parseInt(digits.substring(yearDigits, yearDigits + 2)),
            Integer.parseInt(digits.substring(yearDigits + 2, yearDigits + 4))};
    }

    private static int[] century(int[] ymd) {
        ymd[0] += 2000;
        return ymd;
    }

    @Test
    void theDateScanReadsAsThePatternsDid() {
        Random random = new Random(19);
        for (int i = 0; i < 200_000; i++) {
            String text = text(random, 8);
            int year = i % 2 == 0 ? 0 : 2000;
            assertEquals(dateByPatterns(text, year), SwedishDates.read(text, year), text);
        }
    }

    @Test
    void theScansReadTheEdgesThePatternsRead() {
        // a year straight after the month, a group given back before a digit, a unit whose k is the Kelvin sign
        assertEquals(LocalDate.of(2018, 1, 1), SwedishDates.read("1/12018", 0).orElseThrow().date());
        assertEquals(1_800L, Amounts.parse("1 800 0001"));
        assertEquals(2_000L, Amounts.parse("2 t\u212ar"));
        assertEquals(LocalDate.of(2017, 12, 31), Periods.parse("2017-1-1 – 2017-12-31").getTo());
    }
}
