package se.finsam.check.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Only a request that names the server by its own address and carries its token gets through. */
class AccessTest {

    private static WebClient web;
    private static String host;

    @BeforeAll
    static void start() throws Exception {
        web = new WebClient();
        host = "127.0.0.1:" + web.server.port();
    }

    @AfterAll
    static void stop() {
        web.close();
    }

    private static String get(String path, String hostHeader, String... headers) {
        return web.raw("GET " + path + " HTTP/1.1\r\nHost: " + hostHeader + "\r\n" + String.join("", headers));
    }

    private static void assertStatus(int status, String answer) {
        assertTrue(answer.startsWith("HTTP/1.1 " + status + " "), answer);
    }

    @Test
    void theFirstLineIsTheAddressWithTheToken() {
        assertTrue(web.server.url().matches("http://127\\.0\\.0\\.1:" + web.server.port() + "/\\?token=[A-Za-z0-9_-]{43}"),
                web.server.url());
    }

    @Test
    void withoutTheTokenNothingIsAnswered() {
        assertStatus(401, get("/", host));
        assertStatus(401, get("/?token=wrong", host));
        assertStatus(401, get("/desk.js", host));
        assertStatus(401, get("/download/report.json", host));
        assertStatus(401, get("/", host, "Cookie: finsam-token-" + web.server.port() + "=" + web.token + "x\r\n"));
        String api = web.raw("POST /api/check HTTP/1.1\r\nHost: " + host + "\r\nContent-Length: 0\r\n");
        assertStatus(401, api);
        assertTrue(api.contains("\"status\":401"), api);
        assertStatus(401, web.raw("POST /api/check HTTP/1.1\r\nHost: " + host + "\r\nAuthorization: Bearer nope\r\n"
                + "Content-Length: 0\r\n"));
    }

    @Test
    void aRequestForAnotherHostIsRefusedTokenOrNot() {
        String token = "/?token=" + web.token;
        assertStatus(403, get(token, "evil.example:" + web.server.port()));
        assertStatus(403, get(token, "evil.example"));
        assertStatus(403, get(token, "127.0.0.1"));
        assertStatus(403, get(token, "127.0.0.1:1"));
        assertStatus(403, get(token, "127.0.0.2:" + web.server.port()));
        assertStatus(403, get(token, "999.0.0.1:" + web.server.port())); // not an address: refused, never looked up
        assertStatus(403, get(token, "[::1]:" + web.server.port())); // another address than the one listened on
        assertStatus(403, web.raw("GET " + token + " HTTP/1.0\r\n")); // no Host at all
        assertStatus(303, get(token, "localhost:" + web.server.port()));
        assertStatus(303, get(token, "LOCALHOST:" + web.server.port()));
        assertStatus(303, get(token, host));
    }

    @Test
    void theTokenGoesIntoACookieAndOutOfTheAddress() {
        String first = get("/?token=" + web.token + "&lang=en", host);
        assertStatus(303, first);
        assertTrue(first.contains("Set-Cookie: finsam-token-" + web.server.port() + "=" + web.token + "; Path=/; HttpOnly; SameSite=Strict"),
                first);
        assertTrue(first.contains("Location: /?lang=en\r\n"), first);
        String page = get("/?lang=en", host, "Cookie: finsam-token-" + web.server.port() + "=" + web.token + "\r\n");
        assertStatus(200, page);
        assertTrue(page.contains("Check the forms received"), page);
        assertTrue(page.contains("Content-Security-Policy: default-src 'none'"), page);
        assertFalse(page.contains(web.token), "the page does not repeat the token");
        String swedish = get("/", host, "Authorization: Bearer " + web.token + "\r\n");
        assertStatus(200, swedish);
        assertTrue(swedish.contains("Granska inkomna handlingar"), swedish);
    }
}
