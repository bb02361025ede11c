package se.finsam.check.engine;

import java.util.List;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import se.finsam.check.model.Kind;

/** Rules as they are run: a pool of sessions for the rules of one kind and scope, and the rules for the catalogue. */
interface RuleSet {

    /** The pool whose sessions hold the rules of this kind and scope; null when none apply. */
    KieSessionsPool pool(Kind kind, boolean ofYear);

    /** Fires, in a session of {@link #pool}, the rules of this kind and scope over the facts inserted. */
    void fire(KieSession session, Kind kind, boolean ofYear);

    List<Rule> rules();
}
