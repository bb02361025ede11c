package se.finsam.check.read.form;

import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/** Tells organisation names apart from person names in a cell ("Lena Winterbom, Uppsala kommun"). */
final class Organisations {

    /** A person's name and an organisation, either may be empty. */
    record Split(String name, String organisation) {
    }

    private final Predicate<String> namesParty;

    Organisations(Predicate<String> namesParty) {
        this.namesParty = namesParty;
    }

    Split split(String value) {
        if (value == null || value.isBlank()) {
            return new Split("", "");
        }
        if (value.contains(",")) {
            List<String> parts = Arrays.stream(value.split(",")).map(String::strip).toList();
            for (int p = 0; p < parts.size(); p++) {
                if (namesParty.test(parts.get(p))) {
                    Split inner = split(parts.get(p));
                    String rest = String.join(", ", parts.subList(0, p)).strip();
                    return new Split(rest.isEmpty() ? inner.name() : rest, inner.organisation());
                }
            }
            return new Split(value.strip(), "");
        }
        String[] tokens = value.strip().split("\\s+");
        for (int i = 0; i < tokens.length; i++) {
            if (namesParty.test(tokens[i])) {
                int start = i;
                // "Uppsala kommun", "Enköpings kommun": the place belongs to the organisation
                if (i > 0 && Character.isLowerCase(tokens[i].charAt(0))) {
                    start = i - 1;
                }
                // "Stiftelsen Föreningsskassan": one word before an organisation is part of it, not a person
                if (start == 1) {
                    start = 0;
                }
                String name = String.join(" ", Arrays.copyOfRange(tokens, 0, start));
                return new Split(name, String.join(" ", Arrays.copyOfRange(tokens, start, tokens.length)));
            }
        }
        return new Split(value.strip(), "");
    }

    boolean isOrganisation(String value) {
        Split s = split(value);
        return !s.organisation().isEmpty() && s.name().isEmpty();
    }
}
