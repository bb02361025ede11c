package se.finsam.check.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import se.finsam.check.edition.Terms;
import se.finsam.check.model.ExtentShape;

/**
 * The hot-path text checks scan instead of matching patterns; the patterns they replaced are kept here as the
 * reference, and both answer alike on texts made of the pieces that decide (words, digits, dashes, letters beyond
 * ASCII, punctuation and spaces of every kind).
 */
class TextScansTest {

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\d\\s]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern NUMBER_WORD = Pattern.compile(
            "(?<![\\p{L}])(?:två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv|femton|tjugo|trettio|fyrtio|femtio|hundra)(?![\\p{L}])");
    private static final String MONTHS = "januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december";
    private static final Pattern DATE = Pattern.compile(
            "\\d{2,4}-\\d{1,2}-\\d{1,2}|\\d{1,2}/\\d{1,2}|\\d{1,2}\\s+(?:" + MONTHS + ")|(?:" + MONTHS + ")\\s+\\d{4}");
    private static final Pattern QUANTITY = Pattern.compile(
            "(?<!\\d)\\d++\\s*+(?:%|procent)|(?<![\\d.,-])(?!(?:19|20)\\d\\d(?![\\d]))\\d++(?:[.,]\\d++)?(?![\\d])");
    private static final String NUM = "(?<!\\d)(\\d++(?:[.,]\\d++)?)";
    private static final String UNIT = "\\s*+(?:%|procent)";
    private static final Pattern SUM = Pattern.compile(NUM + "\\s*+%?\\s*+\\+\\s*+" + NUM + UNIT, Pattern.CASE_INSENSITIVE);
    private static final Pattern RANGE = Pattern.compile(NUM + "\\s*+%?\\s*+[-–]\\s*+" + NUM + UNIT, Pattern.CASE_INSENSITIVE);
    private static final Pattern SINGLE = Pattern.compile(NUM + UNIT, Pattern.CASE_INSENSITIVE);
    /** Pieces of extents, for Extents.read. */
    private static final String[] EXTENTS = {"50", "1", "100", "7,5", "0.5", ".", ",", "%", "procent", "PROCENT", "Procen",
        "+", "-", "–", " ", "\t", "\u000b", "\u00a0", "x", "tjänst", "٣", "ſ", "K"};
    private static final List<String> TERMS = List.of("af", "region*", "lul", "fk*", "kommun", "arbets förmedling",
            "överskott*", "ej förbrukat*");
    private static final String[] PIECES = {"nej", "Ja", "inte", "i", "dagsläget", "tre", "treårig", "Tre", "hundra",
        "af", "AF", "afs", "region", "Regionen", "LUL", "fk", "FK-", "kommun", "kommunen", "arbets", "förmedling", "x",
        "3", "2017", "-", "–", ",", ".", "!", " ", "  ", "\t", "\n", "\u00a0", "\u2003", "é", "😀", "ǅ", "_", "a3", "3tre",
        "Överskottet", "överskott", "ej", "förbrukat", "İ", "Ö", "Σ", "ΣΑ", "”", "ÅR"};
    /**
     * More pieces for Terms, which lowers character by character where the text's own lowering does the same: the
     * Kelvin sign (lowered to k), capitals beyond ASCII, code points beyond the BMP (𐐀 lowers to another; U+10000's
     * high surrogate is the scan's marker), a combining dot as İ lowers to.
     */
    private static final String[] TERM_PIECES = {"\u212a", "ÖVERSKOTT", "EJ", "Af", "ẞ", "𐐀", "\ud800\udc00", "a\u0307",
        "ΣΑΣ", "lİ", "İaf"};
    /** Pieces of dates and quantities, for isMeasurable. */
    private static final String[] NUMBERS = {"2017-12-31", "17-1-3", "123-45-6", "1-2-3", "31/12", "/", "1", "12", "123",
        "2017", "1999", "2100", "20171", "0", "juni", "December", "maj", "mars", "50", "%", "procent", "Procent", ".", ",",
        "-", "1.5", ",5", " ", "\t", "\u000b", "\n", "\u00a0", "x", "٣", "tre", "år"};

    private static String text(Random random) {
        StringBuilder s = new StringBuilder();
        for (int i = random.nextInt(8); i >= 0; i--) {
            s.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return s.toString();
    }

    private static String number(Random random) {
        StringBuilder s = new StringBuilder();
        for (int i = random.nextInt(7); i >= 0; i--) {
            s.append(NUMBERS[random.nextInt(NUMBERS.length)]);
        }
        return s.toString();
    }

    /** isMeasurable as it was: dates and quantities by patterns, where the text has a digit. */
    private static boolean measurableByPatterns(String goal) {
        String text = goal.toLowerCase(Locale.ROOT);
        return Wording.hasDigit(text) && (DATE.matcher(text).find() || QUANTITY.matcher(text).find())
                || NUMBER_WORD.matcher(text).find();
    }

    @Test
    void theDateAndQuantityScanAnswersAsThePatternsDid() {
        Random random = new Random(17);
        for (int i = 0; i < 100_000; i++) {
            String text = number(random);
            assertEquals(measurableByPatterns(text), Wording.isMeasurable(text), text);
        }
    }

    /** Extents.read as it was: a sum, else a range, else a single percentage, by patterns. */
    private static Extents.Extent extentByPatterns(String written) {
        if (!Wording.hasDigit(written)) {
            return new Extents.Extent(ExtentShape.NONE, null);
        }
        Matcher m = SUM.matcher(written);
        if (m.find()) {
            return new Extents.Extent(ExtentShape.SUM, percent(m.group(1)) + percent(m.group(2)));
        }
        if (RANGE.matcher(written).find()) {
            return new Extents.Extent(ExtentShape.RANGE, null);
        }
        m = SINGLE.matcher(written);
        return m.find() ? new Extents.Extent(ExtentShape.SINGLE, percent(m.group(1))) : new Extents.Extent(ExtentShape.NONE, null);
    }

    private static double percent(String s) {
        return Double.parseDouble(s.replace(',', '.'));
    }

    @Test
    void theExtentScanAnswersAsThePatternsDid() {
        Random random = new Random(17);
        for (int i = 0; i < 100_000; i++) {
            StringBuilder s = new StringBuilder();
            for (int k = random.nextInt(9); k >= 0; k--) {
                s.append(EXTENTS[random.nextInt(EXTENTS.length)]);
            }
            String text = s.toString();
            assertEquals(extentByPatterns(text), Extents.read(text), text);
            assertEquals(SINGLE.matcher(text).find(), Extents.spokenOf(null, null, null, text), text);
        }
    }

    /** isBareYesNo as it was: the answer's words split out by patterns. */
    private static boolean bareYesNoByPatterns(String answer) {
        String text = answer.toLowerCase(Locale.ROOT);
        String[] words = SPACES.split(NOT_WORD.matcher(text).replaceAll(" ").strip());
        return words.length <= 4 && Set.of("ja", "nej", "yes", "no", "inte", "nix").contains(words[0]);
    }

    @Test
    void theScansAnswerAsThePatternsDid() {
        Random random = new Random(17);
        Pattern terms = Pattern.compile("(?<![\\p{L}\\d])(?:" + TERMS.stream().map(t -> t.endsWith("*")
                ? Pattern.quote(t.substring(0, t.length() - 1)) + "[\\p{L}\\d-]*"
                : Pattern.quote(t) + "(?![\\p{L}\\d])").collect(Collectors.joining("|")) + ")");
        Terms scanned = new Terms(TERMS);
        for (int i = 0; i < 100_000; i++) {
            String text = text(random);
            String lower = text.toLowerCase(Locale.ROOT);
            assertEquals(bareYesNoByPatterns(text), Wording.isBareYesNo(text), text);
            // without a digit only the number words decide
            String noDigits = text.replaceAll("[0-9]", "");
            assertEquals(NUMBER_WORD.matcher(noDigits.toLowerCase(Locale.ROOT)).find(), Wording.isMeasurable(noDigits), noDigits);
            assertEquals(terms.matcher(lower).find(), scanned.foundIn(text), text);
        }
        assertEquals(true, new Terms(List.of()).foundIn("anything"));
    }

    @Test
    void theTermsAnswerAsThePatternDidOnEveryLowering() {
        Random random = new Random(19);
        List<String> terms = new ArrayList<>(TERMS);
        terms.addAll(List.of("ſ", "\ud801\udc28x", "i\u0307*", "σας"));
        Pattern pattern = Pattern.compile("(?<![\\p{L}\\d])(?:" + terms.stream().map(t -> t.endsWith("*")
                ? Pattern.quote(t.substring(0, t.length() - 1)) + "[\\p{L}\\d-]*"
                : Pattern.quote(t) + "(?![\\p{L}\\d])").collect(Collectors.joining("|")) + ")");
        Terms scanned = new Terms(terms);
        List<String> pieces = new ArrayList<>(List.of(PIECES));
        pieces.addAll(List.of(TERM_PIECES));
        for (int i = 0; i < 100_000; i++) {
            StringBuilder s = new StringBuilder();
            for (int k = random.nextInt(8); k >= 0; k--) {
                s.append(pieces.get(random.nextInt(pieces.size())));
            }
            String text = s.toString();
            assertEquals(pattern.matcher(text.toLowerCase(Locale.ROOT)).find(), scanned.foundIn(text), text);
        }
    }
}
