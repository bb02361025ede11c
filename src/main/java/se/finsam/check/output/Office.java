package se.finsam.check.output;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import se.finsam.check.read.InputError;
import se.finsam.check.read.Node;
import se.finsam.check.read.TreeReader;

/**
 * Who sends the letters: kansliet's name, contact person and details, and how many days a group has to reply.
 * From {@code finsam-kansliet.yaml} beside the documents (or --office FILE); without one, defaults that read well.
 */
public record Office(String organisation, String unit, String place, String contact, String email, String phone,
                     int replyWithinDays) {

    /** The name of the settings file that may sit beside the documents. */
    public static final String FILE_NAME = se.finsam.check.read.InputFiles.OFFICE_FILE;

    public static final Office DEFAULT = new Office("Samordningsförbundet Uppsala län", "Kansliet", "Uppsala", null,
            null, null, 14);

    private static final List<String> FIELDS = List.of("organisation", "unit", "place", "contact", "email", "phone",
            "replyWithinDays");

    /** Reads a settings file; a field left out keeps its default. */
    public static Office read(Path file) throws InputError {
        String source = file.toString();
        Node root;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            root = new TreeReader().read(source, in);
        } catch (IOException e) {
            throw new InputError(source, 0, 0, "input.unreadable");
        }
        if (root.type() != Node.Type.MAP) {
            throw new InputError(source, root.position().line(), root.position().column(), "input.type", "/",
                    new InputError.Term("type.map"), root.typeTerm());
        }
        Map<String, Node> f = root.fields();
        for (Map.Entry<String, Node> e : f.entrySet()) {
            if (!FIELDS.contains(e.getKey())) {
                throw new InputError(source, e.getValue().position().line(), e.getValue().position().column(),
                        "input.unknownField", e.getKey(), String.join(", ", FIELDS));
            }
        }
        String days = text(f, "replyWithinDays", null);
        int within = DEFAULT.replyWithinDays;
        if (days != null) {
            try {
                within = Integer.parseInt(days.strip());
            } catch (NumberFormatException e) {
                Node n = f.get("replyWithinDays");
                throw new InputError(source, n.position().line(), n.position().column(), "office.days", days);
            }
        }
        return new Office(text(f, "organisation", DEFAULT.organisation), text(f, "unit", DEFAULT.unit),
                text(f, "place", DEFAULT.place), text(f, "contact", null), text(f, "email", null),
                text(f, "phone", null), within);
    }

    private static String text(Map<String, Node> fields, String key, String otherwise) {
        Node n = fields.get(key);
        return n == null || n.isNull() || n.type() != Node.Type.SCALAR ? otherwise : n.text();
    }
}
