package se.finsam.check.web;

import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The desks of the browsers that use the server, by the id in their desk cookie. At most limits.desks() are kept:
 * a new one beyond that clears the desk used longest ago, so that forgotten desks cannot fill memory or disk.
 */
final class Desks {

    private final Path root;
    private final int max;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Desk> desks = new LinkedHashMap<>(16, 0.75f, true); // access order: eldest first

    Desks(Path root, int max) {
        this.root = root;
        this.max = max;
    }

    /** The desk of this id, or null when there is none (never given, or cleared away). */
    synchronized Desk get(String id) {
        return id == null ? null : desks.get(id);
    }

    /** A new desk and its id. */
    synchronized Map.Entry<String, Desk> create() throws IOException {
        if (desks.size() >= max) {
            var eldest = desks.entrySet().iterator().next();
            eldest.getValue().discard();
            desks.remove(eldest.getKey());
        }
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        String id = HexFormat.of().formatHex(bytes);
        Desk desk = new Desk(Folders.create(root, "desk-"));
        desks.put(id, desk);
        return Map.entry(id, desk);
    }

    synchronized void clearAll() {
        desks.values().forEach(Desk::discard);
        desks.clear();
    }
}
