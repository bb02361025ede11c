package se.finsam.check.findings;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.kie.api.definition.rule.Rule;
import se.finsam.check.model.Kind;

/**
 * The metadata every DRL rule carries: {@code @id} (the catalogue id), {@code @severity}, {@code @message} (a
 * message key, or for a custom rule the message itself) and {@code @kinds} (the kinds of document it applies to);
 * a rule that compares documents also {@code @scope("year")}, one whose findings are for kansliet alone
 * {@code @audience("kansliet")}.
 */
public final class RuleMeta {

    private RuleMeta() {
    }

    public static String id(Rule rule) {
        return required(rule, "id");
    }

    public static Severity severity(Rule rule) {
        return Severity.fromId(required(rule, "severity"));
    }

    public static String message(Rule rule) {
        return required(rule, "message");
    }

    public static Set<Kind> kinds(Rule rule) {
        return Arrays.stream(required(rule, "kinds").split(",")).map(String::strip).map(k -> {
            Kind kind = Kind.fromId(k);
            if (kind == null) {
                throw new IllegalStateException("rule '" + rule.getName() + "': unknown kind '" + k + "' in @kinds");
            }
            return kind;
        }).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Whether a rule compares documents: {@code @scope("year")} runs once the run has linked a report with its plan
     * (or found none), over the link and the records of both; a rule without it runs on each document alone.
     */
    public static boolean isYear(Rule rule) {
        return flag(rule, "scope", "year");
    }

    /**
     * Whether a rule's findings are for kansliet only, never in a letter to the group: {@code @audience("kansliet")}
     * – what is about the documents checked together (two plans of one area), not about the group's form.
     */
    public static boolean isForKansliet(Rule rule) {
        return flag(rule, "audience", "kansliet");
    }

    /** Metadata that is either absent or the one value it may have: whether it is there. */
    private static boolean flag(Rule rule, String key, String only) {
        Object value = rule.getMetaData().get(key);
        if (value == null) {
            return false;
        }
        if (!value.toString().equals(only)) {
            throw new IllegalStateException("rule '" + rule.getName() + "': unknown @" + key + " '" + value + "' (" + only
                    + " or none)");
        }
        return true;
    }

    private static String required(Rule rule, String key) {
        Object value = rule.getMetaData().get(key);
        if (value == null) {
            throw new IllegalStateException("rule '" + rule.getName() + "' has no @" + key + " metadata");
        }
        return value.toString();
    }
}
