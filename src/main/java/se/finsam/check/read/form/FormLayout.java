package se.finsam.check.read.form;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** The vocabulary of the forms – kinds, headings, labels, phrases – read from {@code rules/forms.yaml}. */
public record FormLayout(
        LinkedHashMap<String, List<String>> kinds,
        Map<String, LinkedHashMap<String, List<String>>> headings,
        Map<String, List<String>> goalHeadings,
        LinkedHashMap<String, List<String>> signatureLabels,
        LinkedHashMap<String, List<String>> periodLabels,
        LinkedHashMap<String, List<String>> postLabels,
        Phrases vacancies,
        Phrases returns,
        LinkedHashMap<String, List<String>> budgetSums) {

    public static final String RESOURCE = "rules/forms.yaml";

    /** Regular expressions of one kind of statement; staff/money: words the sentence must also hold. */
    public record Phrases(List<String> phrases, List<String> staff, List<String> refilled, List<String> money,
            List<String> none) {

        static Pattern any(List<String> regexes) {
            if (regexes == null || regexes.isEmpty()) {
                return null;
            }
            return Pattern.compile("(" + String.join(")|(", regexes) + ")",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
        }
    }

    public static FormLayout builtIn() {
        try (InputStream in = FormLayout.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the build");
            }
            return new ObjectMapper(new YAMLFactory()).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(in, FormLayout.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
