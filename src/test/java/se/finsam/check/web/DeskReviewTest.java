package se.finsam.check.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import se.finsam.check.TestEngine;
import se.finsam.check.findings.DocumentResult;
import se.finsam.check.findings.Finding;
import se.finsam.check.findings.Severity;
import se.finsam.check.model.Kind;
import se.finsam.check.model.Place;
import se.finsam.check.model.Position;
import se.finsam.check.output.Office;

/** What a person stumbled over at the desk (the desk review), over HTTP as the page's form sends it. */
class DeskReviewTest {

    private static final Pattern ROW = Pattern.compile("<tr data-verdict=\"([^\"]*)\"><td><a [^>]*>([^<]*)</a>.*?</tr>");

    @Test
    void aFileAlreadyOnTheDeskIsNamedAsTheSameAndNotCheckedOrLetteredTwice() throws Exception {
        try (WebClient web = new WebClient()) {
            HttpClient browser = browser(web);
            String heby = Files.readString(Path.of("testdata/samples/plan-2017-heby.yaml"));
            upload(web, browser, WebClient.Part.text("plan-2017-heby.yaml", heby));
            // the folder dropped again, with a report added and the plan saved under another name
            String page = upload(web, browser, WebClient.Part.text("plan-2017-heby.yaml", heby),
                    WebClient.Part.text("report-2017-heby.yaml", Files.readString(Path.of("testdata/samples/report-2017-heby.yaml"))),
                    WebClient.Part.text("kopia av planen.yaml", heby));
            assertEquals(List.of("komplettering-behovs plan-2017-heby.yaml", "inte-granskad plan-2017-heby.yaml",
                    "komplettering-behovs report-2017-heby.yaml", "inte-granskad kopia av planen.yaml"), rows(page));
            String same = "är samma fil som ”plan-2017-heby.yaml”, som redan finns bland handlingarna; den granskas inte två gånger";
            assertEquals(2, count(page, same + "</td>"), page);
            // nor is the plan taken for a second plan of the area
            String plan = get(web, browser, "/document?n=0").body();
            assertTrue(plan.contains("<h2 id=\"document\">plan-2017-heby.yaml</h2>"), plan);
            assertFalse(plan.contains("Det finns redan en plan"), plan);

            // two empty files are not one file sent twice: each is told as empty
            String empty = upload(web, browser, WebClient.Part.text("tom.docx", ""), WebClient.Part.text("tom.txt", ""));
            assertEquals(0, count(empty, "är samma fil som ”tom.docx”"), empty);
            assertEquals(6, rows(empty).size(), empty);

            String letters = get(web, browser, "/download/letters.txt").body();
            assertEquals(1, count(letters, "Till LOKUS-gruppen i Heby"), letters);
            assertTrue(letters.contains("inte granskad: kopia av planen.yaml: " + same), letters);
        }
    }

    @Test
    void theLettersAreInReachBesideTheVerdictAndTheLanguageSwitchKeepsThePage() throws Exception {
        try (WebClient web = new WebClient()) {
            HttpClient browser = browser(web);
            String page = upload(web, browser, WebClient.Part.of(Path.of("testdata/samples/plan-2017-heby.yaml")));
            // the downloads stand next to the verdict, not beyond twenty rule columns off the screen
            assertTrue(page.contains("<th>Bedömning</th><th>Hämta</th><th>fel</th>"), page);
            assertTrue(Pattern.compile("<td class=\"verdict komplettering-behovs\">komplettering behövs</td><td class=\"get\">"
                    + "<a class=\"letter\"").matcher(page).find(), page);
            // without kansliet's details the letters would have no one to reply to: the page says so
            assertTrue(page.contains("<p id=\"office\" class=\"hint\">Breven skrivs utan kansliets kontaktuppgifter"), page);
            assertTrue(page.contains("<a id=\"language\" lang=\"en\" href=\"/?lang=en\">"), page);
            String document = get(web, browser, "/document?n=0").body();
            assertTrue(document.contains("<a id=\"language\" lang=\"en\" href=\"/document?n=0&amp;lang=en\">"), document);
            String english = get(web, browser, "/document?n=0&lang=en").body();
            assertTrue(english.contains("<a id=\"language\" lang=\"sv\" href=\"/document?n=0&amp;lang=sv\">")
                    && english.contains("<h2 id=\"document\">plan-2017-heby.yaml</h2>"), english);
        }
    }

    /**
     * A scan's errors are warnings (never accuse on a misreading), so it is not "ready": its verdict sends kansliet
     * to the original and says how many findings rest on the scanned text – on its row, its page and in the count.
     */
    @Test
    void aScanWhoseErrorsWereLoweredIsToBeCheckedInTheOriginal() {
        Position scanned = new Position("/received", 3, 1, Place.pageLine(1, 3, true));
        Position typed = new Position("/area", 4, 1, Place.pageLine(1, 4, false));
        DocumentResult scan = new DocumentResult("skannad plan.pdf", Kind.PLAN, "Heby", List.of(
                new Finding("deadline", Severity.ERROR, "deadline.late", scanned, List.of("2016-09-26", "2016-09-01")).asWarning(),
                new Finding("percent-of-full-time", Severity.WARNING, "percent-of-full-time.sum", scanned, List.of("50+40%")),
                new Finding("dates-consistent", Severity.INFO, "dates-consistent.year-from-context", scanned, List.of("26/8", "2016-08-26")),
                new Finding("measurable-result-goal", Severity.WARNING, "measurable-result-goal.vague", typed, List.of("x", "y"))),
                null, DocumentResult.Status.CHECKED, null, null);
        DeskPage page = new DeskPage(TestEngine.rules().catalogue(), Limits.defaults(Limits.MB), Office.DEFAULT);
        String html = page.overview(List.of(new Desk.Entry(scan, new Uploads.Upload("skannad plan.pdf", Path.of("1.pdf"), 1))),
                null, WebText.of("sv"), null);
        assertTrue(html.contains("<td class=\"verdict granska-originalet\">granska originalet<br><small class=\"unsure\">"
                + "2 anmärkningar bygger på skannad eller osäkert läst text – kontrollera i originalet</small></td>"), html);
        assertTrue(html.contains("<p id=\"counts\">1 handling: 0 klara för styrelsen, 0 behöver komplettering, "
                + "1 att granska i originalet, 0 inte granskade</p>"), html);
        Desk.Entry entry = new Desk.Entry(scan, new Uploads.Upload("skannad plan.pdf", Path.of("1.pdf"), 1));
        String swedish = page.document(0, entry, WebText.of("sv"));
        assertTrue(swedish.contains("<span class=\"verdict granska-originalet\">granska originalet</span>"), swedish);
        assertFalse(swedish.contains("class=\"letter\""), "no letter before the original is checked: " + swedish);
        String english = page.document(0, entry, WebText.of("en"));
        assertTrue(english.contains("check the original</span><br><small class=\"unsure\">"
                + "2 findings rest on scanned or unsurely read text – check the original"), english);
        // the letters' index, the summary of every document, says so too, and no letter is written
        String letters = ReportFormat.letter.render(TestEngine.rules().catalogue(), List.of(scan), null, WebText.of("sv").messages());
        assertTrue(letters.contains("skannad plan.pdf: granska originalet – 1 anmärkning bygger på skannad eller osäkert "
                + "läst text; inget brev förrän originalet är granskat"), letters);
        assertFalse(letters.contains("Till LOKUS-gruppen"), letters);
    }

    static HttpClient browser(WebClient web) {
        HttpClient browser = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(WebClient.TIMEOUT).build();
        assertEquals(200, WebClient.send(browser, HttpRequest.newBuilder(URI.create(web.server.url()))
                .timeout(WebClient.TIMEOUT).build()).statusCode());
        return browser;
    }

    /** Sends the files as the page's form does; the overview it is sent back to. */
    static String upload(WebClient web, HttpClient browser, WebClient.Part... files) {
        String boundary = "review-boundary";
        HttpResponse<String> page = WebClient.send(browser, HttpRequest.newBuilder(web.base.resolve("/upload"))
                .timeout(WebClient.TIMEOUT).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(WebClient.multipart(boundary, List.of(files)))).build());
        assertEquals(200, page.statusCode(), page.body());
        return page.body();
    }

    static HttpResponse<String> get(WebClient web, HttpClient browser, String path) {
        return WebClient.send(browser, HttpRequest.newBuilder(web.base.resolve(path)).timeout(WebClient.TIMEOUT).build());
    }

    /** Each row of the overview: its verdict and file. */
    static List<String> rows(String page) {
        Matcher m = ROW.matcher(page);
        return m.results().map(r -> r.group(1) + " " + r.group(2)).toList();
    }

    static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            n++;
        }
        return n;
    }
}
