package se.finsam.check;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Name, version and home of the project, written into finsam.properties by the build. */
public final class Project {

    public static final String NAME = "finsam-check";
    private static final Properties PROPERTIES = load();

    private Project() {
    }

    public static String version() {
        return PROPERTIES.getProperty("version");
    }

    public static String url() {
        return PROPERTIES.getProperty("url");
    }

    /** Where a rule's documentation page lives in the repository. */
    public static String ruleDocUrl(String ruleId) {
        return url() + "/blob/main/docs/rules/" + ruleId + ".md";
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = Project.class.getResourceAsStream("/finsam.properties")) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
