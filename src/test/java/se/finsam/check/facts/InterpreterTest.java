package se.finsam.check.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.finsam.check.edition.Editions;
import se.finsam.check.model.Answer;
import se.finsam.check.model.Document;
import se.finsam.check.model.ExtentShape;
import se.finsam.check.read.DocumentLoader;

/** Each thing the interpretation understands is a fact of its own, and the document it read stays as written. */
class InterpreterTest {

    private static List<Object> facts(String sample) throws Exception {
        Document doc = new DocumentLoader().load(Path.of("testdata/samples/" + sample), sample);
        return new Interpreter(Editions.builtIn().get(2017).orElseThrow()).facts(doc);
    }

    private static <T> List<T> of(List<Object> facts, Class<T> type) {
        return facts.stream().filter(type::isInstance).map(type::cast).toList();
    }

    @Test
    void aPlansRowsArePostsWithTheirExtentAsReadAndTheirRoles() throws Exception {
        List<Object> facts = facts("plan-2017-heby.yaml");
        List<Post> posts = of(facts, Post.class);
        assertEquals(List.of("Samverkanskoordinator 100%", "Tilläggsresurs 100%", "Tilläggsresurs 50+40%", "Tilläggsresurs 50%"),
                posts.stream().map(Post::getRow).toList(), "Övriga kostnader is a cost row");
        Post sum = posts.get(2);
        assertEquals(90.0, sum.getPercent());
        assertEquals(ExtentShape.SUM, sum.getExtentShape());
        assertEquals(List.of("tillaggsresurs"), sum.getRoles());
        assertEquals("tillaggsresurs", sum.getKind());
        assertEquals(540000L, sum.getCost());
        assertNull(sum.getResource().getPercent(), "the row stays as written: it gives no percent of its own");
        assertEquals(List.of("region"), of(facts, SignatureParty.class).stream()
                .filter(p -> "LUH".equals(p.signature().getOrganisation())).map(SignatureParty::party).toList());
        assertEquals(List.of("26/8"), of(facts, YearFromContext.class).stream()
                .map(y -> y.signature().getDateAsWritten()).toList());
    }

    @Test
    void aNoteIsNoPostAndAReportsVacanciesAndReturnsAreSummed() throws Exception {
        assertEquals(List.of("Ledning för samverkanskoordinatör ingår i Uppsala kommuns chefsresurs."),
                of(facts("plan-2017-knivsta.yaml"), NoteRow.class).stream().map(n -> n.resource().getResource())
                        .filter(r -> r.startsWith("Ledning")).toList());
        List<Object> heby = facts("report-2017-heby.yaml");
        Vacant vacant = of(heby, Vacant.class).get(0);
        assertEquals(List.of("tillaggsresurs"), vacant.getRoles());
        assertEquals(40.0, vacant.getPercent());
        ReturnsTold returns = of(heby, ReturnsTold.class).get(0);
        assertEquals(1, returns.getCount());
        assertEquals(1, returns.getWithoutAmount());
        assertEquals(List.of("tillaggsresurs"), of(heby, RoleTold.class).stream().map(RoleTold::role).toList());
        List<Object> tierp = facts("report-2017-tierp.yaml");
        assertEquals(150000, of(tierp, ReturnsTold.class).get(0).getTotal());
        assertEquals(List.of("/answers/budgetOutcome", "/returns/0"), of(tierp, UnderspendTold.class).stream()
                .map(u -> u.position().pointer()).sorted().toList(), "the answer and the return both tell of it");
    }

    @Test
    void onlyAReportIsReadForAnUnderspend() throws Exception {
        Document plan = new DocumentLoader().load(Path.of("testdata/samples/plan-2017-heby.yaml"), "plan");
        plan.getAnswers().put("budgetOutcome", new Answer("budgetOutcome", "Ett överskott på ca 150 000 kr"));
        assertEquals(List.of(), of(new Interpreter(Editions.builtIn().get(2017).orElseThrow()).facts(plan),
                UnderspendTold.class), "no rule of a plan reads it");
    }
}
