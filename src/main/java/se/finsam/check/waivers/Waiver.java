package se.finsam.check.waivers;

import java.time.LocalDate;
import se.finsam.check.model.Position;
import se.finsam.check.model.Text;
import se.finsam.check.read.Glob;
import se.finsam.check.read.GlobError;

/**
 * One accepted exception: a rule's findings in matching documents (and field) are reported but do not fail. A
 * waiver whose document pattern is malformed has no glob but the pattern's error (at documentAt), and covers nothing.
 */
record Waiver(String rule, String document, Glob glob, GlobError patternError, Position documentAt, String field,
              String justification, String approvedBy, LocalDate expires, Position position) {

    boolean isJustified() {
        return !Text.isBlank(justification);
    }

    boolean isExpired(LocalDate today) {
        return expires != null && expires.isBefore(today);
    }

    /**
     * Whether a finding of rule at field in the document is covered; the document's path is relative to the waiver
     * file, with / between names, and matches when it or a folder it is in matches the glob.
     */
    boolean covers(String ruleId, String relativeDocument, String findingField) {
        return glob != null && rule.equals(ruleId) && glob.matchesOrIsInside(relativeDocument, false)
                && (field == null || findingField.equals(field) || findingField.startsWith(field + "/"));
    }
}
