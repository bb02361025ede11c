package se.finsam.check.facts;

import static se.finsam.check.model.Scans.isDigit;
import static se.finsam.check.model.Scans.skipDigits;
import static se.finsam.check.model.Scans.skipSpaces;

import java.util.regex.Pattern;
import se.finsam.check.model.ExtentShape;

/**
 * Reads the extent of a post as written: "100%", "75 procent", "50+40%" (a sum), "50-75 %" (a range). A scan from
 * each place a run of digits starts, each step bounded (TextScansTest keeps the patterns it replaced as the
 * reference): a long run of digits or spaces is passed once, never tried again from inside (a 36 000-digit resource
 * name once took minutes).
 */
final class Extents {

    /** What was understood: the shape and, where there is one, the combined percentage. */
    record Extent(ExtentShape shape, Double percent) {
    }

    /** Where a shape stood: the two numbers' ends (the second's -1 for a single percentage). */
    private record Match(int start, int end, int start2, int end2) {
    }

    private Extents() {
    }

    /** Words that speak of a post's extent without a number the reader can take ("halvtid", "heltid"). */
    private static final Pattern EXTENT_WORDS = Pattern.compile("heltid|halvtid|deltid|tjänstgöringsgrad",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * Whether cells other than the resource's name speak of an extent: the extent or cost cell with a percentage,
     * or any cell with "heltid", "halvtid" … – a row whose percentage the reader may have missed.
     */
    static boolean spokenOf(String resultGoal, String effects, String cost, String extent) {
        for (String cell : new String[] {extent, cost}) {
            if (cell != null && find(cell, (char) 0) != null) {
                return true;
            }
        }
        for (String cell : new String[] {resultGoal, effects}) {
            if (cell != null && EXTENT_WORDS.matcher(cell).find()) {
                return true;
            }
        }
        return false;
    }

    static Extent read(String written) {
        if (written == null || !Wording.hasDigit(written)) { // every shape has a number
            return new Extent(ExtentShape.NONE, null);
        }
        Match m = find(written, '+');
        if (m != null) {
            return new Extent(ExtentShape.SUM, number(written, m.start(), m.end()) + number(written, m.start2(), m.end2()));
        }
        if (find(written, '-') != null) {
            return new Extent(ExtentShape.RANGE, null);
        }
        m = find(written, (char) 0);
        if (m != null) {
            return new Extent(ExtentShape.SINGLE, number(written, m.start(), m.end()));
        }
        return new Extent(ExtentShape.NONE, null);
    }

    /**
     * The first place the shape stands: a sum ("50 % + 40 %", between '+'), a range (between '-' or '–') or, for
     * 0, a single percentage. Each starts where a run of digits starts (after no digit).
     */
    private static Match find(String text, char between) {
        for (int s = 0; s < text.length(); s++) {
            if (isDigit(text.charAt(s)) && (s == 0 || !isDigit(text.charAt(s - 1)))) {
                Match m = at(text, s, between);
                if (m != null) {
                    return m;
                }
            }
        }
        return null;
    }

    /** The shape starting at s, where a run of digits starts: number, [spaces, '%'?, spaces, between, spaces, number], unit. */
    private static Match at(String text, int s, char between) {
        int end = numberEnd(text, s);
        int start2 = -1;
        int end2 = -1;
        int i = end;
        if (between != 0) {
            i = skipSpaces(text, i);
            if (i < text.length() && text.charAt(i) == '%') {
                i++;
            }
            i = skipSpaces(text, i);
            if (i >= text.length() || !isBetween(text.charAt(i), between)) {
                return null;
            }
            start2 = skipSpaces(text, i + 1);
            if (start2 >= text.length() || !isDigit(text.charAt(start2))) {
                return null;
            }
            end2 = numberEnd(text, start2);
            i = end2;
        }
        return isUnit(text, skipSpaces(text, i)) ? new Match(s, end, start2, end2) : null;
    }

    private static boolean isBetween(char c, char between) {
        return c == between || between == '-' && c == '–';
    }

    /** The end of the number at s: digits, and a decimal part after '.' or ','. */
    private static int numberEnd(String text, int s) {
        int i = skipDigits(text, s);
        if (i + 1 < text.length() && (text.charAt(i) == '.' || text.charAt(i) == ',') && isDigit(text.charAt(i + 1))) {
            i = skipDigits(text, i + 1);
        }
        return i;
    }

    /** "%" or "procent" in any case of its ASCII letters (as the patterns' CASE_INSENSITIVE took it). */
    private static boolean isUnit(String text, int i) {
        if (i < text.length() && text.charAt(i) == '%') {
            return true;
        }
        String unit = "procent";
        if (i + unit.length() > text.length()) {
            return false;
        }
        for (int k = 0; k < unit.length(); k++) {
            if ((text.charAt(i + k) | 0x20) != unit.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static double number(String text, int start, int end) {
        return Double.parseDouble(text.substring(start, end).replace(',', '.'));
    }
}
