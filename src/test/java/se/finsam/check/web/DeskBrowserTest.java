package se.finsam.check.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import se.finsam.check.TestEngine;

/**
 * The desk in a real browser, as kansliet uses it: choose the sample forms through the file input, read the
 * overview, open a document, download a letter and read it, switch to English, clear. Also drops a file on the
 * page. The overview with results is saved as a screenshot (target/web.png, or the file named by the system
 * property finsam.web.screenshot – scripts/render-desk.sh writes docs/web.png).
 */
class DeskBrowserTest {

    @TempDir
    Path tmp;

    private WebClient web;
    private ChromeDriver browser;
    private Path downloads;

    @BeforeEach
    void start() throws Exception {
        downloads = Files.createDirectories(tmp.resolve("downloads"));
        browser = Browser.start(tmp.resolve("profile"), downloads);
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

    private static String abs(String path) {
        return Path.of(path).toAbsolutePath().toString();
    }

    @Test
    void kanslietChecksTheFormsAndDownloadsALetter() throws Exception {
        Path pdf = Files.write(tmp.resolve("ansokan-skannad.pdf"), "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII));
        browser.get(web.server.url());
        assertEquals("Granska inkomna handlingar", browser.findElement(By.tagName("h1")).getText());
        assertTrue(!browser.getCurrentUrl().contains("token="), "the token leaves the address bar: " + browser.getCurrentUrl());

        // several files at once through the file input; the page sends them as soon as they are chosen
        Browser.submits(browser, () -> browser.findElement(By.id("files")).sendKeys(String.join("\n", abs("testdata/forms/plan-2017-heby.txt"),
                abs("testdata/forms/report-2017-tierp.txt"), abs("testdata/forms/plan-2017-knivsta.txt"),
                abs("testdata/forms/application-2018-uppsala-strategiskt-utvecklingsarbete.txt"),
                abs("testdata/samples/plan-2017-alvkarleby.yaml"),
                abs("testdata/not-a-form/note-2017-langsiktig-samverkan.txt"), pdf.toString())));
        WebElement overview = browser.findElement(By.id("overview"));
        List<WebElement> rows = overview.findElements(By.cssSelector("tbody tr"));
        assertEquals(7, rows.size());
        List<String> files = Browser.texts(overview.findElements(By.cssSelector("tbody tr td:first-child a")));
        assertEquals(List.of("plan-2017-heby.txt", "report-2017-tierp.txt", "plan-2017-knivsta.txt",
                "application-2018-uppsala-strategiskt-utvecklingsarbete.txt", "plan-2017-alvkarleby.yaml",
                "note-2017-langsiktig-samverkan.txt", "ansokan-skannad.pdf"), files);
        assertEquals("komplettering behövs", rows.get(0).findElement(By.cssSelector("td.verdict")).getText());
        assertEquals("verksamhetsplan", rows.get(0).findElement(By.cssSelector("td:nth-child(2)")).getText());
        // the unreadable ones are rows too, with why
        assertEquals("inte granskad", rows.get(6).findElement(By.cssSelector("td.verdict")).getText());
        assertTrue(rows.get(6).findElement(By.cssSelector("td.why")).getText().contains("PDF"), rows.get(6).getText());
        assertTrue(rows.get(5).findElement(By.cssSelector("td.why")).getText().length() > 10, rows.get(5).getText());
        // a column per rule under its Swedish title, and a legend
        List<String> heads = Browser.texts(overview.findElements(By.cssSelector("th.rule span")));
        assertTrue(heads.contains("Alla fyra parter har skrivit under"), heads.toString());
        assertTrue(heads.contains("Planen har kommit in i tid"), heads.toString());
        assertEquals(TestEngine.rules().catalogue().size(), heads.size());
        String legend = browser.findElement(By.id("legend")).getText();
        assertTrue(legend.contains("fel") && legend.contains("godkänd") && legend.contains("gäller inte"), legend);
        // a document's letter is in sight beside its verdict, without scrolling sideways past the rule columns
        WebElement letterLink = rows.get(0).findElement(By.cssSelector("a.letter"));
        long width = (Long) browser.executeScript("return window.innerWidth;");
        assertTrue(letterLink.getRect().getX() + letterLink.getRect().getWidth() <= width,
                "the letter link at x " + letterLink.getRect().getX() + " in a window " + width + " wide");
        screenshot(Path.of(System.getProperty("finsam.web.screenshot", "target/web.png")));

        // a document: its findings with the quoted text and where it is
        rows.get(0).findElement(By.cssSelector("td:first-child a")).click();
        assertEquals("plan-2017-heby.txt", browser.findElement(By.id("document")).getText());
        List<WebElement> findings = browser.findElements(By.cssSelector("#findings li"));
        assertTrue(findings.size() >= 3, browser.getPageSource());
        String all = Browser.texts(findings).stream().collect(Collectors.joining("\n"));
        assertTrue(all.contains("Planen kom in 2016-09-26, efter sista dag 2016-09-01"), all);
        assertTrue(all.contains("”"), "quoted text: " + all);
        // where, in the form's words – a Word or text form has no lines of ours
        assertEquals("mottagningsdatum", findings.get(0).findElement(By.className("where")).getText(), all);
        assertFalse(all.contains("/received") || all.contains("rad 3"), "no pointer, no line of the file: " + all);
        screenshot(Path.of("target/web-document.png"));

        // its letter, downloaded as kansliet would
        browser.findElement(By.cssSelector("a.letter")).click();
        String letter = Files.readString(Browser.download(downloads, "plan-2017-heby-brev.txt"));
        assertTrue(letter.contains("Heby"), letter);
        assertTrue(letter.contains("Planen kom in 2016-09-26"), letter);
        assertTrue(letter.startsWith("Samordningsförbundet Uppsala län – Kansliet"), "just the letter: " + letter);
        // and as Word, opened as kansliet's Word would
        browser.findElement(By.cssSelector("a.letter-word")).click();
        try (var word = new org.apache.poi.xwpf.usermodel.XWPFDocument(Files.newInputStream(
                Browser.download(downloads, "plan-2017-heby-brev.docx")));
             var text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(word)) {
            assertTrue(text.getText().contains("Till LOKUS-gruppen i Heby") && text.getText().contains("Planen kom in 2016-09-26"),
                    text.getText());
        }

        // all the letters, and the HTML report
        browser.findElement(By.id("back")).click();
        browser.findElement(By.linkText("Brev till grupperna (text)")).click();
        String letters = Files.readString(Browser.download(downloads, "brev.txt"));
        assertTrue(letters.contains("plan-2017-knivsta.txt") && letters.contains("note-2017-langsiktig-samverkan.txt"),
                letters);
        browser.findElement(By.linkText("Rapport (HTML)")).click();
        assertTrue(Files.readString(Browser.download(downloads, "granskning.html")).contains("<table class=\"overview\">"));

        // the imported YAML of a form
        browser.findElement(By.cssSelector("#overview tbody tr:first-child a.yaml")).click();
        String yaml = Files.readString(Browser.download(downloads, "plan-2017-heby.yaml"));
        assertTrue(yaml.contains("area: Heby  # rad 8"), yaml);

        // in English
        browser.findElement(By.id("language")).click();
        assertEquals("Check the forms received", browser.findElement(By.tagName("h1")).getText());
        assertTrue(Browser.texts(browser.findElements(By.cssSelector("th.rule span"))).contains("All four parties have signed"),
                browser.findElement(By.id("overview")).getText());

        // clear everything: the page is empty and the files are gone
        browser.findElement(By.id("clear")).click();
        browser.findElement(By.id("empty"));
        assertEquals(0, browser.findElements(By.id("overview")).size());
    }

    @Test
    void aFileDroppedOnThePageIsChecked() throws Exception {
        browser.get(web.server.url());
        String yaml = Files.readString(Path.of("testdata/samples/report-2017-heby.yaml"));
        // what the browser does when a file is dropped: a drop event whose DataTransfer holds the file
        Browser.submits(browser, () -> browser.executeScript("""
                const dt = new DataTransfer();
                dt.items.add(new File([arguments[0]], 'slutrapport heby.yaml', {type: 'application/yaml'}));
                document.getElementById('drop').dispatchEvent(new DragEvent('drop', {dataTransfer: dt, bubbles: true}));
                """, yaml));
        List<String> files = Browser.texts(browser.findElements(By.cssSelector("#overview tbody tr td:first-child a")));
        assertEquals(List.of("slutrapport heby.yaml"), files);
    }

    @Test
    void whileTheFilesAreCheckedThePageSaysSo() {
        browser.get(web.server.url());
        // keep the page from being sent, to look at it as it is while the server checks
        browser.executeScript("HTMLFormElement.prototype.submit = function () { window.finsamSent = true; };");
        browser.executeScript("""
                const dt = new DataTransfer();
                dt.items.add(new File(['a: 1'], 'a.yaml'));
                dt.items.add(new File(['b: 1'], 'b.yaml'));
                document.getElementById('drop').dispatchEvent(new DragEvent('drop', {dataTransfer: dt, bubbles: true}));
                """);
        assertEquals(Boolean.TRUE, browser.executeScript("return window.finsamSent === true;"));
        assertEquals("Granskar filerna (2 st.) … Skannade sidor tar en stund; sidan visar resultatet när allt är granskat.",
                browser.findElement(By.id("sending")).getText());
        assertFalse(browser.findElement(By.cssSelector("#upload button[type=submit]")).isEnabled(),
                "the button is not pressed again meanwhile");
    }

    private void screenshot(Path target) throws Exception {
        Files.createDirectories(target.toAbsolutePath().getParent());
        Files.write(target, browser.getScreenshotAs(OutputType.BYTES));
        assertTrue(Files.size(target) > 10_000, "a screenshot of the page");
    }
}
