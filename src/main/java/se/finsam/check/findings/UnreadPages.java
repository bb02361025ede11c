package se.finsam.check.findings;

import java.util.ArrayList;
import java.util.List;
import se.finsam.check.model.Document;
import se.finsam.check.model.Position;
import se.finsam.check.model.UnreadPage;

/**
 * Never silent about a page not read: a blank sheet of a scan is named as info; a scanned page that OCR could not read
 * with confidence is a warning that asks kansliet to look at the original – an error put as a warning, so that the
 * document waits for that look (its verdict: check the original) and no letter goes out before it.
 *
 * <p>Never accuse on a misreading: what such a page says is not in the document, and whatever the rules find missing
 * – an answer, a signature, a post – may stand on it. So while a page is unread, every error of the document is given
 * as a warning.
 */
public final class UnreadPages {

    public static final String RULE = "scanned-page";

    private UnreadPages() {
    }

    public static List<Finding> named(List<Finding> findings, Document doc) {
        if (doc.getUnreadPages().isEmpty()) {
            return findings;
        }
        List<Finding> all = new ArrayList<>();
        boolean unreadable = false;
        for (UnreadPage p : doc.getUnreadPages()) {
            unreadable |= !p.blank();
            all.add(p.blank() ? new Finding(RULE, Severity.INFO, RULE + ".blank", Position.UNKNOWN, List.of(p.page()))
                    : new Finding(RULE, Severity.ERROR, RULE + ".unreadable", Position.UNKNOWN, List.of(p.page())).asWarning());
        }
        for (Finding f : findings) {
            all.add(unreadable && f.severity() == Severity.ERROR ? f.asWarning() : f);
        }
        return all;
    }
}
