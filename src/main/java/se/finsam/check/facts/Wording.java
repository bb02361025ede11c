package se.finsam.check.facts;

import static se.finsam.check.model.Scans.isDigit;
import static se.finsam.check.model.Scans.skipSpaces;
import static se.finsam.check.model.Scans.skipSpacesBack;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Judgements about what an answer says, used by rules that read prose. */
public final class Wording {

    /** The months as dates write them, lowered ("1 juni 2018", "december 2017"). */
    private static final List<String> MONTHS = List.of("januari", "februari", "mars", "april", "maj", "juni", "juli",
            "augusti", "september", "oktober", "november", "december");
    /** Numbers written as words; a word is a run of letters, so "tre" is one in "tre personer" and "3tre", not in "treårig". */
    private static final Set<String> NUMBER_WORDS = Set.of("två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio",
            "tio", "elva", "tolv", "femton", "tjugo", "trettio", "fyrtio", "femtio", "hundra");
    private static final Set<String> YES_NO = Set.of("ja", "nej", "yes", "no", "inte", "nix");
    /** At most this many words after a yes or no is still a bare answer ("Nej, inte i dagsläget"). */
    private static final int BARE_WORDS = 4;

    private Wording() {
    }

    /**
     * A goal is measurable when it names a quantity (number, percentage) or a date by which it is reached. Matched
     * against lowered text, by a scan of the runs of ASCII digits (see {@link #hasDateOrQuantity}).
     */
    public static boolean isMeasurable(String goal) {
        if (goal == null) {
            return false;
        }
        String text = goal.toLowerCase(Locale.ROOT);
        // dates and quantities all have a digit; most goals that are not measurable have none
        return hasDigit(text) && hasDateOrQuantity(text) || hasNumberWord(text);
    }

    /**
     * Whether the text has a date (2017-12-31, 17-12-31, 31/12, "1 juni 2018", "december 2017") or a quantity (a
     * number that is not a bare year such as 2017, or a percentage: "3 %", "50 procent"). One pass over the runs of
     * ASCII digits, each looked at around its ends; it answers as the patterns it replaced did (TextScansTest keeps
     * them): a quantity's run starts after no digit (and a number's after no '.', ',' or '-'), a date's parts are
     * bounded by their separators, and a month may stand before a run or after it.
     */
    static boolean hasDateOrQuantity(String text) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!isDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && isDigit(text.charAt(i))) {
                i++;
            }
            if (isQuantity(text, start, i) || isDate(text, start, i)) {
                return true;
            }
        }
        return false;
    }

    /** The run of digits [start, end) is a percentage, or a number that is not a bare year. */
    private static boolean isQuantity(String text, int start, int end) {
        int after = skipSpaces(text, end);
        if (after < text.length() && text.charAt(after) == '%' || text.startsWith("procent", after)) {
            return true;
        }
        char before = start > 0 ? text.charAt(start - 1) : ' ';
        boolean year = end - start == 4 && (text.startsWith("19", start) || text.startsWith("20", start));
        return before != '.' && before != ',' && before != '-' && !year;
    }

    /** The run of digits [start, end) begins or ends a date (or is its last part, after a month). */
    private static boolean isDate(String text, int start, int end) {
        int n = text.length();
        int length = end - start;
        if (end < n && text.charAt(end) == '-' && length >= 2) { // year-month-day: 2–4 digits, 1–2, at least 1
            int month = end + 1;
            int monthEnd = month;
            while (monthEnd < n && isDigit(text.charAt(monthEnd))) {
                monthEnd++;
            }
            int digits = monthEnd - month;
            if (digits >= 1 && digits <= 2 && monthEnd + 1 < n && text.charAt(monthEnd) == '-'
                    && isDigit(text.charAt(monthEnd + 1))) {
                return true;
            }
        }
        if (end + 1 < n && text.charAt(end) == '/' && isDigit(text.charAt(end + 1))) { // day/month
            return true;
        }
        int after = skipSpaces(text, end);
        if (after > end && startsWithMonth(text, after)) { // "1 juni"
            return true;
        }
        return length >= 4 && endsWithMonth(text, skipSpacesBack(text, start), start); // "december 2017"
    }

    private static boolean startsWithMonth(String text, int at) {
        for (String m : MONTHS) {
            if (text.startsWith(m, at)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a month ends at end, with at least one space between it and before (the run's start). */
    private static boolean endsWithMonth(String text, int end, int before) {
        if (end == before) {
            return false;
        }
        for (String m : MONTHS) {
            if (end >= m.length() && text.startsWith(m, end - m.length())) {
                return true;
            }
        }
        return false;
    }

    /** Whether a run of letters in the text is a number word: a scan of the words, no pattern. */
    private static boolean hasNumberWord(String text) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            int start = i;
            while (i < n && Character.isLetter(text.codePointAt(i))) {
                i += Character.charCount(text.codePointAt(i));
            }
            if (i - start >= 3 && i - start <= 7 && NUMBER_WORDS.contains(text.substring(start, i))) {
                return true;
            }
            i = i == start ? i + Character.charCount(text.codePointAt(i)) : i;
        }
        return false;
    }

    /** Whether the text has a digit: every date, quantity and percentage has, most prose has not. */
    static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** A yes or a no with no reasoning: "Nej", "Ja.", "Inte i dagsläget". */
    public static boolean isBareYesNo(String answer) {
        if (answer == null) {
            return false;
        }
        // only the first word is lowered: lowering a long answer whole cost more than the rest of the check
        if (!YES_NO.contains(firstWord(answer).toLowerCase(Locale.ROOT))) {
            return false; // the common case
        }
        return words(answer, BARE_WORDS + 1) <= BARE_WORDS;
    }

    /** The runs of letters and ASCII digits in the text, counted up to at most limit. */
    private static int words(String text, int limit) {
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length() && count < limit; i += Character.charCount(text.codePointAt(i))) {
            boolean word = isWordChar(text.codePointAt(i));
            if (word && !inWord) {
                count++;
            }
            inWord = word;
        }
        return count;
    }

    /** The first run of letters and digits: the first of the words that isBareYesNo counts. */
    private static String firstWord(String text) {
        int start = 0;
        while (start < text.length() && !isWordChar(text.codePointAt(start))) {
            start += Character.charCount(text.codePointAt(start));
        }
        int end = start;
        while (end < text.length() && isWordChar(text.codePointAt(end))) {
            end += Character.charCount(text.codePointAt(end));
        }
        return text.substring(start, end);
    }

    /** A character of a word: a letter or an ASCII digit. */
    private static boolean isWordChar(int c) {
        return Character.isLetter(c) || (c >= '0' && c <= '9');
    }
}
