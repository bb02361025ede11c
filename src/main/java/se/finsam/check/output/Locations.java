package se.finsam.check.output;

import java.nio.file.Path;

/** Paths as CI tools want them: relative to the working directory, with forward slashes. */
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
}
