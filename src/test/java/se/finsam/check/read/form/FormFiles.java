package se.finsam.check.read.form;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A text form as the other files kansliet receives, for tests outside this package (the desk's year at once): a
 * Word document, a PDF printed from Word (tables with ruling lines), and a searchable scan (an image of each page
 * with the scanner's recognised text laid over it, read without Tesseract).
 */
public final class FormFiles {

    private FormFiles() {
    }

    /** The form as a plain Word document, saved as to. */
    public static Path word(Path text, String kind, Path to) throws IOException {
        return Files.write(to, WordStyles.write(Files.readString(text), kind, WordStyles.Style.PLAIN));
    }

    /** The form as a PDF with text, saved as to. */
    public static Path pdf(Path text, Path to) throws IOException {
        List<String> export = Files.readAllLines(text);
        try (PdfCanvas canvas = new PdfCanvas()) {
            new FormPages(canvas, true, null).write(export);
            canvas.save(to);
        }
        return to;
    }

    /** The form printed and scanned, with the scanner's text layer, saved as to. */
    public static Path searchableScan(Path text, Path to) throws IOException {
        ScanCanvas canvas = new ScanCanvas(true);
        new FormPages(canvas, true, null).write(Files.readAllLines(text));
        canvas.save(to);
        return to;
    }
}
