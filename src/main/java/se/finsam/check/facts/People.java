package se.finsam.check.facts;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import se.finsam.check.model.Partner;
import se.finsam.check.model.Signature;

/**
 * A signature that names no organisation belongs to the party of the contact person with that name in the
 * document's own list of owner and partners ("Agneta Resin" → Enköpings kommun), or, signed as insatsägare, to the
 * owner's party. A misread letter in a name is forgiven; a name not in the list stays unknown.
 */
final class People {

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

    /** The contact field may list several people: "Jenny Johnsson/Åsa Johansson", "A, B och C". */
    private static boolean listed(String name, String contacts) {
        List<String> signer = words(name);
        for (String contact : contacts.split("[,/]|\\soch\\s")) {
            List<String> c = words(contact);
            if (c.size() >= 2 && signer.stream().anyMatch(w -> close(w, c.get(0)))
                    && signer.stream().anyMatch(w -> close(w, c.get(c.size() - 1)))) {
                return true;
            }
        }
        return false;
    }

    private static List<String> words(String s) {
        return Arrays.stream(s.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")).filter(w -> !w.isEmpty()).toList();
    }

    private static boolean close(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        if (Math.abs(a.length() - b.length()) > 1 || Math.min(a.length(), b.length()) < 4) {
            return false;
        }
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        int j = 0;
        while (j < a.length() - i && j < b.length() - i
                && a.charAt(a.length() - 1 - j) == b.charAt(b.length() - 1 - j)) {
            j++;
        }
        // one letter inserted, dropped or misread
        return Math.max(a.length(), b.length()) - i - j <= 1;
    }
}
