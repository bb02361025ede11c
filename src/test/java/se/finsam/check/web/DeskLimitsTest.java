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
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Each browser has a desk of its own, which holds at most its files and bytes until cleared; clearing deletes its
 * files; the desk used longest ago gives way when there are too many.
 */
class DeskLimitsTest {

    private WebClient web;

    /** 3 files a request, 1 MB a file, 4 files and 2 MB on a desk, 2 desks. */
    @BeforeEach
    void start() throws Exception {
        web = new WebClient(new Limits(3, Limits.MB, 2 * Limits.MB, 4, 2 * Limits.MB, 2));
    }

    @AfterEach
    void stop() {
        web.close();
    }

    /** A browser: its cookies, following redirects as a browser does; opened at the address serve printed. */
    private HttpClient browser() {
        HttpClient b = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(WebClient.TIMEOUT).build();
        assertEquals(200, get(b, web.server.url()).statusCode());
        return b;
    }

    private static HttpResponse<String> get(HttpClient b, String url) {
        return WebClient.send(b, HttpRequest.newBuilder(URI.create(url)).timeout(WebClient.TIMEOUT).build());
    }

    private HttpResponse<String> post(HttpClient b, String path, List<WebClient.Part> files) {
        String boundary = "desk-boundary";
        return WebClient.send(b, HttpRequest.newBuilder(web.base.resolve(path)).timeout(WebClient.TIMEOUT)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(WebClient.multipart(boundary, files))).build());
    }

    private static List<WebClient.Part> plans(int n) {
        return Stream.generate(() -> WebClient.Part.of(Path.of("testdata/samples/plan-2017-heby.yaml"))).limit(n).toList();
    }

    private static int rows(HttpResponse<String> page) {
        return page.body().split("<tr data-verdict=", -1).length - 1;
    }

    @Test
    void aDeskHoldsItsLimitAndClearingEmptiesIt() throws Exception {
        HttpClient b = browser();
        assertEquals(3, rows(post(b, "/upload", plans(3))));
        HttpResponse<String> full = post(b, "/upload", plans(2));
        refusedAndSentHome(full);
        assertTrue(full.body().contains("Skrivbordet rymmer högst 4 filer"), full.body());
        assertEquals(3, rows(full), "what the desk held is still shown");
        // reloading the page that says why sends nothing again, and says it no more
        HttpResponse<String> reloaded = get(b, full.uri().toString());
        assertFalse(reloaded.body().contains("class=\"refused\""), reloaded.body());
        assertEquals(3, rows(reloaded));
        assertEquals(200, post(b, "/clear", List.of()).statusCode());
        byte[] large = new byte[(int) (0.8 * Limits.MB)];
        assertEquals(200, post(b, "/upload", List.of(new WebClient.Part("a.txt", large), new WebClient.Part("b.txt", large)))
                .statusCode());
        HttpResponse<String> tooMuch = post(b, "/upload?lang=en", List.of(new WebClient.Part("c.txt", large)));
        refusedAndSentHome(tooMuch);
        assertTrue(tooMuch.uri().toString().endsWith("/?lang=en"), tooMuch.uri().toString());
        assertTrue(tooMuch.body().contains("The desk holds at most 2 MB. Clear it first."), tooMuch.body());
        assertEquals(200, post(b, "/clear", List.of()).statusCode());
        assertEquals(0, rows(get(b, web.base + "/")));
        try (Stream<Path> files = Files.walk(web.server.folder())) {
            assertTrue(files.noneMatch(Files::isRegularFile), "clearing deleted the files");
        }
        assertEquals(2, rows(post(b, "/upload", plans(2))));
    }

    /** A refused upload says why in Swedish, on the overview the browser is sent to (post/redirect/get). */
    @Test
    void aRefusedUploadSaysWhyOnTheOverview() {
        HttpClient b = browser();
        // the button pressed with nothing chosen: the form sends the field with no file in it
        HttpResponse<String> nothing = post(b, "/upload", List.of(new WebClient.Part("", new byte[0])));
        refusedAndSentHome(nothing);
        assertTrue(nothing.body().contains("Ingen fil kom med: välj filerna eller släpp dem på sidan och skicka igen"),
                nothing.body());
        HttpResponse<String> big = post(b, "/upload", List.of(WebClient.Part.of(Path.of("testdata/samples/plan-2017-heby.yaml")),
                new WebClient.Part("stor.pdf", new byte[(int) (1.5 * Limits.MB)])));
        refusedAndSentHome(big);
        assertTrue(big.body().contains("En av filerna är större än 1 MB, så ingen av dem granskades."), big.body());
        assertEquals(0, rows(big), "nothing of a refused upload is kept");
    }

    private static void refusedAndSentHome(HttpResponse<String> page) {
        assertEquals(200, page.statusCode(), page.body());
        assertEquals("GET", page.request().method(), "the browser was sent to the overview, not answered the POST");
        assertTrue(page.body().contains("<p class=\"refused\" role=\"alert\">"), page.body());
    }

    @Test
    void eachBrowserHasItsDeskAndTheOldestGivesWay() throws Exception {
        HttpClient first = browser();
        post(first, "/upload", plans(1));
        HttpClient second = browser();
        assertEquals(0, rows(get(second, web.base + "/")), "a desk of its own");
        assertEquals(1, rows(get(first, web.base + "/")));
        browser(); // a third desk: the one used longest ago (second's) is cleared away, its folder too
        try (Stream<Path> folders = Files.list(web.server.folder())) {
            assertEquals(2, folders.filter(p -> p.getFileName().toString().startsWith("desk-")).count());
        }
        assertEquals(1, rows(get(first, web.base + "/")));
        assertEquals(0, rows(get(second, web.base + "/")));
        HttpResponse<String> gone = get(second, web.base + "/document?n=0");
        assertEquals(404, gone.statusCode());
        assertFalse(gone.body().contains("plan-2017-heby"));
    }

    /** The desk links its documents again at each upload: a report sent before its plan is compared with it. */
    @Test
    void aReportFindsItsPlanSentAfterItAndTheDeskSumsTheYear() throws Exception {
        HttpClient b = browser();
        post(b, "/upload", List.of(WebClient.Part.of(Path.of("testdata/samples/report-2017-heby.yaml"))));
        assertTrue(get(b, web.base + "/document?n=0").body().contains("finns inte bland de granskade handlingarna"), "alone, and says so");
        String overview = post(b, "/upload", plans(1)).body();
        assertTrue(overview.contains("<table id=\"year\">"), overview);
        assertTrue(overview.contains("<td>2,4 heltid, 1\u00a0440\u00a0000 kr</td>"), overview);
        String report = get(b, web.base + "/document?n=0").body();
        assertTrue(report.contains("<p id=\"plan\">plan: plan-2017-heby.yaml</p>"), report);
        assertFalse(report.contains("finns inte bland de granskade handlingarna"), report);
    }
}
