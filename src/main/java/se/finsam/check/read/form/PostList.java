package se.finsam.check.read.form;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Posts given as labelled lines ("Funktion: coach", "Tjänstgöringsgrad: 100 %", "Period: 180101–201231"). */
final class PostList {

    private PostList() {
    }

    static List<Object> read(List<FormLine> lines, Map<String, List<String>> labels) {
        List<Object> posts = new ArrayList<>();
        LinkedHashMap<String, Object> current = null;
        for (FormLine line : lines) {
            String text = line.text();
            int colon = text.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String label = text.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = text.substring(colon + 1).strip();
            for (Map.Entry<String, List<String>> l : labels.entrySet()) {
                if (l.getValue().contains(label) && !value.isEmpty()) {
                    String field = l.getKey();
                    if (current == null || current.containsKey(field)) {
                        current = new LinkedHashMap<>();
                        posts.add(current);
                    }
                    current.put(field, new Sourced(value, line.line()));
                }
            }
        }
        return posts;
    }
}
