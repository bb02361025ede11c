package se.finsam.check.read.form;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.TextPosition;
import se.finsam.check.model.Place;
import se.finsam.check.model.UnreadPage;
import se.finsam.check.read.InputError;

/**
 * Reads a PDF form into the neutral representation with Apache PDFBox: on each page the words with their positions
 * and the ruling lines, rebuilt into paragraphs and table rows by {@link PageLayout}; a page without a text layer
 * (a scan) is rendered and read by {@link Ocr}, and rebuilt the same way. Each line's place is its page and line
 * on the page, marked as OCR'd where it was – by us, or by the scanner that laid its recognised text invisibly over
 * the page's image. A page header or footer that repeats on every page is read once.
 *
 * <p>Bounded: at most {@link #MAX_PAGES} pages, {@link #MAX_OCR_PAGES} scanned pages, decoded streams within
 * {@link #MAX_MEMORY} bytes, pages rendered for OCR at 300 dpi but never beyond {@link #MAX_RENDER_PIXELS} pixels,
 * no image beyond {@link #MAX_IMAGE_PIXELS} pixels decoded. Nothing in the file is run (JavaScript, actions): only
 * its text and drawing are read. A file that cannot be read is one {@link InputError} ({@code form.pdf}).
 */
public final class PdfForm {

    /** Why a PDF cannot be read; the ordinal selects the text of {@code form.pdf} in the catalogue. */
    enum Unreadable {
        EMPTY, NOT_PDF, DAMAGED, TRUNCATED, ENCRYPTED, TOO_MANY_PAGES, HUGE_IMAGE, TOO_MANY_SCANS, SCANNED_NO_OCR,
        PAGES_NO_OCR, OCR_FAILED, NO_TEXT, TOO_LARGE
    }

    static final int MAX_PAGES = 200;
    static final int MAX_OCR_PAGES = 20;
    static final long MAX_MEMORY = 256L << 20;
    static final double OCR_DPI = 300;
    /** Enough to find a scan's table lines in, at a quarter of the pixels of OCR's rendering. */
    static final double RULES_DPI = 150;
    static final long MAX_RENDER_PIXELS = 40_000_000L;
    static final long MAX_IMAGE_PIXELS = 100_000_000L;
    /** A page with fewer glyphs than this, and an image, is a scan (a stray page number is no text layer). */
    private static final int MIN_GLYPHS = 10;
    /** Where the markers are looked for: the header within the first bytes, the end within the last. */
    private static final int MARKER_WINDOW = 1024;

    private PdfForm() {
    }

    public static FormText read(String source, byte[] bytes) throws InputError {
        return read(source, bytes, Ocr.installed());
    }

    static FormText read(String source, byte[] bytes, Optional<Ocr> ocr) throws InputError {
        Unreadable before = beforeOpening(bytes);
        if (before != null) {
            throw error(source, before);
        }
        PDDocument doc;
        try {
            doc = Loader.loadPDF(bytes, "", null, null, MemoryUsageSetting.setupMainMemoryOnly(MAX_MEMORY).streamCache);
        } catch (InvalidPasswordException e) {
            throw error(source, Unreadable.ENCRYPTED);
        } catch (IOException | RuntimeException e) {
            throw error(source, Unreadable.DAMAGED);
        }
        try (doc) {
            return read(source, doc, ocr);
        } catch (IOException e) {
            // a stream that decodes beyond the memory limit, or a broken one
            throw error(source, String.valueOf(e.getMessage()).contains("exceeded") ? Unreadable.TOO_LARGE : Unreadable.DAMAGED);
        } catch (RuntimeException e) {
            if (ours(e)) {
                throw e; // a fault of the reader, reported as such (FormLoader), not blamed on the file
            }
            throw error(source, Unreadable.DAMAGED);
        }
    }

    /** Whether an exception was thrown by finsam-check's code rather than by PDFBox on a broken file. */
    private static boolean ours(RuntimeException e) {
        for (StackTraceElement at : e.getStackTrace()) {
            String c = at.getClassName();
            if (!c.startsWith("java.") && !c.startsWith("jdk.")) {
                return c.startsWith("se.finsam.");
            }
        }
        return false;
    }

    private static FormText read(String source, PDDocument doc, Optional<Ocr> ocr) throws IOException, InputError {
        int count = doc.getNumberOfPages();
        if (count > MAX_PAGES) {
            throw error(source, Unreadable.TOO_MANY_PAGES, count, MAX_PAGES);
        }
        PdfWords text = PdfWords.of(doc);
        List<Page> pages = new ArrayList<>();
        List<Integer> scanned = new ArrayList<>();
        List<Integer> searchable = new ArrayList<>();
        List<UnreadPage> unread = new ArrayList<>();
        Map<Integer, PdfDrawing> drawings = new HashMap<>();
        for (int i = 0; i < count; i++) {
            PDPage page = doc.getPage(i);
            PdfDrawing drawing = new PdfDrawing(page).read();
            drawings.put(i, drawing);
            if (text.glyphCount(i) < MIN_GLYPHS && drawing.images() > 0) {
                scanned.add(i);
                pages.add(null);
            } else if (drawing.images() > 0 && text.mostlyInvisible(i)) {
                searchable.add(i);
                pages.add(null);
            } else {
                pages.add(typed(page, i, text, drawing));
            }
        }
        PDFRenderer renderer = new PDFRenderer(doc);
        if (!scanned.isEmpty()) {
            if (ocr.isEmpty()) {
                throw scanned.size() == count ? error(source, Unreadable.SCANNED_NO_OCR)
                        : error(source, Unreadable.PAGES_NO_OCR, scanned.stream().map(p -> String.valueOf(p + 1))
                                .collect(Collectors.joining(", ")));
            }
            if (scanned.size() > MAX_OCR_PAGES) {
                throw error(source, Unreadable.TOO_MANY_SCANS, scanned.size(), MAX_OCR_PAGES);
            }
            for (int i : scanned) {
                if (drawings.get(i).largestImage() > MAX_IMAGE_PIXELS) {
                    throw error(source, Unreadable.HUGE_IMAGE, i + 1);
                }
                pages.set(i, ocr(ocr.get(), renderer, doc.getPage(i), i, unread));
            }
        }
        for (int k = 0; k < searchable.size(); k++) {
            int i = searchable.get(k);
            pages.set(i, searchable(renderer, doc.getPage(i), i, text, drawings.get(i), k < MAX_OCR_PAGES));
        }
        if (pages.stream().allMatch(p -> p.rows().isEmpty())) {
            Optional<UnreadPage> unreadable = unread.stream().filter(p -> !p.blank()).findFirst();
            throw unreadable.isPresent() ? error(source, Unreadable.OCR_FAILED, unreadable.get().page())
                    : error(source, Unreadable.NO_TEXT);
        }
        return lines(source, pages, unread);
    }

    /**
     * A page of typed text: its words and rules in the frame its text runs in – a page stored turned and shown
     * upright by its /Rotate is read upright, as shown – and its width that way.
     */
    private static Page typed(PDPage page, int index, PdfWords text, PdfDrawing drawing) {
        float direction = text.direction(index);
        List<PageLayout.Rule> rules = drawing.rules(direction);
        List<TextPosition> glyphs = text.glyphsAcross(index);
        Strikes strikes = new Strikes(rules, glyphs);
        List<PageLayout.Rule> lines = strikes.rulings(rules);
        Notes notes = new Notes(lines, glyphs);
        return page(index + 1, TwoColumns.lay(text.words(index, strikes, notes), notes.rulings(lines), width(page, direction)));
    }

    /** A page read in parts (its columns), each part's rows after the last's, its lines counted on across them. */
    private static Page page(int number, List<TwoColumns.Laid> parts) {
        List<PageLayout.Row> rows = new ArrayList<>();
        Set<PageLayout.Row> breaks = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        int offset = 0;
        for (TwoColumns.Laid part : parts) {
            List<PageLayout.Row> read = PageLayout.rows(part.words(), part.rules(), part.width());
            for (PageLayout.Row r : read) {
                PageLayout.Row row = new PageLayout.Row(r.cells(), r.line() + offset, r.blankBefore(), r.table(), r.top(),
                        r.left(), r.guessed(), r.grey());
                if (!rows.isEmpty() && r == read.get(0)) {
                    breaks.add(row);
                }
                rows.add(row);
            }
            offset = rows.isEmpty() ? offset : rows.get(rows.size() - 1).line();
        }
        return new Page(number, false, rows, breaks);
    }

    /** The width of a page as its text runs (direction: 0, 90, 180 or 270 degrees). */
    private static double width(PDPage page, float direction) {
        PDRectangle box = page.getCropBox();
        return direction % 180 == 0 ? box.getWidth() : box.getHeight();
    }

    /**
     * A scanned page rendered in grey, at 300 dpi or less for a huge page, and read by OCR. A blank page is not
     * read; a page OCR cannot read with confidence (upright or upside down), or fails on, is read as nothing – its
     * letters would be guesses – and both are noted in unread, so that the check names them.
     */
    private static Page ocr(Ocr ocr, PDFRenderer renderer, PDPage page, int index, List<UnreadPage> unread)
            throws IOException {
        PDRectangle box = page.getCropBox();
        double points = (double) box.getWidth() * box.getHeight();
        float scale = (float) Math.min(OCR_DPI / 72, Math.sqrt(MAX_RENDER_PIXELS / Math.max(1, points)));
        BufferedImage image = renderer.renderImage(index, scale, ImageType.GRAY);
        Page none = new Page(index + 1, true, List.of());
        if (Ocr.blank(image)) {
            unread.add(new UnreadPage(index + 1, true));
            return none;
        }
        try {
            Ocr.Page read = ocr.read(image, scale * 72);
            if (read.sure()) {
                return new Page(index + 1, true, PageLayout.rows(read.words(), read.rules(), read.width()));
            }
        } catch (Ocr.Failed e) {
            // a page Tesseract fails on (killed after its time, a crash) is that page unread, not the file refused
        }
        unread.add(new UnreadPage(index + 1, false));
        return none;
    }

    /**
     * A page of a "searchable" scan: its text is the scanner's OCR, laid invisibly over the image – recognised text,
     * so its findings say so as those of our own OCR do. The table lines are only in the image: they are found in
     * it rendered at {@link #RULES_DPI}, as for a scan (at most {@link #MAX_OCR_PAGES} pages are rendered; beyond
     * that the cells come from the gaps between columns alone). PDFBox gives the text's positions as if it ran
     * across, however the page is turned (its /Rotate, its matrix, a sheet scanned sideways), so the rendered page is
     * given the quarter turns that make its text run across too, and the page's width is then its width that way.
     */
    private static Page searchable(PDFRenderer renderer, PDPage page, int index, PdfWords text, PdfDrawing drawing,
                                   boolean render) throws IOException {
        float direction = text.direction(index);
        List<PageLayout.Rule> rules = new ArrayList<>(drawing.rules(direction));
        if (render && drawing.largestImage() <= MAX_IMAGE_PIXELS) {
            BufferedImage shown = renderer.renderImage(index, (float) (RULES_DPI / 72), ImageType.GRAY);
            int across = Math.round((page.getRotation() - direction) / 90);
            rules.addAll(Ocr.rules(Deskew.quarterTurned(shown, across), RULES_DPI));
        }
        // the scanner's text is no drawn text: a line in the image is not known to strike it
        return new Page(index + 1, true, PageLayout.rows(text.words(index, new Strikes(), new Notes()), rules, width(page, direction)));
    }

    /**
     * The rows of a page (counted from 1), and whether they were read by OCR; breaks: the rows that begin a part of
     * it read after another (a column), which go on from the part before as a page goes on from the page before.
     */
    record Page(int number, boolean ocr, List<PageLayout.Row> rows, Set<PageLayout.Row> breaks) {
        Page(int number, boolean ocr, List<PageLayout.Row> rows) {
            this(number, ocr, rows, Set.of());
        }
    }

    /**
     * The pages' rows as form lines, numbered on across pages, with a number left out for a blank line, as in a
     * text export. A page break is no blank line: a table or a block of lines may run on across it – and a
     * paragraph or a table row the break split goes on in the first row of the next page ({@link #goesOn}), which
     * is joined to it: one answer, not an answer and a stray paragraph. A template's guidance left in is read as
     * nothing, as an empty paragraph ({@link #isGuidance}) – its rest on the next page with it.
     */
    static FormText lines(String source, List<Page> pages, List<UnreadPage> unread) {
        List<FormLine> lines = new ArrayList<>();
        Map<Integer, Place> places = new HashMap<>();
        int number = 0;
        PageLayout.Row last = null;
        for (Page page : PageFurniture.without(pages)) {
            boolean first = true;
            for (PageLayout.Row row : page.rows()) {
                first |= page.breaks().contains(row);
                if (first && last != null && goesOn(last, row) && (!isGuidance(last) || row.grey(0))) {
                    last = joined(last, row);
                    if (!isGuidance(last)) {
                        lines.set(lines.size() - 1, FormLine.of(lines.get(lines.size() - 1).line(), cells(last)));
                    }
                    first = false;
                    continue;
                }
                boolean blank = !first && row.blankBefore();
                number += blank ? 2 : 1;
                FormLine line = FormLine.of(number, cells(row)); // none for the guidance: read as nothing
                if (line != null) {
                    lines.add(line);
                    places.put(number, Place.pageLine(page.number(), row.line(), page.ocr(), row.guessed()));
                }
                if (line != null || isGuidance(row)) {
                    last = row;
                }
                first = false;
            }
        }
        return new FormText(source, RepeatedPages.drop(lines), places, List.of(), unread);
    }

    /** Whether a paragraph is the template's guidance left in ("Beskriv …" in grey under its question). */
    private static boolean isGuidance(PageLayout.Row row) {
        return !row.table() && isGuidance(row, 0);
    }

    /**
     * Whether a row's cell is the template's guidance left in: drawn in grey and worded as guidance, the Word
     * reader's test ({@link Placeholders#isGuidance}). Grey text worded otherwise may be an answer typed in the
     * template's grey, and is read as one.
     */
    private static boolean isGuidance(PageLayout.Row row, int cell) {
        return row.grey(cell) && Placeholders.isWordedAsGuidance(unhyphenated(row.cells().get(cell)));
    }

    /** A row's cells; a cell holding the template's guidance is empty, as a Word table's cell is. */
    private static List<FormLine.Cell> cells(PageLayout.Row row) {
        List<FormLine.Cell> cells = new ArrayList<>();
        for (int c = 0; c < row.cells().size(); c++) {
            cells.add(new FormLine.Cell(isGuidance(row, c) ? "" : unhyphenated(row.cells().get(c)), false));
        }
        return cells;
    }

    /**
     * Whether the first row of a page goes on with the last row of the page before, split by the break. A
     * paragraph: its text goes on ({@link #goesOn(String, String)}). A table row: as many cells, text only under
     * cells that had text, and either the first cell empty (the row's label fitted on the page before) or each
     * cell's text going on. Anything else keeps its own line: a paragraph split at a sentence's end keeps its text
     * under its heading all the same.
     */
    private static boolean goesOn(PageLayout.Row last, PageLayout.Row row) {
        if (last.table() != row.table()) {
            return false;
        }
        if (!row.table()) {
            return goesOn(last.text(), row.text());
        }
        List<String> above = last.cells();
        List<String> below = row.cells();
        if (above.size() != below.size() || below.stream().allMatch(String::isBlank)) {
            return false;
        }
        boolean labelAbove = below.get(0).isBlank() && !above.get(0).isBlank();
        for (int c = 0; c < below.size(); c++) {
            if (!below.get(c).isBlank() && (above.get(c).isBlank() || !labelAbove && !goesOn(above.get(c), below.get(c)))) {
                return false;
            }
        }
        return true;
    }

    /** Text that goes on: before ends within a sentence (no . ! ? : ;) and after starts with a small letter – or before ends in a soft hyphen. */
    private static boolean goesOn(String before, String after) {
        return !before.isEmpty() && !after.isEmpty() && (before.endsWith("\u00AD")
                || !before.matches("(?s).*[.!?:;]") && Character.isLowerCase(after.codePointAt(0)));
    }

    /** The row with the text of its rest on the next page added, cell by cell. */
    private static PageLayout.Row joined(PageLayout.Row last, PageLayout.Row rest) {
        List<String> cells = new ArrayList<>();
        List<Boolean> grey = new ArrayList<>();
        for (int c = 0; c < last.cells().size(); c++) {
            String more = rest.cells().get(c);
            cells.add(more.isBlank() ? last.cells().get(c) : last.cells().get(c) + " " + more);
            grey.add(last.grey(c) && (more.isBlank() || rest.grey(c)));
        }
        return new PageLayout.Row(cells, last.line(), last.blankBefore(), last.table(), last.top(), last.left(),
                last.guessed() || rest.guessed(), grey);
    }

    /**
     * A cell's text with its words broken at an optional hyphen whole again: Word draws the soft hyphen only where
     * it broke the word at a line's end, and the layout joined the line after it with a space.
     */
    private static String unhyphenated(String text) {
        return text.replace("\u00AD ", "").replace("\u00AD", "");
    }

    private static Unreadable beforeOpening(byte[] bytes) {
        if (bytes.length == 0) {
            return Unreadable.EMPTY;
        }
        if (!contains(bytes, 0, MARKER_WINDOW, "%PDF-")) {
            return Unreadable.NOT_PDF;
        }
        // PDFBox would repair a cut-off file from what is left, and pages would be missing without a word
        return contains(bytes, bytes.length - MARKER_WINDOW, bytes.length, "%%EOF") ? null : Unreadable.TRUNCATED;
    }

    private static boolean contains(byte[] bytes, int from, int to, String marker) {
        byte[] m = marker.getBytes(StandardCharsets.US_ASCII);
        int start = Math.max(0, from);
        int end = Math.min(bytes.length, to) - m.length;
        for (int i = start; i <= end; i++) {
            int k = 0;
            while (k < m.length && bytes[i + k] == m[k]) {
                k++;
            }
            if (k == m.length) {
                return true;
            }
        }
        return false;
    }

    private static InputError error(String source, Unreadable why, Object... args) {
        Object[] all = new Object[args.length + 1];
        all[0] = why.ordinal();
        System.arraycopy(args, 0, all, 1, args.length);
        return new InputError(source, 0, 0, "form.pdf", all);
    }
}
