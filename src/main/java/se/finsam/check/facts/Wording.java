package se.finsam.check.facts;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Judgements about what an answer says, used by rules that read prose. */
public final class Wording {

    private static final String MONTHS = "januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december";
    // The patterns below are matched against lowered text: far cheaper than matching with Unicode case folding.
    /** A date: 2017-12-31, 17-12-31, 31/12, "1 juni 2018", "december 2017". */
    private static final Pattern DATE = Pattern.compile(
            "\\d{2,4}-\\d{1,2}-\\d{1,2}|\\d{1,2}/\\d{1,2}|\\d{1,2}\\s+(?:" + MONTHS + ")|(?:" + MONTHS + ")\\s+\\d{4}");
    /**
     * A number that is not a bare year, or a percentage. Both start where a run of digits starts and never give
     * digits back (as in {@link Extents}): trying every start inside a long run was quadratic.
     */
    private static final Pattern QUANTITY = Pattern.compile(
            "(?<!\\d)\\d++\\s*+(?:%|procent)|(?<![\\d.,-])(?!(?:19|20)\\d\\d(?![\\d]))\\d++(?:[.,]\\d++)?(?![\\d])");
    /** Numbers written as words; a word is a run of letters, so "tre" is one in "tre personer" and "3tre", not in "treårig". */
    private static final Set<String> NUMBER_WORDS = Set.of("två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio",
            "tio", "elva", "tolv", "femton", "tjugo", "trettio", "fyrtio", "femtio", "hundra");
    private static final Set<String> YES_NO = Set.of("ja", "nej", "yes", "no", "inte", "nix");
    /** At most this many words after a yes or no is still a bare answer ("Nej, inte i dagsläget"). */
    private static final int BARE_WORDS = 4;

    private Wording() {
    }

    /** A goal is measurable when it names a quantity (number, percentage) or a date by which it is reached. */
    public static boolean isMeasurable(String goal) {
        if (goal == null) {
            return false;
        }
        String text = goal.toLowerCase(Locale.ROOT);
        // dates and quantities all have a digit; most goals that are not measurable have none
        return hasDigit(text) && (DATE.matcher(text).find() || QUANTITY.matcher(text).find())
                || hasNumberWord(text);
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
        String text = answer.toLowerCase(Locale.ROOT);
        if (!YES_NO.contains(firstWord(text))) {
            return false; // the common case, told without the patterns below
        }
        return words(text, BARE_WORDS + 1) <= BARE_WORDS;
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
