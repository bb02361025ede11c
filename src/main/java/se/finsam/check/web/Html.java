package se.finsam.check.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import se.finsam.check.output.Printable;

/** Text made safe for the desk's pages: everything from a document or a browser is escaped. */
final class Html {

    private Html() {
    }

    /** Escapes text for element content and quoted attributes; drops control characters. */
    static String esc(String s) {
        return Printable.of(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;").replace("'", "&#39;");
    }

    /** A value for a URL's query. */
    static String query(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
