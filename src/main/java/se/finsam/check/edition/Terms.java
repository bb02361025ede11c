package se.finsam.check.edition;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A list of words as kansliet writes them in the edition file: "af" matches the word AF only, "region*" also
 * matches "Regionen" and "Region Uppsala". Case is ignored.
 */
public final class Terms {

    private final Pattern pattern;

    public Terms(List<String> terms) {
        String alternatives = terms.stream().map(Terms::toRegex).collect(Collectors.joining("|"));
        // the terms are lower case and the text is lowered before matching: far cheaper than Unicode case folding
        this.pattern = Pattern.compile("(?<![\\p{L}\\d])(?:" + alternatives + ")");
    }

    private static String toRegex(String term) {
        String t = term.strip().toLowerCase(Locale.ROOT);
        return t.endsWith("*")
                ? Pattern.quote(t.substring(0, t.length() - 1)) + "[\\p{L}\\d-]*"
                : Pattern.quote(t) + "(?![\\p{L}\\d])";
    }

    public boolean foundIn(String text) {
        return text != null && pattern.matcher(text.toLowerCase(Locale.ROOT)).find();
    }
}
