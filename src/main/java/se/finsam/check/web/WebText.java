package se.finsam.check.web;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import se.finsam.check.findings.Messages;

/**
 * The desk's own words (desk_sv.properties, desk_en.properties beside this class), apart from the checker's message
 * catalogue, which the desk uses as it is for rule titles, verdicts, severities and findings.
 */
final class WebText {

    private final String lang;
    private final ResourceBundle bundle;
    private final Messages messages;

    private WebText(String lang) {
        this.lang = lang;
        this.bundle = ResourceBundle.getBundle("se.finsam.check.web.desk", Locale.forLanguageTag(lang),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.messages = Messages.forLanguage(lang);
    }

    private static final WebText SV = new WebText("sv");
    private static final WebText EN = new WebText("en");

    /** Swedish unless English is asked for ({@code ?lang=en}). */
    static WebText of(String lang) {
        return "en".equals(lang) ? EN : SV;
    }

    String lang() {
        return lang;
    }

    /** The checker's catalogue in the same language. */
    Messages messages() {
        return messages;
    }

    String get(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), bundle.getLocale()).format(args);
    }
}
