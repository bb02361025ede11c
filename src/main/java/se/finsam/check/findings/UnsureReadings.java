package se.finsam.check.findings;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import se.finsam.check.model.Document;
import se.finsam.check.model.Located;
import se.finsam.check.model.Place;
import se.finsam.check.model.Position;

/**
 * Never accuse on a misreading: text recognised from a scanned page (OCR) is never a plain reading – a letter read
 * wrongly, a handwritten date or a signature not recognised – and neither is a row of a PDF table drawn without
 * lines, whose rows and cells are guessed from the gaps between words (a cell's wrapped text and the next row look
 * alike). An error that rests on such a place is given as a warning; its place already says why and asks kansliet
 * to check the original.
 *
 * <p>What a finding rests on: the value at its position, and – since the rules over a list (a budget's sums, the
 * parties that signed, a resource among the table's rows) derive their findings from all its items – every place
 * the list it points into was read from. A row misread in a table without lines moves amounts and cells into other
 * rows, so an error on a plain line of such a list (a total, a row read whole between guessed ones) is lowered too,
 * its place saying that it was derived from lines read unsurely.
 */
public final class UnsureReadings {

    private UnsureReadings() {
    }

    public static List<Finding> lower(List<Finding> findings, Document doc) {
        if (findings.stream().noneMatch(f -> f.severity() == Severity.ERROR)) {
            return findings;
        }
        Set<String> unsureLists = unsureLists(doc);
        return findings.stream().map(f -> lowered(f, unsureLists)).toList();
    }

    private static Finding lowered(Finding f, Set<String> unsureLists) {
        if (f.severity() != Severity.ERROR) {
            return f;
        }
        Position at = f.position();
        Place p = at.place();
        if (p != null && p.unsure()) {
            return f.asWarning();
        }
        if (unsureLists.contains(list(at.pointer()))) {
            return f.asWarning(p == null ? at : new Position(at.pointer(), at.line(), at.column(), p.derivedFromUnsure()));
        }
        return f;
    }

    /** The lists of the document (by their pointer's first step, "budget") with an item read from an unsure place. */
    static Set<String> unsureLists(Document doc) {
        Set<String> lists = new HashSet<>();
        Stream.of(doc.getResources(), doc.getSignatures(), doc.getPartners(), doc.getGoals(), doc.getVacancies(),
                        doc.getReturns(), doc.getBudget())
                .flatMap(List::stream)
                .flatMap(Located::positions)
                .filter(at -> at.place() != null && at.place().unsure())
                .forEach(at -> lists.add(list(at.pointer())));
        return lists;
    }

    /** The first step of a JSON pointer: "/budget/1/lines/3/amount" is in "budget". */
    private static String list(String pointer) {
        int end = pointer.indexOf('/', 1);
        return end < 0 ? pointer.substring(Math.min(1, pointer.length())) : pointer.substring(1, end);
    }
}
