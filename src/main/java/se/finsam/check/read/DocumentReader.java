package se.finsam.check.read;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import se.finsam.check.model.Agreement;
import se.finsam.check.model.Answer;
import se.finsam.check.model.BudgetLine;
import se.finsam.check.model.Document;
import se.finsam.check.model.FundsReturn;
import se.finsam.check.model.Goal;
import se.finsam.check.model.Kind;
import se.finsam.check.model.Partner;
import se.finsam.check.model.Period;
import se.finsam.check.model.Resource;
import se.finsam.check.model.Signature;
import se.finsam.check.model.Vacancy;

/** Turns the tree of one structured file (the shape of FORMAT.md) into a {@link Document}. */
public final class DocumentReader {

    private static final Set<String> TOP = Set.of("kind", "edition", "area", "initiative", "received", "answers",
            "resources", "signatures", "owner", "partners", "period", "goals", "vacancies", "returns", "budget", "agreement");
    private static final Set<String> RESOURCE = Set.of("resource", "percent", "extent", "period", "resultGoal",
            "effects", "cost", "post");
    private static final Set<String> SIGNATURE = Set.of("party", "organisation", "name", "date", "dateAsWritten",
            "signed", "role", "signatureVisible");
    private static final Set<String> BUDGET_TABLE = Set.of("title", "lines");
    private static final Set<String> BUDGET_LINE = Set.of("text", "amount", "sum");
    private static final Set<String> PARTNER = Set.of("organisation", "party", "contact");
    private static final Set<String> PERIOD = Set.of("from", "to", "start", "end", "lastIntake");
    private static final Set<String> GOAL = Set.of("goal", "outcome", "met", "reason");
    private static final Set<String> VACANCY = Set.of("role", "percent", "statement");
    private static final Set<String> RETURN = Set.of("amount", "statement");
    private static final Set<String> ROLES = Set.of("owner", "partner");

    private final String source;

    public DocumentReader(String source) {
        this.source = source;
    }

    public Document read(Node root) throws InputError {
        MapReader top = new MapReader(source, root, TOP);
        Document doc = new Document(source);
        top.locate(doc);
        doc.setKind(kind(top));
        Integer edition = top.integer("edition");
        if (edition == null) {
            throw top.error(root, "input.missingField", "edition");
        }
        doc.setEdition(edition);
        doc.setArea(top.text("area"));
        doc.setInitiative(top.text("initiative"));
        doc.setReceived(top.date("received"));
        readAnswers(top, doc);
        for (Node n : top.list("resources")) {
            doc.getResources().add(resource(n, doc.getResources().size()));
        }
        for (Node n : top.list("signatures")) {
            doc.getSignatures().add(signature(n, doc.getSignatures().size()));
        }
        if (top.get("owner") != null) {
            Partner owner = partner(top.get("owner"));
            owner.setOwner(true);
            doc.setOwner(owner);
        }
        for (Node n : top.list("partners")) {
            doc.getPartners().add(partner(n));
        }
        if (top.get("period") != null) {
            readInsatstid(top.get("period"), doc);
        }
        for (Node n : top.list("goals")) {
            doc.getGoals().add(goal(n, doc.getGoals().size()));
        }
        for (Node n : top.list("vacancies")) {
            doc.getVacancies().add(vacancy(n, doc.getVacancies().size()));
        }
        for (Node n : top.list("returns")) {
            doc.getReturns().add(fundsReturn(n));
        }
        readBudget(top, doc);
        if (top.text("agreement") != null) {
            Agreement agreement = new Agreement(top.text("agreement"));
            agreement.setPosition(top.get("agreement").position());
            doc.setAgreement(agreement);
        }
        return doc;
    }

    private Kind kind(MapReader top) throws InputError {
        String id = top.text("kind");
        if (id == null) {
            throw top.error(top.node(), "input.missingField", "kind");
        }
        Kind kind = Kind.fromId(id.strip());
        if (kind == null) {
            throw top.error(top.get("kind"), "input.unknownKind", id);
        }
        return kind;
    }

    private void readAnswers(MapReader top, Document doc) throws InputError {
        Node answers = top.get("answers");
        if (answers == null) {
            return;
        }
        MapReader map = MapReader.anyKeys(source, answers);
        for (Map.Entry<String, Node> e : answers.fields().entrySet()) {
            Answer a = new Answer(e.getKey(), map.text(e.getKey()));
            a.setPosition(e.getValue().position());
            doc.getAnswers().put(e.getKey(), a);
        }
    }

    private Resource resource(Node n, int index) throws InputError {
        MapReader m = new MapReader(source, n, RESOURCE);
        Resource r = new Resource();
        m.locate(r);
        r.setIndex(index);
        r.setResource(m.text("resource"));
        r.setPercent(m.number("percent"));
        r.setExtent(m.text("extent"));
        r.setPeriod(period(m));
        r.setResultGoal(m.text("resultGoal"));
        r.setEffects(m.text("effects"));
        r.setCostAsWritten(m.text("cost"));
        r.setCost(m.amount("cost"));
        r.setPostAsWritten(m.bool("post"));
        return r;
    }

    /** A resource period: a year, a text such as "170101 - 181231", or {from, to}. */
    private Period period(MapReader m) throws InputError {
        Node p = m.get("period");
        if (p == null) {
            return null;
        }
        if (p.type() == Node.Type.MAP) {
            MapReader range = new MapReader(source, p, Set.of("from", "to"));
            return new Period(range.date("from"), range.date("to"), null);
        }
        return Periods.parse(m.text("period"));
    }

    private Signature signature(Node n, int index) throws InputError {
        MapReader m = new MapReader(source, n, SIGNATURE);
        Signature s = new Signature();
        m.locate(s);
        s.setIndex(index);
        s.setParty(m.text("party"));
        s.setOrganisation(m.text("organisation"));
        s.setName(m.text("name"));
        s.setDateAsWritten(m.text("dateAsWritten"));
        s.setDate(m.date("date") != null ? m.date("date") : writtenDate(s.getDateAsWritten()));
        s.setSigned(m.bool("signed"));
        s.setRole(role(m));
        s.setSignatureVisible(m.bool("signatureVisible"));
        return s;
    }

    /** owner or partner: a misspelt role ("owners") must not silently read as no role at all. */
    private static String role(MapReader m) throws InputError {
        String role = m.text("role");
        if (role != null && !ROLES.contains(role.strip())) {
            throw m.error(m.get("role"), "input.unknownRole", role);
        }
        return role == null ? null : role.strip();
    }

    /**
     * A hand-written date when the file gives no ISO date ("Sala 31/1-18"). A date without a year is not
     * completed here: the signature then lacks a date, and the finding quotes what was written.
     */
    private static LocalDate writtenDate(String written) {
        return SwedishDates.day(written, 0).filter(r -> !r.yearFromContext()).map(SwedishDates.Read::date).orElse(null);
    }

    /** Budget tables: {title, lines: [{text, amount, sum: subtotal|total|grandTotal|unnamed}]}. */
    private void readBudget(MapReader top, Document doc) throws InputError {
        int table = 0;
        for (Node t : top.list("budget")) {
            MapReader tm = new MapReader(source, t, BUDGET_TABLE);
            String title = tm.text("title"); // read, and so checked, also for a table without lines
            for (Node l : tm.list("lines")) {
                MapReader lm = new MapReader(source, l, BUDGET_LINE);
                BudgetLine line = new BudgetLine();
                lm.locate(line);
                line.setTable(table);
                line.setTableTitle(title);
                line.setText(lm.text("text"));
                line.setAmount(lm.amount("amount"));
                String sum = lm.text("sum");
                if (sum != null) {
                    line.setSum(switch (sum.strip()) {
                        case "subtotal" -> BudgetLine.Sum.SUBTOTAL;
                        case "total" -> BudgetLine.Sum.TOTAL;
                        case "grandTotal" -> BudgetLine.Sum.GRAND_TOTAL;
                        case "unnamed" -> BudgetLine.Sum.UNNAMED;
                        default -> throw lm.error(lm.get("sum"), "input.unknownSum", sum);
                    });
                }
                doc.getBudget().add(line);
            }
            table++;
        }
    }

    private Partner partner(Node n) throws InputError {
        MapReader m = new MapReader(source, n, PARTNER);
        Partner p = new Partner();
        m.locate(p);
        p.setOrganisation(m.text("organisation"));
        p.setParty(m.text("party"));
        p.setContact(m.text("contact"));
        return p;
    }

    /** A report's insatstid: {start, end, lastIntake} (from/to accepted as synonyms). */
    private void readInsatstid(Node n, Document doc) throws InputError {
        MapReader m = new MapReader(source, n, PERIOD);
        var start = m.date("start") != null ? m.date("start") : m.date("from");
        var end = m.date("end") != null ? m.date("end") : m.date("to");
        doc.setPeriod(new Period(start, end, null));
        doc.setLastIntake(m.date("lastIntake"));
    }

    private Goal goal(Node n, int index) throws InputError {
        MapReader m = new MapReader(source, n, GOAL);
        Goal g = new Goal();
        m.locate(g);
        g.setIndex(index);
        g.setGoal(m.text("goal"));
        g.setOutcome(m.text("outcome"));
        g.setMet(m.bool("met"));
        g.setReason(m.text("reason"));
        return g;
    }

    private Vacancy vacancy(Node n, int index) throws InputError {
        MapReader m = new MapReader(source, n, VACANCY);
        Vacancy v = new Vacancy();
        m.locate(v);
        v.setIndex(index);
        v.setRole(m.text("role"));
        v.setPercent(m.number("percent"));
        v.setStatement(m.text("statement"));
        return v;
    }

    private FundsReturn fundsReturn(Node n) throws InputError {
        MapReader m = new MapReader(source, n, RETURN);
        FundsReturn r = new FundsReturn();
        m.locate(r);
        r.setAmount(m.amount("amount"));
        r.setStatement(m.text("statement"));
        return r;
    }
}
