package se.finsam.check.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.finsam.check.output.Office;

/** The desk's letters carry kansliet's own details (serve --office, or finsam-kansliet.yaml), as check's do. */
class DeskLettersTest {

    @TempDir
    Path tmp;

    @Test
    void aLetterFromTheDeskIsSignedWithKanslietsDetails() throws Exception {
        Path settings = tmp.resolve("finsam-kansliet.yaml");
        Files.writeString(settings, "contact: Eva Ek\nemail: eva.ek@example.se\nphone: 018-12 34 56\nreplyWithinDays: 10\n");
        try (WebClient web = new WebClient(Limits.defaults(20 * Limits.MB), Office.read(settings))) {
            HttpClient browser = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NORMAL)
                    .connectTimeout(WebClient.TIMEOUT).build();
            assertEquals(200, WebClient.send(browser, HttpRequest.newBuilder(URI.create(web.server.url()))
                    .timeout(WebClient.TIMEOUT).build()).statusCode());
            String boundary = "letters-boundary";
            var page = WebClient.send(browser, HttpRequest.newBuilder(web.base.resolve("/upload")).timeout(WebClient.TIMEOUT)
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(WebClient.multipart(boundary,
                            WebClient.parts(Path.of("testdata/samples/plan-2017-heby.yaml"))))).build());
            assertTrue(!page.body().contains("id=\"office\""), "no call for contact details when they are set: " + page.body());
            int at = page.body().indexOf("/download/letter?n=");
            assertTrue(at > 0, page.body());
            String link = page.body().substring(at, page.body().indexOf('"', at)).replace("&amp;", "&");
            var letter = WebClient.send(browser, HttpRequest.newBuilder(web.base.resolve(link)).timeout(WebClient.TIMEOUT).build());
            assertEquals(200, letter.statusCode());
            for (String detail : List.of("Eva Ek", "eva.ek@example.se", "018-12 34 56")) {
                assertTrue(letter.body().contains(detail), detail + " in " + letter.body());
            }
        }
    }
}
