package se.finsam.check.read.form;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.finsam.check.edition.Editions;
import se.finsam.check.read.InputError;

/**
 * Reading a form costs time in proportion to its size, whatever its shape: for each shape a form of size N and one
 * of size 2N are read the whole way (FormLoader, as a check reads them), and the larger must take at most three
 * times as long – a ratio, never a wall-clock limit, so a slow or busy machine does not fail it, while a reader
 * that compares every line with every earlier one (ratio 4) does. Best of several runs after a warm-up.
 */
class LinearReadersTest {

    /** Twice the input may cost at most this much more time: 2 for linear, 4 for quadratic. */
    private static final double MAX_RATIO = 3.0;
    private static final int RUNS = 2;

    private static final String[] WORDS = {"arbete", "samverkan", "insatsen", "deltagare", "kommunen", "under", "året",
        "med", "och", "för", "att", "Heby", "2017", "stöd", "tjänst", "coach", "medel", "mål:", "resurs", "100 %"};

    @TempDir
    Path dir;

    private final FormLoader loader = new FormLoader(Editions.builtIn());

    @Test
    void oneLongLineOfProse() throws Exception {
        assertLinear("long line", ".txt", 200_000, n -> text(report() + "Beskriv tillvaratagna erfarenheter och lärdomar från insatsen\n"
                + prose(n) + "\n"));
    }

    @Test
    void oneLongRowOfCellsInTheSignatures() throws Exception {
        // the values' label is the first cell's: each cell looks for the nearest label in its row
        assertLinear("long row", ".txt", 40_000, n -> {
            StringBuilder row = new StringBuilder("Datum: 2017-12-08");
            for (int i = 0; i < n; i++) {
                row.append("\tx").append(i);
            }
            return text(report() + prose(200) + "\n\n" + row + "\n");
        });
    }

    @Test
    void oneLongLineOfHtml() throws Exception {
        // bookmarks and cells whose ends were lost (HTML allows a cell without its end tag)
        assertLinear("long HTML line", ".txt", 1_500_000, n -> text(plan() + prose(200) + "\n\n"
                + "[bookmark: x ".repeat(n / 10) + "<table><tr><td>Datum: 1/2" + "<td>x".repeat(n) + "</tr></table>\n"));
    }

    @Test
    void manyLines() throws Exception {
        // the header of each scanned page: the same line over and over, each one a possible start of a repeated page
        assertLinear("many lines", ".txt", 6_000, n -> {
            StringBuilder b = new StringBuilder(report());
            for (int i = 0; i < n; i++) {
                b.append(i % 4 == 0 ? "Slutrapport LOKUS Heby\n" : "");
                b.append(prose(12 + i % 10, i)).append(' ').append(i).append(i % 20 == 0 ? "\n\n" : "\n");
            }
            return text(b.toString());
        });
    }

    @Test
    void manyTableRowsInATextForm() throws Exception {
        assertLinear("many table rows", ".txt", 24_000, n -> {
            StringBuilder b = new StringBuilder(plan());
            b.append("Resurser\tTidsperiod\tResultatmål\tBedömda effekter\tKostnader\n");
            for (int i = 0; i < n; i++) {
                // four resources, each row after their first starting in lower case: it continues the row above
                String first = i % (n / 4) == 0 ? "Tilläggsresurs " + i + " 50%" : "fortsättning " + i;
                b.append(first).append("\t2017\t").append(prose(6, i)).append('\t').append(prose(5, -i)).append('\t')
                        .append(100_000 + i).append('\n');
            }
            return text(b.toString());
        });
    }

    @Test
    void manySignatureBlocks() throws Exception {
        assertLinear("many signatures", ".txt", 6_000, n -> {
            StringBuilder b = new StringBuilder(plan() + prose(100) + "\n\n");
            String[] organisations = {"AF", "Försäkringskassan", "Region Uppsala", "Heby kommun"};
            for (int i = 0; i < n; i++) {
                // signers of different names and organisations, so that no page is dropped as a repeat
                String date = (1 + i % 28) + "/" + (1 + i / 28 % 12);
                switch (i % 3) {
                    case 0 -> b.append("Datum: ").append(date).append("\tUnderskrift: \tNamnförtydligande: ")
                            .append(name(i)).append("\tOrganisation: ").append(organisations[i % 4]).append('\n');
                    // the same place and dates on every copy of the page
                    case 1 -> b.append("Ort och datum: Uppsala 2016-08-30\tOrt och datum: Tierp 2/9")
                            .append("\nUnderskrift: ").append(name(i + 1)).append("\tUnderskrift:\n")
                            .append("Namnförtydligande: ").append(name(i)).append("\tNamnförtydligande: ").append(name(i + 7))
                            .append(", ").append(organisations[(i + 1) % 4]).append('\n');
                    default -> b.append("Datum:\tUnderskrift:\tNamnförtydligande:\tOrganisation:\n");
                }
                if (i % 5 == 4) {
                    b.append('\n');
                }
            }
            return text(b.toString());
        });
    }

    /** A made-up name of two words, different for each i. */
    private static String name(int i) {
        String[] syllables = {"ka", "lo", "mi", "ra", "te", "sva", "nor", "li", "da", "gu", "ber", "fo"};
        StringBuilder b = new StringBuilder();
        for (int k = 0, x = i * 7919 + 13; k < 6; k++, x /= 12) {
            b.append(k == 3 ? " " : "").append(syllables[Math.abs(x) % 12]);
        }
        return Character.toUpperCase(b.charAt(0)) + b.substring(1, b.indexOf(" ") + 1)
                + Character.toUpperCase(b.charAt(b.indexOf(" ") + 1)) + b.substring(b.indexOf(" ") + 2);
    }

    @Test
    void aLargeWordTable() throws Exception {
        assertLinear("Word table", ".docx", 10_000, n -> {
            StringBuilder body = new StringBuilder(paragraph("Blankett för verksamhetsplan 2017"))
                    .append(paragraph("Hur utifrån verksamhetsplanen önskar LOKUS-gruppen använda de medel"))
                    .append("<w:tbl>").append(row("Resurser", "Tidsperiod", "Resultatmål", "Bedömda effekter", "Kostnader"));
            for (int i = 0; i < n; i++) {
                // rows of few cells: POI's cost grew with the square of the rows, whatever their cells
                body.append(i % 50 == 0 ? row("Tilläggsresurs " + i, "2017", prose(6, i), prose(5, -i), "100000")
                        : row(String.valueOf(100_000 + i)));
            }
            return docx(body.append("</w:tbl>").toString());
        });
    }

    @Test
    void aLargeOpenDocumentTable() throws Exception {
        assertLinear("OpenDocument table", ".odt", 10_000, n -> {
            StringBuilder body = new StringBuilder("<office:text><text:h>Blankett för verksamhetsplan 2017</text:h>"
                    + "<text:p>Hur utifrån verksamhetsplanen önskar LOKUS-gruppen använda de medel</text:p><table:table>");
            for (int i = 0; i < n; i++) {
                body.append("<table:table-row><table:table-cell><text:p>Tilläggsresurs ").append(i)
                        .append("</text:p></table:table-cell><table:table-cell table:number-rows-spanned=\"2\"><text:p>")
                        .append(prose(6, i)).append("</text:p></table:table-cell></table:table-row>");
            }
            try {
                return OdtWriter.odt(OdtWriter.content(body.append("</table:table></office:text>").toString()));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    @Test
    void manyWordParagraphs() throws Exception {
        assertLinear("Word paragraphs", ".docx", 6_000, n -> {
            StringBuilder body = new StringBuilder(paragraph("Slutrapport 2017"));
            for (int i = 0; i < n; i++) {
                body.append(paragraph(prose(12 + i % 10, i) + " " + i));
            }
            return docx(body.toString());
        });
    }

    @Test
    void aLongRuledPdfTable() throws Exception {
        assertLinear("PDF table", ".pdf", 1_200, n -> {
            List<String> export = new ArrayList<>(List.of("Blankett för verksamhetsplan 2017", "",
                    "Resurser:\tTidsperiod:\tResultatmål:\tBedömda effekter:\tKostnader:"));
            for (int i = 0; i < n; i++) {
                export.add("Tilläggsresurs " + i + "\t2017\t" + prose(4, i) + "\t" + prose(3, -i) + "\t100000");
            }
            try (PdfCanvas canvas = new PdfCanvas()) {
                new FormPages(canvas, true, null).write(export);
                Path pdf = dir.resolve("table.pdf");
                canvas.save(pdf);
                return Files.readAllBytes(pdf);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    /** Reads forms of size n and 2n, best of several runs each after a warm-up, and compares the times. */
    private void assertLinear(String shape, String extension, int n, IntFunction<byte[]> form) throws Exception {
        Path small = dir.resolve("small" + extension);
        Path large = dir.resolve("large" + extension);
        Files.write(small, form.apply(n));
        Files.write(large, form.apply(2 * n));
        read(small);
        read(large);
        double ratio = Double.MAX_VALUE;
        String timings = "";
        // more rounds of runs while over the bound: a busy machine can slow a run down (a ratio of 3.09 was seen at load 13)
        for (int round = 0; round < 3 && ratio > MAX_RATIO; round++) {
            long bestSmall = Long.MAX_VALUE;
            long bestLarge = Long.MAX_VALUE;
            for (int run = 0; run < RUNS; run++) {
                bestSmall = Math.min(bestSmall, read(small));
                bestLarge = Math.min(bestLarge, read(large));
            }
            ratio = (double) bestLarge / bestSmall;
            timings = String.format("%s: %d bytes %.3f s, %d bytes %.3f s, ratio %.2f", shape, Files.size(small),
                    bestSmall / 1e9, Files.size(large), bestLarge / 1e9, ratio);
        }
        System.out.println("linear readers: " + timings);
        assertTrue(ratio <= MAX_RATIO, timings);
    }

    private long read(Path form) throws InputError {
        long start = System.nanoTime();
        loader.load(form, form.getFileName().toString());
        return System.nanoTime() - start;
    }

    /** n words of prose, with sentences, commas and colons. */
    private static String prose(int n) {
        return prose(n, n);
    }

    /** n words of prose, different for each seed. */
    private static String prose(int n, int seed) {
        StringBuilder b = new StringBuilder();
        long x = seed * 2_654_435_761L + 97;
        for (int i = 0; i < n; i++) {
            x = x * 6_364_136_223_846_793_005L + 1_442_695_040_888_963_407L;
            b.append(i == 0 ? "" : i % 17 == 0 ? ". " : i % 11 == 0 ? ", " : " ").append(WORDS[(int) ((x >>> 33) % WORDS.length)]);
        }
        return b.append('.').toString();
    }

    private static String plan() {
        return "Blankett för verksamhetsplan 2017\n\nLOKUS-grupp område: Heby\n\n"
                + "Hur utifrån verksamhetsplanen önskar LOKUS-gruppen använda de medel\n\n";
    }

    private static String report() {
        return "Slutrapport 2017\n\nInsatsens namn\nLinjär läsning\n\nInsatsägare/Samverkansparter\n"
                + "1. Organisation: Heby kommun Kontaktperson: Anna Ek, anna.ek@heby.se\n\n";
    }

    private static byte[] text(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String paragraph(String text) {
        return "<w:p><w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p>";
    }

    private static String row(String... cells) {
        StringBuilder b = new StringBuilder("<w:tr>");
        for (String c : cells) {
            b.append("<w:tc>").append(paragraph(c)).append("</w:tc>");
        }
        return b.append("</w:tr>").toString();
    }

    /** A .docx of this body, written directly (POI's own writer slows down on long tables as its reader did). */
    static byte[] docx(String body) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
                entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                        + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
                entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
                entry(zip, "word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                        + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>" + body + "</w:body></w:document>");
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
