package se.finsam.check.read.form;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;

/**
 * Reads the words of a scanned page with Tesseract, run as a process: {@code tesseract page.png stdout -l swe+eng
 * tsv}, each word with its box. A process rather than a Java binding (tess4j): no native library and JNA in our
 * jar, Debian's own binary and language data (tesseract-ocr, tesseract-ocr-swe), and a page that takes too long
 * is killed. The ruling lines of the scan are found in the image (long thin runs of dark pixels) for the layout,
 * and whitened before recognition, so that Tesseract does not read them as letters.
 *
 * <p>A page is turned so that its lines run across first ({@link Deskew}); whether it is then upside down is told
 * by reading it: Tesseract reads a page upside down too, but unsurely (measured on a page of form text: a mean
 * confidence of 32 against 95 upright), so a page read with less than {@link #DOUBTFUL} is read again turned
 * upside down, and the surer reading kept. A straight page costs nothing more. Tesseract's own orientation detection
 * ({@code --psm 0}, Debian's tesseract-ocr-osd) was measured at 0.8 s of CPU a page, a fifth of reading it (3.6 s),
 * on every page, straight ones too.
 */
final class Ocr {

    /** Recognition of one page is given this long, then killed. */
    static final long SECONDS_PER_PAGE = 60;
    /** A ruling line is at least this long and at most this thick, in inches. */
    private static final double RULE_LENGTH = 0.2;
    private static final double RULE_THICKNESS = 0.025;
    /** A line's grey edge beside its dark pixels, in inches: whitened with it. */
    private static final double RULE_EDGE = 0.007;
    /**
     * Darker than INK is ink on a page, darker than FAINT a faint mark; a page with less ink than one pixel in
     * BLANK_PIXELS and fewer faint marks than one in FAINT_PIXELS is blank.
     */
    private static final int INK = 200;
    private static final long BLANK_PIXELS = 5000;
    private static final int FAINT = 235;
    private static final long FAINT_PIXELS = 1000;
    /** A reading surer than this (Tesseract's mean confidence per letter, 0–100) is of a page the right way up. */
    static final double DOUBTFUL = 60;

    /** Why a page could not be read by OCR. */
    static final class Failed extends Exception {
        Failed() {
            super(null, null, false, false);
        }
    }

    /** A page read: its words and rules, in points from the top left, and Tesseract's confidence in the reading. */
    record Page(List<PageLayout.Word> words, List<PageLayout.Rule> rules, double width, double confidence) {

        /** Whether the page was read with confidence, upright or upside down; else its words are no reading. */
        boolean sure() {
            return confidence >= DOUBTFUL;
        }
    }

    private final Path executable;

    private Ocr(Path executable) {
        this.executable = executable;
    }

    /** Tesseract from PATH, if it is installed. */
    static Optional<Ocr> installed() {
        String path = System.getenv("PATH");
        if (path != null) {
            for (String dir : path.split(File.pathSeparator)) {
                Path candidate = Path.of(dir.isEmpty() ? "." : dir, "tesseract");
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return Optional.of(new Ocr(candidate));
                }
            }
        }
        return Optional.empty();
    }

    /** Tesseract at this path (tests). */
    static Ocr at(Path executable) {
        return new Ocr(executable);
    }

    /** The words and ruling lines of a page rendered in grey at dpi, turned straight and the right way up first. */
    Page read(BufferedImage page, double dpi) throws Failed {
        BufferedImage grey = Deskew.straight(page, dpi);
        List<PageLayout.Rule> rules = rules(grey, dpi);
        double toPoints = 72 / dpi;
        double width = grey.getWidth() * toPoints;
        double height = grey.getHeight() * toPoints;
        List<String> tsv = recognised(grey, dpi);
        double confidence = confidence(tsv);
        if (confidence < DOUBTFUL) {
            List<String> turned = recognised(Deskew.halfTurned(grey), dpi);
            double turnedConfidence = confidence(turned);
            if (turnedConfidence > confidence) {
                return new Page(words(turned, toPoints), rules.stream().map(r -> PageLayout.Rule.of(width - r.x0(),
                        height - r.y0(), width - r.x1(), height - r.y1())).toList(), width, turnedConfidence);
            }
        }
        return new Page(words(tsv, toPoints), rules, width, confidence);
    }

    /**
     * Whether a page rendered in grey is blank: fewer than one pixel in {@link #BLANK_PIXELS} darker than
     * {@link #INK} – the odd speck of dust, no line of text – and no faint marks either: a page printed pale or
     * smeared has few pixels that dark, but many a little below the paper's white ({@link #FAINT}), and is read (and
     * named as unreadable if it cannot be). A blank page is not read: OCR would only read its specks as letters.
     */
    static boolean blank(BufferedImage grey) {
        byte[] px = ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
        long dark = 0;
        long faint = 0;
        for (byte p : px) {
            int v = p & 0xff;
            dark += v < INK ? 1 : 0;
            faint += v < FAINT ? 1 : 0;
        }
        return dark * BLANK_PIXELS < px.length && faint * FAINT_PIXELS < px.length;
    }

    /** Tesseract's TSV of a page in grey at dpi. */
    private List<String> recognised(BufferedImage grey, double dpi) throws Failed {
        Path png = null;
        Path tsv = null;
        try {
            png = Files.createTempFile("finsam-ocr", ".png");
            tsv = Files.createTempFile("finsam-ocr", ".tsv");
            ImageIO.write(grey, "png", png.toFile());
            ProcessBuilder pb = new ProcessBuilder(executable.toString(), png.toString(), "stdout", "-l", "swe+eng",
                    "--dpi", String.valueOf(Math.round(dpi)), "tsv");
            // one thread: the machine is shared, and pages are read one at a time
            pb.environment().put("OMP_THREAD_LIMIT", "1");
            pb.redirectOutput(tsv.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD);
            Process p = pb.start();
            if (!p.waitFor(SECONDS_PER_PAGE, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new Failed();
            }
            if (p.exitValue() != 0) {
                throw new Failed();
            }
            return Files.readAllLines(tsv, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new Failed();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Failed();
        } finally {
            delete(png);
            delete(tsv);
        }
    }

    private static void delete(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // a temporary file left behind is the system's to clean
            }
        }
    }

    /**
     * Tesseract's TSV: a row per page, block, paragraph, line (level 4) and word (level 5), with its box in pixels.
     * A word's box is its line's height, so that the words of a line sit alike whatever their letters; its em is
     * that height.
     */
    static List<PageLayout.Word> words(List<String> tsv, double toPoints) {
        Map<String, int[]> lines = new HashMap<>();
        List<PageLayout.Word> words = new ArrayList<>();
        for (String row : tsv) {
            String[] f = row.split("\t", -1);
            if (f.length < 12 || !f[0].matches("[45]")) {
                continue;
            }
            String line = f[2] + "/" + f[3] + "/" + f[4];
            int left = Integer.parseInt(f[6]);
            int top = Integer.parseInt(f[7]);
            int width = Integer.parseInt(f[8]);
            int height = Integer.parseInt(f[9]);
            if (f[0].equals("4")) {
                lines.put(line, new int[] {top, height});
                continue;
            }
            String text = f[11].strip();
            if (text.isEmpty()) {
                continue;
            }
            int[] box = lines.getOrDefault(line, new int[] {top, height});
            words.add(new PageLayout.Word(text, left * toPoints, box[0] * toPoints, (left + width) * toPoints,
                    (box[0] + box[1]) * toPoints, Math.max(1, box[1]) * toPoints, false));
        }
        return words;
    }

    /** Tesseract's confidence in its reading of a page: the mean of its words' (0–100), by their letters; 0 for none. */
    static double confidence(List<String> tsv) {
        double sum = 0;
        int letters = 0;
        for (String row : tsv) {
            String[] f = row.split("\t", -1);
            if (f.length >= 12 && f[0].equals("5") && !f[11].isBlank()) {
                sum += Double.parseDouble(f[10]) * f[11].strip().length();
                letters += f[11].strip().length();
            }
        }
        return letters == 0 ? 0 : sum / letters;
    }

    /**
     * The ruling lines of a page rendered in grey at dpi, in points; their pixels are made white in the image, so
     * that OCR does not read a line as letters.
     */
    static List<PageLayout.Rule> rules(BufferedImage grey, double dpi) {
        double toPoints = 72 / dpi;
        return rulesWhitened(grey, dpi).stream().map(r -> new PageLayout.Rule(r.x0() * toPoints, r.y0() * toPoints,
                r.x1() * toPoints, r.y1() * toPoints)).toList();
    }

    /**
     * The runs of pixels darker than dark at least min long, along each row (rows) or else each column: {start,
     * end, row or column}.
     */
    private static List<int[]> darkRuns(byte[] px, int w, int h, int min, boolean rows, int dark) {
        int lines = rows ? h : w;
        int length = rows ? w : h;
        List<int[]> runs = new ArrayList<>();
        for (int a = 0; a < lines; a++) {
            int run = 0;
            for (int b = 0; b <= length; b++) {
                if (b < length && (px[rows ? a * w + b : b * w + a] & 0xff) < dark) {
                    run++;
                } else {
                    if (run >= min) {
                        runs.add(new int[] {b - run, b - 1, a});
                    }
                    run = 0;
                }
            }
        }
        return runs;
    }

    /**
     * The ruling lines of a scan: runs of ink (by the page's {@link InkThreshold}) at least {@link #RULE_LENGTH} long,
     * in bands at most {@link #RULE_THICKNESS} thick; their pixels and their grey edge are made white in the image.
     * In pixels.
     */
    private static List<PageLayout.Rule> rulesWhitened(BufferedImage grey, double dpi) {
        int w = grey.getWidth();
        int h = grey.getHeight();
        byte[] px = ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
        int min = (int) Math.round(RULE_LENGTH * dpi);
        int thick = Math.max(2, (int) Math.round(RULE_THICKNESS * dpi));
        int dark = InkThreshold.of(grey);
        List<int[]> horizontal = darkRuns(px, w, h, min, true, dark); // x0, x1, y
        List<int[]> vertical = darkRuns(px, w, h, min, false, dark); // y0, y1, x
        List<PageLayout.Rule> rules = new ArrayList<>();
        for (int[] band : bands(horizontal, thick)) {
            rules.add(PageLayout.Rule.of(band[0], (band[2] + band[3]) / 2.0, band[1], (band[2] + band[3]) / 2.0));
        }
        for (int[] band : bands(vertical, thick)) {
            rules.add(PageLayout.Rule.of((band[2] + band[3]) / 2.0, band[0], (band[2] + band[3]) / 2.0, band[1]));
        }
        // with the grey edge a line has once turned straight or scaled, which OCR would read as strokes
        int edge = Math.max(1, (int) Math.round(RULE_EDGE * dpi));
        for (int[] r : horizontal) {
            for (int y = Math.max(0, r[2] - edge); y <= Math.min(h - 1, r[2] + edge); y++) {
                Arrays.fill(px, y * w + r[0], y * w + r[1] + 1, (byte) 0xff);
            }
        }
        for (int[] r : vertical) {
            for (int y = r[0]; y <= r[1]; y++) {
                Arrays.fill(px, y * w + Math.max(0, r[2] - edge), y * w + Math.min(w - 1, r[2] + edge) + 1, (byte) 0xff);
            }
        }
        return rules;
    }

    /**
     * Runs on neighbouring rows (or columns) that overlap, as one line: from, to, first and last row. A band thicker
     * than a rule is a dark area (a picture, a black box), no line.
     */
    private static List<int[]> bands(List<int[]> runs, int thick) {
        List<int[]> open = new ArrayList<>();
        List<int[]> done = new ArrayList<>();
        for (int[] r : runs) {
            int[] joined = null;
            for (int[] b : open) {
                if (b[3] >= r[2] - 1 && r[0] <= b[1] && r[1] >= b[0]) {
                    joined = b;
                    break;
                }
            }
            if (joined == null) {
                open.add(new int[] {r[0], r[1], r[2], r[2]});
            } else {
                joined[0] = Math.min(joined[0], r[0]);
                joined[1] = Math.max(joined[1], r[1]);
                joined[3] = r[2];
            }
            open.removeIf(b -> {
                if (b[3] < r[2] - 1) {
                    done.add(b);
                    return true;
                }
                return false;
            });
        }
        done.addAll(open);
        return done.stream().filter(b -> b[3] - b[2] + 1 <= thick).toList();
    }
}
