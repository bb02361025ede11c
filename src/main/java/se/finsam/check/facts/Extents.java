package se.finsam.check.facts;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.finsam.check.model.ExtentShape;

/** Reads the extent of a post as written: "100%", "75 procent", "50+40%" (a sum), "50-75 %" (a range). */
final class Extents {

    // A number starts where a run of digits starts, and its digits and spaces are never given back: a match
    // starting inside a run, or a shorter run of spaces, cannot succeed where the longer one failed, and trying them
    // made a long run of digits or spaces quadratic (a 36 000-digit resource name took minutes).
    private static final String NUM = "(?<!\\d)(\\d++(?:[.,]\\d++)?)";
    private static final String UNIT = "\\s*+(?:%|procent)";
    private static final Pattern SUM = Pattern.compile(NUM + "\\s*+%?\\s*+\\+\\s*+" + NUM + UNIT, Pattern.CASE_INSENSITIVE);
    private static final Pattern RANGE = Pattern.compile(NUM + "\\s*+%?\\s*+[-–]\\s*+" + NUM + UNIT, Pattern.CASE_INSENSITIVE);
    private static final Pattern SINGLE = Pattern.compile(NUM + UNIT, Pattern.CASE_INSENSITIVE);

    /** What was understood: the shape and, where there is one, the combined percentage. */
    record Extent(ExtentShape shape, Double percent) {
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
            if (cell != null && SINGLE.matcher(cell).find()) {
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
        Matcher m = SUM.matcher(written);
        if (m.find()) {
            return new Extent(ExtentShape.SUM, number(m.group(1)) + number(m.group(2)));
        }
        if (RANGE.matcher(written).find()) {
            return new Extent(ExtentShape.RANGE, null);
        }
        m = SINGLE.matcher(written);
        if (m.find()) {
            return new Extent(ExtentShape.SINGLE, number(m.group(1)));
        }
        return new Extent(ExtentShape.NONE, null);
    }

    private static double number(String s) {
        return Double.parseDouble(s.replace(',', '.'));
    }
}
