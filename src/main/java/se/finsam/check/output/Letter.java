package se.finsam.check.output;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import se.finsam.check.findings.DocumentResult;
import se.finsam.check.findings.Finding;
import se.finsam.check.findings.Messages;
import se.finsam.check.findings.Severity;

/**
 * A letter to a group whose document needs completion, as kansliet sends it: dated, from kansliet, to the group by
 * its area or insats, naming the document as they sent it; each item to complete, quoted, with where it is in their
 * form; what to look at; the date to reply by; signed with kansliet's contact details. Rendered as text or Word.
 */
record Letter(String sender, String dateLine, String to, String subject, String greeting, String received,
              List<Item> toComplete, String alsoLook, List<Item> toLook, String reply, List<String> signature) {

    /** One thing the group is asked about, and where it is in their form. */
    record Item(String text, String where) {
    }

    static Letter of(DocumentResult r, Messages m, Office office, LocalDate today) {
        String title = Printable.line(r.title() == null ? "" : r.title());
        String kind = m.get("letter.kind." + r.kindId());
        String document = Printable.line(fileName(r.source()));
        DateTimeFormatter date = DateTimeFormatter.ofPattern("d MMMM yyyy", m.locale());
        boolean form = FieldNames.isForm(document);
        List<String> signature = new ArrayList<>();
        signature.add(m.get("letter.regards"));
        if (office.contact() != null) {
            signature.add(office.contact());
        }
        signature.add(office.unit() + ", " + office.organisation());
        String contact = String.join(" · ", java.util.stream.Stream.of(office.email(), office.phone())
                .filter(s -> s != null && !s.isBlank()).toList());
        if (!contact.isEmpty()) {
            signature.add(contact);
        }
        return new Letter(office.organisation() + " – " + office.unit(),
                office.place() + " " + today.format(date),
                m.get("letter.to." + r.kindId(), title),
                m.get("letter.subject", kind, title),
                m.get("letter.greeting"),
                r.plan() == null ? m.get("letter.received", kind, document)
                        : m.get("letter.receivedWithPlan", kind, document, Printable.line(fileName(r.plan()))),
                items(r, Severity.ERROR, form, m),
                m.get("letter.alsoLook"),
                items(r, Severity.WARNING, form, m),
                m.get("letter.reply", today.plusDays(office.replyWithinDays()).format(date)),
                signature);
    }

    /**
     * The findings of one severity not waived, nor for kansliet alone. Where: in the form's own words – the part of the form and the row –
     * and, for a structured file the group keeps themselves, also its line.
     */
    private static List<Item> items(DocumentResult r, Severity severity, boolean form, Messages m) {
        List<Item> items = new ArrayList<>();
        for (Finding f : r.findings()) {
            if (!f.isWaived() && !f.isForKansliet() && f.severity() == severity) {
                String field = FieldNames.describe(f.position().pointer(), m);
                String where = f.position().place() != null
                        ? m.get("letter.where", m.get("where.place", field, FieldNames.inForm(f.position().place(), m)))
                        : form || f.position().line() <= 0 ? m.get("letter.where", field)
                        : m.get("letter.whereLine", field, f.position().line());
                items.add(new Item(Printable.of(m.message(f)), where));
            }
        }
        return items;
    }

    private static String fileName(String source) {
        int slash = Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\'));
        return source.substring(slash + 1);
    }

    /** The letter as plain text. */
    String text() {
        StringBuilder b = new StringBuilder();
        b.append(sender).append('\n').append(dateLine).append("\n\n").append(to).append("\n\n").append(subject)
                .append("\n\n").append(greeting).append("\n\n").append(received).append("\n\n");
        items(b, toComplete);
        if (!toLook.isEmpty()) {
            b.append(alsoLook).append("\n\n");
            items(b, toLook);
        }
        b.append(reply).append("\n\n");
        signature.forEach(line -> b.append(line).append('\n'));
        return b.toString();
    }

    private static void items(StringBuilder b, List<Item> items) {
        int n = 1;
        for (Item item : items) {
            b.append(n++).append(". ").append(item.text()).append('\n').append("   ").append(item.where()).append("\n\n");
        }
    }
}
