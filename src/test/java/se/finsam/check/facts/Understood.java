package se.finsam.check.facts;

import java.util.IdentityHashMap;
import java.util.Map;
import se.finsam.check.edition.Edition;
import se.finsam.check.model.Document;
import se.finsam.check.model.Reading;
import se.finsam.check.model.Resource;
import se.finsam.check.model.Signature;

/** What the interpretation understood of a document's parts (its facts), for tests that compare a reading. */
public final class Understood {

    private final Map<Resource, Post> posts = new IdentityHashMap<>();
    private final Map<Signature, SignatureParty> parties = new IdentityHashMap<>();

    /** Adds the understanding of one more document. */
    public Understood add(Document doc, Edition edition) throws Exception {
        for (Object fact : new Interpreter(edition).facts(doc)) {
            if (fact instanceof Post p) {
                posts.put(p.getResource(), p);
            } else if (fact instanceof SignatureParty p) {
                parties.put(p.signature(), p);
            }
        }
        return this;
    }

    /** The post a row was understood as; null for a cost row or a note. */
    public Post post(Resource r) {
        return posts.get(r);
    }

    /** A row's percent as understood: its post's (read from its words when not given), else as written. */
    public Double percent(Resource r) {
        return posts.containsKey(r) ? posts.get(r).getPercent() : r.getPercent();
    }

    /** The party a signature was understood to be for; null when none. */
    public String party(Signature s) {
        return parties.containsKey(s) ? parties.get(s).party() : null;
    }

    /** How a signature's party was told: null when read off the form, inferred when by elimination. */
    public Reading partyReading(Signature s) {
        return parties.containsKey(s) ? parties.get(s).reading() : null;
    }
}
