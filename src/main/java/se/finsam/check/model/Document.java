package se.finsam.check.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One submitted form – plan, report, application or quarterly sheet – as read from its source. */
public class Document extends Located {

    private final String source;
    private Kind kind;
    private int edition;
    private String area;
    private String initiative;
    private LocalDate received;
    private Partner owner;
    private Period period;
    private LocalDate lastIntake;
    private final Map<String, Answer> answers = new LinkedHashMap<>();
    private final List<Resource> resources = new ArrayList<>();
    private final List<Signature> signatures = new ArrayList<>();
    private final List<Partner> partners = new ArrayList<>();
    private final List<Goal> goals = new ArrayList<>();
    private final List<Vacancy> vacancies = new ArrayList<>();
    private final List<FundsReturn> returns = new ArrayList<>();
    private final List<BudgetLine> budget = new ArrayList<>();
    private final List<UnreadPage> unreadPages = new ArrayList<>();
    private Agreement agreement;
    private boolean readFromForm;

    public Document(String source) {
        this.source = source;
    }

    public String getSource() { return source; }
    public Kind getKind() { return kind; }
    public void setKind(Kind kind) { this.kind = kind; }
    public int getEdition() { return edition; }
    public void setEdition(int edition) { this.edition = edition; }
    public String getArea() { return area; }
    public void setArea(String area) { this.area = area; }
    public String getInitiative() { return initiative; }
    public void setInitiative(String initiative) { this.initiative = initiative; }
    public LocalDate getReceived() { return received; }
    public void setReceived(LocalDate received) { this.received = received; }
    public Partner getOwner() { return owner; }
    public void setOwner(Partner owner) { this.owner = owner; }
    public Period getPeriod() { return period; }
    public void setPeriod(Period period) { this.period = period; }
    public LocalDate getLastIntake() { return lastIntake; }
    public void setLastIntake(LocalDate lastIntake) { this.lastIntake = lastIntake; }
    public Map<String, Answer> getAnswers() { return answers; }
    public List<Resource> getResources() { return resources; }
    public List<Signature> getSignatures() { return signatures; }
    public List<Partner> getPartners() { return partners; }
    public List<Goal> getGoals() { return goals; }
    public List<Vacancy> getVacancies() { return vacancies; }
    public List<FundsReturn> getReturns() { return returns; }
    /** The lines of every budget table, in order; each knows its table. */
    public List<BudgetLine> getBudget() { return budget; }
    /** The pages of a scanned form that were not read: blank ones, and ones OCR could not read with confidence. */
    public List<UnreadPage> getUnreadPages() { return unreadPages; }
    /** The Överenskommelse section as submitted; null when the form has none. */
    /** True when a form reader read this document from a sent form (not a structured file). */
    public boolean isReadFromForm() { return readFromForm; }
    public void setReadFromForm(boolean readFromForm) { this.readFromForm = readFromForm; }
    public Agreement getAgreement() { return agreement; }
    public void setAgreement(Agreement agreement) { this.agreement = agreement; }

    /** What the document is about, for headings: the area of a plan, else the initiative. */
    public String getTitle() {
        return area != null ? area : initiative;
    }
}
