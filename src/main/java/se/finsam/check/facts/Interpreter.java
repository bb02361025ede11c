package se.finsam.check.facts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.finsam.check.edition.Edition;
import se.finsam.check.edition.FollowUp;
import se.finsam.check.model.FundsReturn;
import se.finsam.check.model.Vacancy;
import se.finsam.check.edition.PartyDef;
import se.finsam.check.edition.ResourceRows;
import se.finsam.check.model.Answer;
import se.finsam.check.model.Document;
import se.finsam.check.model.Kind;
import se.finsam.check.model.Located;
import se.finsam.check.model.Partner;
import se.finsam.check.model.Place;
import se.finsam.check.model.Resource;
import se.finsam.check.model.ExtentShape;
import se.finsam.check.model.Signature;
import se.finsam.check.read.InputError;
import se.finsam.check.read.SwedishDates;

/**
 * Reads what a document means under its edition – which rows are posts and their extent, which party signed, what
 * a budget's sums should be, how a report compares with its plan – and returns the facts the rules see: the
 * document, the edition and its parties, every part of the document as read, and each thing understood of them as a
 * fact of its own (a Post, a SignatureParty, a SumLine …). Nothing the reader made is changed.
 */
public final class Interpreter {

    /** The answer that tells why money is, or is not, returned (the form's "Ifall medel har återförts …"). */
    static final String RETURN_REASONS = "returnReasons";

    private final Edition edition;

    public Interpreter(Edition edition) {
        this.edition = edition;
    }

    public List<Object> facts(Document doc) throws InputError {
        List<Object> facts = new ArrayList<>();
        facts.add(doc);
        facts.add(edition);
        facts.addAll(edition.getParties()); // each a fact: a rule's "from" over the list costs a handle a firing
        facts.addAll(answers(doc));
        FollowUp followUp = edition.getFollowUp();
        for (Resource r : doc.getResources()) {
            facts.add(r);
            Object understood = understand(doc, r, followUp);
            if (understood != null) {
                facts.add(understood);
            }
            if (understood instanceof Post post) {
                post.getRoles().forEach(role -> facts.add(new RoleTold(role, post.getRow(), post.getPosition())));
            }
        }
        List<PartnerParty> partners = new ArrayList<>();
        PartnerParty owner = null;
        if (doc.getOwner() != null) {
            owner = new PartnerParty(doc.getOwner(), party(doc, doc.getOwner(), doc.getOwner().getParty(), doc.getOwner().getOrganisation()));
            partners.add(owner);
        }
        for (Partner p : doc.getPartners()) {
            partners.add(new PartnerParty(p, party(doc, p, p.getParty(), p.getOrganisation())));
        }
        for (PartnerParty p : partners) {
            facts.add(p.partner());
            facts.add(p);
        }
        List<SignatureParty> parties = new ArrayList<>();
        for (Signature s : doc.getSignatures()) {
            String party = party(doc, s, s.getParty(), s.getOrganisation());
            if (party == null && s.getOrganisation() == null) {
                // the form's own list of contacts, or the owner's block: read off the form, not inferred
                party = People.partyOf(s, owner, partners);
            }
            if (party != null) {
                parties.add(new SignatureParty(s, party));
            }
        }
        People.byElimination(doc.getSignatures(), parties, signers(doc, partners)).ifPresent(parties::add);
        Set<Signature> yearFromContext = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Signature s : doc.getSignatures()) {
            facts.add(s);
            // a form's signer no party can be told for: the block could not be read as any party's
            if (s.getReading() != null && parties.stream().noneMatch(p -> p.signature() == s)) {
                facts.add(new PartyUnknown(s));
            }
            if (s.getDate() != null && SwedishDates.read(s.getDateAsWritten(), 0).map(SwedishDates.Read::yearFromContext).orElse(false)) {
                facts.add(new YearFromContext(s));
                yearFromContext.add(s);
            }
        }
        facts.addAll(LatestSignature.of(doc.getSignatures(), yearFromContext));
        facts.addAll(parties);
        facts.addAll(doc.getBudget());
        facts.addAll(Budgets.work(doc.getBudget()));
        if (doc.getAgreement() != null) {
            facts.add(doc.getAgreement());
            String change = FixedText.change(doc.getAgreement().getText(), edition.getAgreement());
            if (change != null) {
                facts.add(new AgreementChange(doc.getAgreement(), change));
            }
        }
        facts.addAll(doc.getGoals());
        facts.addAll(doc.getVacancies());
        facts.addAll(doc.getReturns());
        facts.addAll(followUp(doc, followUp));
        return facts;
    }

    /** The parties that must sign: a report's owner and partners when it lists them, else the edition's. */
    private List<String> signers(Document doc, List<PartnerParty> partners) {
        List<String> listed = partners.stream().map(PartnerParty::party).filter(p -> p != null).distinct().toList();
        if (doc.getKind() == Kind.REPORT && !listed.isEmpty()) {
            return listed;
        }
        return edition.getParties().stream().map(PartyDef::getId).toList();
    }

    /**
     * What the follow-up compares a report with its plan by: each vacancy with the roles it names, the roles told,
     * the returns summed, and, in a report, words that tell of money left unused.
     */
    private static List<Object> followUp(Document doc, FollowUp followUp) {
        List<Object> facts = new ArrayList<>();
        for (Vacancy v : doc.getVacancies()) {
            Vacant vacant = new Vacant(v, followUp.rolesIn(v.getRole() != null ? v.getRole() : v.getStatement()));
            facts.add(vacant);
            vacant.getRoles().forEach(role -> facts.add(new RoleTold(role, v.getEvidence(), v.getPosition())));
        }
        Answer reason = doc.getAnswers().get(RETURN_REASONS);
        facts.add(new ReturnsTold(doc.getReturns(), reason != null && !reason.isBlank(), doc.at("returns")));
        if (doc.getKind() != Kind.REPORT) {
            // an underspend explains a report's return; looking for its words in every answer of every other
            // document was two fifths of the facts' time in a folder of plans (5.7 % of the run), for a fact no rule of theirs reads
            return facts;
        }
        for (FundsReturn r : doc.getReturns()) {
            if (followUp.tellsOfUnderspend(r.getStatement())) {
                facts.add(new UnderspendTold(r.getStatement(), r.getPosition()));
            }
        }
        for (Answer a : doc.getAnswers().values()) {
            if (followUp.tellsOfUnderspend(a.getText())) {
                facts.add(new UnderspendTold(a.getText(), a.getPosition()));
            }
        }
        return facts;
    }

    /** The answers given, an empty answer for every mandatory question the file leaves out, and what each asks. */
    private List<Object> answers(Document doc) {
        List<Object> answers = new ArrayList<>(doc.getAnswers().values());
        for (Map.Entry<String, String> q : edition.questionsFor(doc.getKind()).entrySet()) {
            Answer given = doc.getAnswers().get(q.getKey());
            if (given == null) {
                given = new Answer(q.getKey(), null);
                given.setPosition(doc.at("answers").child(q.getKey()));
                answers.add(given);
            }
            // a question a form reader did not find on the form: whether it is answered is not known
            Place place = given.getPosition().place();
            answers.add(new Asked(given, q.getValue(), doc.isReadFromForm() && !doc.getAnswers().containsKey(q.getKey()),
                    place != null && place.grey()));
        }
        return answers;
    }

    /**
     * What a row of the resource table is: a post (with its extent as understood and its roles), a note, or a cost
     * row (which is neither). The row itself stays as the reader made it.
     */
    private Object understand(Document doc, Resource r, FollowUp followUp) {
        Extents.Extent extent = Extents.read(r.getExtentEvidence());
        Double percent = r.getPercent() != null ? r.getPercent() : extent.percent();
        boolean oddlyWritten = extent.shape() == ExtentShape.SUM || extent.shape() == ExtentShape.RANGE;
        ExtentShape shape = r.getPercent() == null || oddlyWritten ? extent.shape() : ExtentShape.SINGLE;
        ResourceRows rows = edition.getRows();
        // A note asks for nothing: no cost, no extent, and words such as "ingår" or "Argument för".
        boolean note = r.getPostAsWritten() != Boolean.TRUE && r.getCost() == null && shape == ExtentShape.NONE
                && rows.isNote(r.getResource());
        boolean post = r.getPostAsWritten() != null ? r.getPostAsWritten()
                : !note && !rows.isCostRow(r.getResource()) && (shape != ExtentShape.NONE || rows.namesPost(r.getResource()));
        if (post) {
            List<String> roles = followUp.rolesIn(r.getResource());
            boolean percentUnreadable = doc.isReadFromForm() && percent == null && Extents.spokenOf(r.getResultGoal(),
                    r.getEffects(), r.getCostAsWritten(), r.getExtent());
            return new Post(r, roles, followUp.kindOf(roles), percent, shape, percentUnreadable,
                    Schablon.expectedCost(percent, r.getPeriod(), edition));
        }
        return note ? new NoteRow(r) : null;
    }

    /** The party as written (checked against the edition) or, when absent, the one the organisation names. */
    private String party(Document doc, Located part, String written, String organisation) throws InputError {
        if (written != null) {
            if (edition.party(written.strip()).isEmpty()) {
                var at = part.at("party");
                throw new InputError(doc.getSource(), at.line(), at.column(), "input.unknownParty", written,
                        String.join(", ", edition.getParties().stream().map(PartyDef::getId).toList()));
            }
            return written.strip();
        }
        return edition.partyOfOrganisation(organisation).map(PartyDef::getId).orElse(null);
    }
}
