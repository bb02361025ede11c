package se.finsam.check.read.form;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A PDF's page headers and footers: a line of text at the top or the bottom of a page that stands on two or more
 * pages at the same height, alike but for digits (a page number). A header is read once, where it first stands
 * (it may be the form's title); a footer ("Sida 2 av 5") not at all. A text export has neither in its body.
 */
final class PageFurniture {

    /** Lines this near the top or bottom of a page's text are looked at. */
    private static final int EDGE = 2;

    private PageFurniture() {
    }

    static List<PdfForm.Page> without(List<PdfForm.Page> pages) {
        if (pages.size() < 2) {
            return pages;
        }
        Map<String, Integer> headers = count(pages, true);
        Map<String, Integer> footers = count(pages, false);
        Set<String> seen = new HashSet<>();
        List<PdfForm.Page> result = new ArrayList<>();
        for (PdfForm.Page page : pages) {
            List<PageLayout.Row> kept = new ArrayList<>();
            List<PageLayout.Row> rows = page.rows();
            for (int i = 0; i < rows.size(); i++) {
                String key = key(rows.get(i));
                boolean header = i < EDGE && headers.getOrDefault(key, 0) >= 2;
                boolean footer = i >= rows.size() - EDGE && footers.getOrDefault(key, 0) >= 2;
                if (footer || (header && !seen.add(key))) {
                    continue;
                }
                kept.add(rows.get(i));
            }
            result.add(new PdfForm.Page(page.number(), page.ocr(), kept, page.breaks()));
        }
        return result;
    }

    /** On how many pages each line near the top (or bottom) stands. */
    private static Map<String, Integer> count(List<PdfForm.Page> pages, boolean top) {
        Map<String, Integer> counts = new HashMap<>();
        for (PdfForm.Page page : pages) {
            List<PageLayout.Row> rows = page.rows();
            Set<String> onPage = new HashSet<>();
            for (int i = 0; i < Math.min(EDGE, rows.size()); i++) {
                onPage.add(key(rows.get(top ? i : rows.size() - 1 - i)));
            }
            onPage.forEach(k -> counts.merge(k, 1, Integer::sum));
        }
        return counts;
    }

    /** A paragraph's words without digits, and its height on the page; a table row is never furniture. */
    private static String key(PageLayout.Row row) {
        if (row.table()) {
            return "table " + row.hashCode();
        }
        return Math.round(row.top() / 4) + " " + Similarity.normalise(row.text().replaceAll("\\d+", "#"));
    }
}
