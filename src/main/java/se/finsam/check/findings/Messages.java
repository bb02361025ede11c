package se.finsam.check.findings;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import se.finsam.check.read.InputError;

/**
 * The message catalogue: one bundle per language (messages_sv, messages_en), keys per rule and case, arguments
 * filled in with {@link MessageFormat}. No fallback between languages: a missing key is a bug the meta-test finds.
 */
public final class Messages {

    public static final String BUNDLE = "messages";
    public static final List<Locale> LANGUAGES = List.of(Locale.forLanguageTag("sv"), Locale.ENGLISH);

    private final Locale locale;
    private final ResourceBundle bundle;
    /** Parsed patterns: parsing one costs more than filling it in, and a large run repeats the same few. */
    private final Map<String, MessageFormat> formats = new ConcurrentHashMap<>();

    public Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static Messages forLanguage(String tag) {
        return new Messages(Locale.forLanguageTag(tag));
    }

    public Locale locale() {
        return locale;
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** The message as written in the catalogue, its placeholders unfilled (SARIF's messageStrings). */
    public String pattern(String key) {
        return bundle.getString(key);
    }

    public String get(String key, Object... args) {
        return format(key, List.of(args));
    }

    public String format(String key, List<Object> args) {
        return fill(bundle.getString(key), args);
    }

    private String fill(String pattern, List<Object> args) {
        MessageFormat format = formats.computeIfAbsent(pattern, p -> new MessageFormat(p, locale));
        Object[] shown = args.stream().map(this::shown).toArray();
        synchronized (format) { // a MessageFormat is not safe for threads
            return format.format(shown);
        }
    }

    /** A finding's message; a custom rule may give its message inline instead of a catalogue key. */
    public String message(Finding f) {
        return fill(has(f.messageKey()) ? bundle.getString(f.messageKey()) : f.messageKey(), f.args());
    }

    public String verdict(Verdict v) {
        return get("verdict." + v.id());
    }

    public String severity(Severity s) {
        return get("severity." + s.id());
    }

    /** An argument as a message shows it: a term of the catalogue in this language, else {@link #argument}. */
    private Object shown(Object arg) {
        return arg instanceof InputError.Term t ? format(t.key(), t.args()) : argument(arg);
    }

    /** Whole numbers up to this are exact in a double (2^53); beyond, a long would not be the number written. */
    private static final double EXACT_WHOLE = 9_007_199_254_740_992d;

    /**
     * An argument as messages show it, and as machine formats give it: dates as ISO, whole numbers without decimals
     * (a larger one as it is, not clamped to a long's range).
     */
    public static Object argument(Object arg) {
        if (arg instanceof LocalDate d) {
            return d.toString();
        }
        if (arg instanceof Double d && d == Math.rint(d) && Math.abs(d) <= EXACT_WHOLE) {
            return d.longValue();
        }
        return arg == null ? "" : arg;
    }
}
