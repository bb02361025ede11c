package se.finsam.check.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.finsam.check.edition.Edition;
import se.finsam.check.edition.PartyDef;
import se.finsam.check.edition.ResourceRows;
import se.finsam.check.model.Answer;
import se.finsam.check.model.Document;
import se.finsam.check.model.Kind;
import se.finsam.check.model.Located;
import se.finsam.check.model.Partner;
import se.finsam.check.model.Resource;
import se.finsam.check.model.ExtentShape;
import se.finsam.check.model.Reading;
import se.finsam.check.model.Signature;
import se.finsam.check.read.InputError;
import se.finsam.check.read.SwedishDates;

/**
 * Reads what a document means under its edition – which rows are posts, their extent, which party signed – and
 * returns the facts the rules see: the document, the edition and every part of the document.
 */
public final class Interpreter {

    private final Edition edition;

    public Interpreter(Edition edition) {
        this.edition = edition;
    }

    public List<Object> facts(Document doc) throws InputError {
        List<Object> facts = new ArrayList<>();
        facts.add(doc);
        facts.add(edition);
        facts.addAll(answers(doc));
        for (Resource r : doc.getResources()) {
            understand(r);
            if (doc.isReadFromForm() && r.getPercent() == null && Extents.spokenOf(r.getResultGoal(), r.getEffects(),
                    r.getCostAsWritten(), r.getExtent())) {
                r.setPercentReading(Reading.UNREADABLE);
            }
            facts.add(r);
        }
        List<Partner> partners = new ArrayList<>(doc.getPartners());
        if (doc.getOwner() != null) {
            partners.add(0, doc.getOwner());
        }
        for (Partner p : partners) {
            p.setParty(party(doc, p, p.getParty(), p.getOrganisation()));
            facts.add(p);
        }
        for (Signature s : doc.getSignatures()) {
            s.setParty(party(doc, s, s.getParty(), s.getOrganisation()));
            if (s.getParty() == null && s.getOrganisation() == null) {
                // the form's own list of contacts, or the owner's block: read off the form, not inferred
                s.setParty(People.partyOf(s, doc.getOwner(), partners));
            }
            s.setYearFromContext(s.getDate() != null && SwedishDates.read(s.getDateAsWritten(), 0)
                    .map(SwedishDates.Read::yearFromContext).orElse(false));
        }
        People.byElimination(doc.getSignatures(), signers(doc, partners));
        for (Signature s : doc.getSignatures()) {
            // a form's signer no party can be told for: the block could not be read as any party's
            if (s.getParty() == null && s.getReading() != null) {
                s.setPartyReading(Reading.UNREADABLE);
            }
            facts.add(s);
        }
        Budgets.work(doc.getBudget());
        facts.addAll(doc.getBudget());
        if (doc.getAgreement() != null) {
            doc.getAgreement().setChange(FixedText.change(doc.getAgreement().getText(), edition.getAgreement()));
            facts.add(doc.getAgreement());
        }
        facts.addAll(doc.getGoals());
        facts.addAll(doc.getVacancies());
        facts.addAll(doc.getReturns());
        return facts;
    }

    /** The parties that must sign: a report's owner and partners when it lists them, else the edition's. */
    private List<String> signers(Document doc, List<Partner> partners) {
        List<String> listed = partners.stream().map(Partner::getParty).filter(p -> p != null).distinct().toList();
        if (doc.getKind() == Kind.REPORT && !listed.isEmpty()) {
            return listed;
        }
        return edition.getParties().stream().map(PartyDef::getId).toList();
    }

    /** The answers given, and an empty answer for every mandatory question the file leaves out. */
    private List<Answer> answers(Document doc) {
        List<Answer> answers = new ArrayList<>(doc.getAnswers().values());
        for (Map.Entry<String, String> q : edition.questionsFor(doc.getKind()).entrySet()) {
            Answer given = doc.getAnswers().get(q.getKey());
            if (given == null) {
                given = new Answer(q.getKey(), null);
                given.setPosition(doc.at("answers").child(q.getKey()));
                given.setReading(doc.isReadFromForm() ? Reading.UNREADABLE : null);
                answers.add(given);
            }
            given.setQuestion(q.getValue());
        }
        return answers;
    }

    private void understand(Resource r) {
        String written = r.getExtentEvidence();
        Extents.Extent extent = Extents.read(written);
        if (r.getPercent() != null) {
            boolean oddlyWritten = extent.shape() == ExtentShape.SUM || extent.shape() == ExtentShape.RANGE;
            r.setExtentShape(oddlyWritten ? extent.shape() : ExtentShape.SINGLE);
        } else {
            r.setPercent(extent.percent());
            r.setExtentShape(extent.shape());
        }
        ResourceRows rows = edition.getRows();
        // A note asks for nothing: no cost, no extent, and words such as "ingår" or "Argument för".
        r.setNote(r.getPostAsWritten() != Boolean.TRUE && r.getCost() == null
                && r.getExtentShape() == ExtentShape.NONE && rows.isNote(r.getResource()));
        r.setPost(r.getPostAsWritten() != null ? r.getPostAsWritten() : looksLikePost(r, rows));
    }

    private static boolean looksLikePost(Resource r, ResourceRows rows) {
        if (r.isNote() || rows.isCostRow(r.getResource())) {
            return false;
        }
        return r.getExtentShape() != ExtentShape.NONE || rows.namesPost(r.getResource());
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
