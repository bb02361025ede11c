package se.finsam.check.read.form;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import se.finsam.check.read.SwedishDates;

/**
 * The dates of an insatstid on one line: "Startdatum: 160101 - Slutdatum: 171231", "Sista deltagaren skrevs in
 * 2017-08-31". Each label takes the first full date between it and the next label; a longer label wins over a
 * shorter one inside it ("slutdatum för intag" over "slutdatum").
 */
final class InsatsTid {

    private record Label(String key, int start, int end) {
    }

    private InsatsTid() {
    }

    static Map<String, LocalDate> read(String text, Map<String, List<String>> labels) {
        String lower = text.toLowerCase(Locale.ROOT);
        List<Label> found = new ArrayList<>();
        // the labels found so far, by start (they never overlap): a new one is checked against its neighbour only
        TreeMap<Integer, Integer> taken = new TreeMap<>();
        labels.entrySet().stream()
                .flatMap(e -> e.getValue().stream().map(l -> Map.entry(e.getKey(), l)))
                .sorted(Comparator.comparingInt((Map.Entry<String, String> e) -> e.getValue().length()).reversed())
                .forEach(e -> {
                    int at = lower.indexOf(e.getValue());
                    while (at >= 0) {
                        int s = at;
                        int end = at + e.getValue().length();
                        boolean word = (s == 0 || !Character.isLetter(lower.charAt(s - 1)))
                                && (end == lower.length() || !Character.isLetter(lower.charAt(end)));
                        Map.Entry<Integer, Integer> before = taken.floorEntry(end - 1);
                        if (word && (before == null || before.getValue() <= s)) {
                            found.add(new Label(e.getKey(), s, end));
                            taken.put(s, end);
                        }
                        at = lower.indexOf(e.getValue(), at + 1);
                    }
                });
        found.sort(Comparator.comparingInt(Label::start));
        Map<String, LocalDate> dates = new LinkedHashMap<>();
        for (int i = 0; i < found.size(); i++) {
            Label l = found.get(i);
            String value = text.substring(l.end(), i + 1 < found.size() ? found.get(i + 1).start() : text.length());
            SwedishDates.read(value, 0).filter(d -> !d.yearFromContext())
                    .ifPresent(d -> dates.putIfAbsent(l.key(), d.date()));
        }
        return dates;
    }
}
