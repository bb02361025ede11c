package se.finsam.check.edition;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.finsam.check.model.Kind;

/** The parameters of one form edition, inserted as a fact so that rules compare against data, not literals. */
public final class Edition {

    private final LocalDate deadline;
    private final int planYear;
    private final long schablon;
    private final int maxPercent;
    private final List<PartyDef> parties;
    private final Map<Kind, Map<String, String>> questions;
    private final ResourceRows rows;
    private final FollowUp followUp;
    private final String agreement;

    public Edition(LocalDate deadline, int planYear, long schablon, int maxPercent, List<PartyDef> parties,
                   Map<Kind, Map<String, String>> questions, ResourceRows rows, FollowUp followUp, String agreement) {
        this.followUp = followUp;
        this.agreement = agreement;
        this.deadline = deadline;
        this.planYear = planYear;
        this.schablon = schablon;
        this.maxPercent = maxPercent;
        this.parties = List.copyOf(parties);
        this.questions = questions;
        this.rows = rows;
    }

    public LocalDate getDeadline() { return deadline; }
    public int getPlanYear() { return planYear; }
    public long getSchablon() { return schablon; }

    /** The largest extent one row of the resource table can plausibly state. */
    public int getMaxPercent() { return maxPercent; }
    public List<PartyDef> getParties() { return parties; }
    public ResourceRows getRows() { return rows; }
    /** How a report is compared with its plan and the year is summed up. */
    public FollowUp getFollowUp() { return followUp; }
    /** The application form's fixed Överenskommelse text; null when the edition has none. */
    public String getAgreement() { return agreement; }

    /** The form's mandatory questions for a kind of document: key → the question as the form asks it. */
    public Map<String, String> questionsFor(Kind kind) {
        return questions.getOrDefault(kind, Map.of());
    }

    public Optional<PartyDef> party(String id) {
        return parties.stream().filter(p -> p.getId().equals(id)).findFirst();
    }

    /** The party an organisation name belongs to (LUL → region, "AF Norra Uppland" → arbetsformedlingen). */
    public Optional<PartyDef> partyOfOrganisation(String organisation) {
        return parties.stream().filter(p -> p.isNameOf(organisation)).findFirst();
    }

    /** Display name of a party id, for messages. */
    public String partyName(String id) {
        return party(id).map(PartyDef::getName).orElse(id);
    }
}
