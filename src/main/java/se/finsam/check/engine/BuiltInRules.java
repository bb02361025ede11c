package se.finsam.check.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import se.finsam.check.edition.Editions;

/** The DRL files of the repository's {@code rules/} folder, which the build bundles beside the editions file. */
public final class BuiltInRules {

    private BuiltInRules() {
    }

    public static List<RuleSource> load() {
        URL editions = BuiltInRules.class.getClassLoader().getResource(Editions.RESOURCE);
        if (editions == null) {
            throw new IllegalStateException(Editions.RESOURCE + " is missing from the build");
        }
        try {
            URI uri = editions.toURI();
            if (uri.getScheme().equals("jar")) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    return readDrl(jar.getPath("/rules"), "rules");
                }
            }
            return readDrl(Path.of(uri).getParent(), "rules");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every *.drl file directly in a folder, in name order; shown as {@code shownAs/<name>} in messages. */
    public static List<RuleSource> readDrl(Path folder, String shownAs) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> drl = files.filter(p -> p.getFileName().toString().endsWith(".drl")).sorted().toList();
            List<RuleSource> sources = new ArrayList<>();
            for (Path p : drl) {
                sources.add(new RuleSource(shownAs + "/" + p.getFileName(), Files.readString(p)));
            }
            return sources;
        }
    }
}
