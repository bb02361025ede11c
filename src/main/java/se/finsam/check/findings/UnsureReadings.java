package se.finsam.check.findings;

import java.util.List;
import se.finsam.check.model.Place;

/**
 * Never accuse on a misreading: text recognised from a scanned page (OCR) is never a plain reading – a letter read
 * wrongly, a handwritten date or a signature not recognised – and neither is a row of a PDF table drawn without
 * lines, whose rows and cells are guessed from the gaps between words (a cell's wrapped text and the next row look
 * alike). An error that rests on such a place is given as a warning; its place already says why and asks kansliet
 * to check the original.
 */
public final class UnsureReadings {

    private UnsureReadings() {
    }

    public static List<Finding> lower(List<Finding> findings) {
        if (findings.stream().noneMatch(UnsureReadings::restsOnUnsureReading)) {
            return findings;
        }
        return findings.stream().map(f -> restsOnUnsureReading(f) ? f.asWarning() : f).toList();
    }

    private static boolean restsOnUnsureReading(Finding f) {
        Place p = f.position().place();
        return f.severity() == Severity.ERROR && p != null && p.unsure();
    }
}
