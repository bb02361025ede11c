package se.finsam.check.output;

import java.nio.file.Path;

/**
 * Paths as CI tools want them: relative to the working directory, with forward slashes; as URIs for SARIF – a
 * relative reference, or a {@code file:} URI for a path outside the working directory (a relative reference must
 * not begin with a slash).
 */
final class Locations {

    private Locations() {
    }

    static String relative(String source) {
        Path p = Path.of(source);
        if (p.isAbsolute()) {
            Path cwd = Path.of("").toAbsolutePath();
            if (p.startsWith(cwd)) {
                p = cwd.relativize(p);
            }
        }
        return p.normalize().toString().replace('\\', '/');
    }

    static String uri(String source) {
        String relative = relative(source);
        Path p = Path.of(source);
        if (p.isAbsolute() && relative.startsWith("/")) {
            return p.normalize().toUri().toString();
        }
        try {
            return new java.net.URI(null, null, relative, null).toASCIIString();
        } catch (java.net.URISyntaxException e) {
            return relative.replace("%", "%25").replace(" ", "%20");
        }
    }
}
