package se.finsam.check.read.form;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import se.finsam.check.model.Reading;
import se.finsam.check.read.SwedishDates;

/**
 * The signers read from the signature blocks, as values of the structured document: organisation (from its label,
 * the name cell or the signature cell), name, the date in ISO form beside the date as written, role, and whether
 * the handwriting showed. A year-less date takes the year that puts it nearest the form's other dates. Each signer
 * says how it was read: plainly, with an inferred value (a year, an organisation from the signature cell, a date
 * from the name cell), or not made sense of (a value missing whose label the block does not show, a date no one
 * can read).
 */
final class SignatureValues {

    private final SignatureBlocks blocks;
    private final Organisations organisations;

    SignatureValues(SignatureBlocks blocks, Organisations organisations) {
        this.blocks = blocks;
        this.organisations = organisations;
    }

    /** One signer's values, how its block was read, and how its date was. */
    record Signed(LinkedHashMap<String, Object> values, Reading block, Reading date) {
    }

    /** fallback: the date a year-less date is read near when the form has no other full date (may be null). */
    List<Signed> read(List<FormLine> region, LocalDate fallback) {
        List<SignatureBlocks.Signer> signers = blocks.read(region);
        List<LocalDate> full = new ArrayList<>();
        for (SignatureBlocks.Signer s : signers) {
            SwedishDates.read(dateText(s), 0).filter(d -> !d.yearFromContext()).ifPresent(d -> full.add(d.date()));
        }
        // a year-less date is read near the median of the form's full dates (once, not once for each signer)
        LocalDate anchor = full.isEmpty() ? fallback : full.stream().sorted().toList().get(full.size() / 2);
        List<Signed> result = new ArrayList<>();
        for (SignatureBlocks.Signer s : signers) {
            result.add(signature(s, anchor));
        }
        return result;
    }

    /** The date as written: the date field, else a date written beside the name ("Uppsala 22/12 Agneta Eklund"). */
    private static String dateText(SignatureBlocks.Signer s) {
        String written = s.get(SignatureBlocks.Field.DATE);
        if (written.isEmpty() || SwedishDates.read(written, 2000).isEmpty()) {
            for (SignatureBlocks.Field f : List.of(SignatureBlocks.Field.NAME, SignatureBlocks.Field.CLARIFICATION)) {
                var d = SwedishDates.read(s.get(f), 2000);
                if (d.isPresent()) {
                    return s.get(f).substring(0, d.get().end()).strip();
                }
            }
        }
        return written;
    }

    private Signed signature(SignatureBlocks.Signer s, LocalDate anchor) {
        LinkedHashMap<String, Object> sig = new LinkedHashMap<>();
        boolean inferred = false;
        String name = s.name();
        int nameLine = s.lines.getOrDefault(s.get(SignatureBlocks.Field.CLARIFICATION).isEmpty()
                ? SignatureBlocks.Field.NAME : SignatureBlocks.Field.CLARIFICATION, s.line);
        String written = dateText(s);
        var inName = SwedishDates.read(name, 2000);
        if (inName.isPresent()) {
            name = name.substring(inName.get().end()).strip();
        }
        Organisations.Split split = organisations.split(name);
        String organisation = s.get(SignatureBlocks.Field.ORGANISATION);
        if (organisation.isEmpty()) {
            organisation = split.organisation();
        }
        if (organisation.isEmpty() && !s.get(SignatureBlocks.Field.CLARIFICATION).isEmpty()) {
            // the signature cell may hold the organisation ("Knivsta kommun", "Björk Eklund Rej Uppsala")
            organisation = organisations.split(s.get(SignatureBlocks.Field.NAME)).organisation();
            inferred = !organisation.isEmpty();
        }
        if (!organisation.isEmpty()) {
            sig.put("organisation", new Sourced(organisation,
                    s.lines.getOrDefault(SignatureBlocks.Field.ORGANISATION, nameLine)));
        }
        if (!split.name().isEmpty()) {
            sig.put("name", new Sourced(split.name(), nameLine));
        }
        int dateLine = s.lines.getOrDefault(SignatureBlocks.Field.DATE, s.line);
        if (!written.isEmpty()) {
            contextDate(written, anchor).ifPresent(d -> sig.put("date", new Sourced(d.toString(), dateLine)));
            if (!written.equals(String.valueOf(((Sourced) sig.getOrDefault("date", new Sourced("", 0))).value()))) {
                sig.put("dateAsWritten", new Sourced(written, dateLine));
            }
        }
        if (s.role != null) {
            sig.put("role", new Sourced(s.role, s.line));
        }
        if (!s.signatureSeen) {
            sig.put("signatureVisible", new Sourced(false, s.line));
        }
        Reading date = !sig.containsKey("date") ? (written.isEmpty() ? null : Reading.UNREADABLE)
                : !written.equals(s.get(SignatureBlocks.Field.DATE)) || SwedishDates.read(written, 0)
                        .map(SwedishDates.Read::yearFromContext).orElse(false) ? Reading.INFERRED : Reading.PLAIN;
        boolean dateUnknown = written.isEmpty() && !s.labels.contains(SignatureBlocks.Field.DATE);
        boolean nameUnknown = split.name().isEmpty() && !s.labels.contains(SignatureBlocks.Field.NAME)
                && !s.labels.contains(SignatureBlocks.Field.CLARIFICATION);
        Reading block = dateUnknown || nameUnknown || date == Reading.UNREADABLE ? Reading.UNREADABLE
                : inferred || date == Reading.INFERRED ? Reading.INFERRED : Reading.PLAIN;
        return new Signed(sig, block, date);
    }

    /**
     * A written date; one without a year takes the year that puts it nearest the anchor: the middle one of the form's
     * other dates (the year the form was submitted in); with no other date, the received stamp's or – for a plan –
     * the deadline's.
     */
    private static Optional<LocalDate> contextDate(String written, LocalDate anchor) {
        Optional<SwedishDates.Read> read = SwedishDates.day(written, 2000);
        if (read.isEmpty() || !read.get().yearFromContext()) {
            return read.map(SwedishDates.Read::date);
        }
        if (anchor == null) {
            return Optional.empty();
        }
        return List.of(anchor.getYear() - 1, anchor.getYear(), anchor.getYear() + 1).stream()
                .map(y -> SwedishDates.day(written, y)).flatMap(Optional::stream).map(SwedishDates.Read::date)
                .min(Comparator.comparingLong(d -> Math.abs(ChronoUnit.DAYS.between(d, anchor))));
    }
}
