package se.finsam.check.findings;

import java.util.List;
import se.finsam.check.model.Place;

/**
 * Never accuse on a misreading: text recognised from a scanned page (OCR) is never a plain reading – a letter read
 * wrongly, a handwritten date or a signature not recognised – so an error that rests on such a page is given as a
 * warning. Its place already says it was read by OCR and asks kansliet to check the original.
 */
public final class ScannedReadings {

    private ScannedReadings() {
    }

    public static List<Finding> lower(List<Finding> findings) {
        if (findings.stream().noneMatch(ScannedReadings::restsOnScan)) {
            return findings;
        }
        return findings.stream().map(f -> restsOnScan(f) ? f.asWarning() : f).toList();
    }

    private static boolean restsOnScan(Finding f) {
        Place p = f.position().place();
        return f.severity() == Severity.ERROR && p != null && p.ocr();
    }
}
