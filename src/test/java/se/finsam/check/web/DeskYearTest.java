package se.finsam.check.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import se.finsam.check.read.form.FormFiles;

/**
 * A year's documents at once, as kansliet has them in a folder after the deadline: the forms as text, their YAML,
 * Word, a PDF, a searchable scan, a form sent twice, a PDF that is broken, an empty file, a note and a spreadsheet
 * – chosen together. Every file is a row that names its result (never silent), the year's summary shows the plans
 * with their reports, and it is done within a time kansliet waits. Saves target/web-year.png.
 */
class DeskYearTest {

    @TempDir
    Path tmp;

    private WebClient web;
    private ChromeDriver browser;

    @BeforeEach
    void start() throws Exception {
        browser = Browser.start(tmp.resolve("profile"), Files.createDirectories(tmp.resolve("downloads")));
        web = new WebClient();
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (web != null) {
            web.close();
        }
    }

    @Test
    void aWholeYearDroppedAtOnceIsEveryFileNamedWithItsResult() throws Exception {
        List<Path> year = new ArrayList<>();
        for (String folder : List.of("testdata/forms", "testdata/samples")) {
            try (Stream<Path> files = Files.list(Path.of(folder))) {
                files.sorted().map(Path::toAbsolutePath).forEach(year::add);
            }
        }
        year.add(Path.of("testdata/not-a-form/note-2017-langsiktig-samverkan.txt").toAbsolutePath());
        Path variants = Path.of("testdata/form-variants");
        year.add(FormFiles.word(variants.resolve("plan-2017-osthammar-layouts.txt"), "plan", tmp.resolve("plan-2017-osthammar.docx")));
        year.add(FormFiles.pdf(variants.resolve("report-2017-osthammar-layouts.txt"), tmp.resolve("report-2017-osthammar.pdf")));
        year.add(FormFiles.searchableScan(variants.resolve("plan-2017-tierp-below-email.txt"), tmp.resolve("plan-2017-tierp skannad.pdf")));
        year.add(Files.copy(Path.of("testdata/forms/report-2017-heby.txt"), tmp.resolve("report-2017-heby (1).txt")));
        year.add(Files.write(tmp.resolve("trasig.pdf"), "%PDF-1.4\n1 0 obj <<".getBytes(StandardCharsets.US_ASCII)));
        year.add(Files.write(tmp.resolve("tom.txt"), new byte[0]));
        year.add(Files.write(tmp.resolve("budget.xlsx"), new byte[] {'P', 'K', 3, 4}));
        List<String> names = year.stream().map(p -> p.getFileName().toString()).toList();

        browser.get(web.server.url());
        long start = System.nanoTime();
        Browser.submits(browser, () -> browser.findElement(By.id("files")).sendKeys(String.join("\n",
                year.stream().map(Path::toString).toList())));
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("DeskYearTest: %d files checked and shown in %.1f s%n", year.size(), seconds);
        assertTrue(seconds < 60, "a year's files within a minute: " + seconds + " s");

        // every file is a row with its name and a verdict; one not checked says why
        List<WebElement> rows = browser.findElements(By.cssSelector("#overview tbody tr"));
        assertEquals(names, Browser.texts(browser.findElements(By.cssSelector("#overview tbody tr td:first-child a"))));
        for (WebElement row : rows) {
            String verdict = row.findElement(By.cssSelector("td.verdict")).getText();
            assertFalse(verdict.isBlank(), row.getText());
            if (verdict.startsWith("inte granskad")) {
                assertTrue(row.findElement(By.cssSelector("td.why")).getText().length() > 10, row.getText());
            }
        }
        // why a file was not checked is in sight, not cut off at the window's edge by the rule columns
        long width = (Long) browser.executeScript("return window.innerWidth;");
        for (WebElement why : browser.findElements(By.cssSelector("#overview td.why"))) {
            assertTrue(why.getRect().getX() + why.getRect().getWidth() <= width,
                    "why, ending at x " + (why.getRect().getX() + why.getRect().getWidth()) + " in a window " + width + " wide; columns "
                            + browser.findElements(By.cssSelector("#overview thead th")).stream().map(h -> h.getRect().getWidth()).toList());
        }
        String counts = browser.findElement(By.id("counts")).getText();
        assertTrue(counts.startsWith(names.size() + " handlingar: "), counts);
        assertTrue(rowOf(rows, "report-2017-heby (1).txt").contains("är samma fil som ”report-2017-heby.txt”"));
        assertTrue(rowOf(rows, "tom.txt").contains("tom"), rowOf(rows, "tom.txt"));
        assertTrue(rowOf(rows, "budget.xlsx").contains("Excel"), rowOf(rows, "budget.xlsx"));
        assertTrue(rowOf(rows, "trasig.pdf").contains("PDF"), rowOf(rows, "trasig.pdf"));
        assertTrue(rowOf(rows, "plan-2017-osthammar.docx").contains("verksamhetsplan"), rowOf(rows, "plan-2017-osthammar.docx"));

        // the year: the plans with their reports
        String summary = browser.findElement(By.id("year")).getText();
        for (String area : List.of("Heby", "Knivsta", "Uppsala", "Östhammar")) {
            assertTrue(summary.contains(area), area + " in the year's summary:\n" + summary);
        }
        // the whole page in one picture, to look at
        long height = (Long) browser.executeScript("return document.documentElement.scrollHeight;");
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1400, (int) Math.min(height + 100, 6000)));
        Path shot = Path.of("target/web-year.png");
        Files.createDirectories(shot.toAbsolutePath().getParent());
        Files.write(shot, browser.getScreenshotAs(OutputType.BYTES));
    }

    private static String rowOf(List<WebElement> rows, String name) {
        return rows.stream().filter(r -> r.findElement(By.cssSelector("td:first-child a")).getText().equals(name))
                .findFirst().map(WebElement::getText).orElse("no row for " + name);
    }
}
