package se.finsam.check.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import se.finsam.check.model.Signature;

/**
 * The signature dated last – of all dated signatures, or (plainOnly) of those whose date was read plainly: not
 * uncertain, its year not taken from context. On the same date the first block counts. Worked out once here rather
 * than by the rules' nested "no later signature" patterns, which cost a fifth of firing a plan's rules.
 */
public record LatestSignature(Signature signature, boolean plainOnly) {

    public Signature getSignature() { return signature; }

    public boolean isPlainOnly() { return plainOnly; }

    /** The latest of all, and the latest read plainly: none, one or both (the same signature may be both). */
    static List<LatestSignature> of(List<Signature> signatures, Set<Signature> yearFromContext) {
        Signature latest = null;
        Signature latestPlain = null;
        for (Signature s : signatures) {
            if (s.getDate() == null) {
                continue;
            }
            if (later(s, latest)) {
                latest = s;
            }
            if (!s.isDateUncertain() && !yearFromContext.contains(s) && later(s, latestPlain)) {
                latestPlain = s;
            }
        }
        List<LatestSignature> facts = new ArrayList<>(2);
        if (latest != null) {
            facts.add(new LatestSignature(latest, false));
        }
        if (latestPlain != null) {
            facts.add(new LatestSignature(latestPlain, true));
        }
        return facts;
    }

    private static boolean later(Signature s, Signature than) {
        return than == null || s.getDate().isAfter(than.getDate())
                || s.getDate().equals(than.getDate()) && s.getIndex() < than.getIndex();
    }
}
