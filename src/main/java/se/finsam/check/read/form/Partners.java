package se.finsam.check.read.form;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The insatsägare and samverkansparter as the form lists them: numbered ("1. Organisation: Heby kommun
 * Kontaktperson: …"), one per line or all on one line, in a table, or as bullets ("• Karolina Eriksson
 * Försäkringskassan"). E-mail addresses are left out.
 */
final class Partners {

    private static final Pattern ENTRY = Pattern.compile("(?:^|\\s)\\d{1,2}\\.\\s+|\\s*[•·]\\s*");
    private static final Pattern ORGANISATION = Pattern.compile("organisation\\s*:\\s*(.*?)(?=kontaktperson|,|$)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern CONTACT = Pattern.compile("kontaktperson\\s*:\\s*(.*)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * An e-mail label with what follows, or a word holding an @. The address starts at a word's beginning (or where
     * the previous one ended, \G): started inside a long word, \S*@ would scan the rest of it from every letter.
     */
    private static final Pattern EMAIL = Pattern.compile("(e-post\\s*:.*$)|((?:(?<!\\S)|\\G)\\S*@\\s?\\S*(\\s\\S+\\.se)?)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private Partners() {
    }

    static List<LinkedHashMap<String, Object>> read(List<Sourced> texts, Organisations organisations) {
        List<LinkedHashMap<String, Object>> found = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Sourced t : texts) {
            for (String raw : ENTRY.split(String.valueOf(t.value()))) {
                String entry = Trim.trailing(EMAIL.matcher(raw).replaceAll(""), ",").strip();
                if (entry.isEmpty()) {
                    continue;
                }
                String organisation;
                String contact;
                Matcher o = ORGANISATION.matcher(entry);
                if (o.find()) {
                    organisation = o.group(1).strip();
                    Matcher c = CONTACT.matcher(entry);
                    contact = c.find() ? c.group(1) : entry.substring(o.end()).replaceFirst("^\\s*,", "");
                } else {
                    Organisations.Split split = organisations.split(entry);
                    organisation = split.organisation();
                    contact = split.name();
                }
                contact = Trim.both(contact, ",");
                if (organisation.isEmpty() || !seen.add(Similarity.normalise(organisation))) {
                    continue;
                }
                LinkedHashMap<String, Object> partner = new LinkedHashMap<>();
                partner.put("organisation", new Sourced(organisation, t.line()));
                if (!contact.isEmpty()) {
                    partner.put("contact", new Sourced(contact, t.line()));
                }
                found.add(partner);
            }
        }
        return found;
    }
}
