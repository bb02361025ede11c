package se.finsam.check.facts;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import se.finsam.check.model.Partner;
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

    static String partyOf(Signature s, Partner owner, List<Partner> partners) {
        if (s.getName() != null) {
            for (Partner p : partners) {
                if (p.getParty() != null && p.getContact() != null && listed(s.getName(), p.getContact())) {
                    return p.getParty();
                }
            }
        }
        if ("owner".equals(s.getRole()) && owner != null) {
            return owner.getParty();
        }
        return null;
    }

    /**
     * Three of four parties identified and one signer left without a party: the signer signs for the party left
     * ("by elimination"), an inference the signature says it is. Only a signer with a name or a date counts.
     */
    static void byElimination(List<Signature> signatures, List<String> parties) {
        List<Signature> unknown = signatures.stream().filter(s -> s.getParty() == null
                && (!Text.isBlank(s.getName()) || s.getDate() != null || s.getDateAsWritten() != null)).toList();
        List<String> unsigned = parties.stream()
                .filter(p -> signatures.stream().noneMatch(s -> p.equals(s.getParty()))).toList();
        if (unknown.size() == 1 && unsigned.size() == 1 && parties.size() > 1) {
            unknown.get(0).setParty(unsigned.get(0));
            unknown.get(0).setPartyReading(Reading.INFERRED);
        }
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
