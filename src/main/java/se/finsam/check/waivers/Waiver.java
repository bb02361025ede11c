package se.finsam.check.waivers;

import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.time.LocalDate;
import se.finsam.check.model.Position;
import se.finsam.check.model.Text;

/** One accepted exception: a rule's findings in matching documents (and field) are reported but do not fail. */
record Waiver(String rule, String document, PathMatcher matcher, String field, String justification,
              String approvedBy, LocalDate expires, Position position) {

    boolean isJustified() {
        return !Text.isBlank(justification);
    }

    boolean isExpired(LocalDate today) {
        return expires != null && expires.isBefore(today);
    }

    /** Whether a finding of rule at field in the document (relative to the waiver file) is covered. */
    boolean covers(String ruleId, Path relativeDocument, String findingField) {
        return rule.equals(ruleId) && matcher.matches(relativeDocument)
                && (field == null || findingField.equals(field) || findingField.startsWith(field + "/"));
    }
}
