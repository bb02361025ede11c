package se.finsam.check.facts;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import se.finsam.check.model.Reading;
import se.finsam.check.model.Signature;
import se.finsam.check.model.Text;

/**
 * A signature that names no organisation belongs to the party of the contact person with that name in the
 * document's own list of owner and partners ("Agneta Resin" → Enköpings kommun), or, signed as insatsägare, to the
 * owner's party. A misread letter in a name is forgiven; a name not in the list stays unknown.
 */
final class People {

    private static final Pattern CONTACT_SEPARATOR = Pattern.compile("[,/]|\\soch\\s");
    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}]+");

    private People() {
    }

    /** owner: the owner's party (null when none); partners: the owner and partners with their parties. */
    static String partyOf(Signature s, PartnerParty owner, List<PartnerParty> partners) {
        if (s.getName() != null) {
            for (PartnerParty p : partners) {
                if (p.party() != null && p.partner().getContact() != null && listed(s.getName(), p.partner().getContact())) {
                    return p.party();
                }
            }
        }
        if ("owner".equals(s.getRole()) && owner != null) {
            return owner.party();
        }
        return null;
    }

    /**
     * Three of four parties identified and one signer left without a party: the signer signs for the party left
     * ("by elimination"), an inference its SignatureParty says it is. Only a signer with a name or a date counts.
     */
    static Optional<SignatureParty> byElimination(List<Signature> signatures, List<SignatureParty> told, List<String> parties) {
        List<Signature> unknown = signatures.stream().filter(s -> told.stream().noneMatch(t -> t.signature() == s)
                && (!Text.isBlank(s.getName()) || s.getDate() != null || s.getDateAsWritten() != null)).toList();
        List<String> unsigned = parties.stream()
                .filter(p -> told.stream().noneMatch(t -> p.equals(t.party()))).toList();
        if (unknown.size() == 1 && unsigned.size() == 1 && parties.size() > 1) {
            return Optional.of(new SignatureParty(unknown.get(0), unsigned.get(0), Reading.INFERRED));
        }
        return Optional.empty();
    }

    /** The contact field may list several people: "Jenny Johnsson/Åsa Johansson", "A, B och C". */
    private static boolean listed(String name, String contacts) {
        List<String> signer = words(name);
        for (String contact : CONTACT_SEPARATOR.split(contacts)) {
            List<String> c = words(contact);
            if (c.size() >= 2 && signer.stream().anyMatch(w -> close(w, c.get(0)))
                    && signer.stream().anyMatch(w -> close(w, c.get(c.size() - 1)))) {
                return true;
            }
        }
        return false;
    }

    private static List<String> words(String s) {
        return Arrays.stream(NOT_LETTERS.split(s.toLowerCase(Locale.ROOT))).filter(w -> !w.isEmpty()).toList();
    }

    /** The same word, or one letter inserted, dropped or misread (in words of four letters or more). */
    private static boolean close(String a, String b) {
        return a.equals(b) || (Math.min(a.length(), b.length()) >= 4 && Text.editDistance(a, b) <= 1);
    }
}
