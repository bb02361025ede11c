package se.finsam.check.year;

import java.util.List;
import se.finsam.check.facts.Post;
import se.finsam.check.facts.ReturnsTold;
import se.finsam.check.facts.RoleTold;
import se.finsam.check.facts.Vacant;
import se.finsam.check.model.Document;
import se.finsam.check.model.Kind;
import se.finsam.check.model.Position;

/**
 * What the run keeps of a plan or a report once its document is checked, to compare them: a few facts of the
 * document, never the document. A run over an archive keeps one of these per plan and none of the documents.
 */
public sealed interface YearRecord permits YearRecord.Plan, YearRecord.Report {

    String source();

    int edition();

    /** A plan: its area (as written and as the key reports are linked by), its posts and what it asks for in all. */
    record Plan(String source, int edition, String area, String key, Position areaAt, List<PlannedPost> posts, long total)
            implements YearRecord {

        public String getSource() { return source; }
        public String getArea() { return area; }
        public int getEdition() { return edition; }
        public List<PlannedPost> getPosts() { return posts; }
        /** The sum of every cost the plan's resource table gives (posts and other costs), in kronor. */
        public long getTotal() { return total; }
    }

    /**
     * A report: the keys of the areas its {@code area:} or {@code initiative} may name (most words first), what it
     * names for messages and where, its vacancies, the roles it tells of and its returns.
     */
    record Report(String source, int edition, List<String> keys, String named, Position namedAt, List<Vacant> vacancies,
                  List<RoleTold> roles, ReturnsTold returns) implements YearRecord {
    }

    /** The record of a checked document and its facts; null for a kind the follow-up does not compare. */
    public static YearRecord of(Document doc, List<Object> facts) {
        if (doc.getKind() == Kind.PLAN) {
            long total = doc.getResources().stream().filter(r -> r.getCost() != null).mapToLong(r -> r.getCost()).sum();
            return new Plan(doc.getSource(), doc.getEdition(), doc.getArea(), Areas.key(doc.getArea()), doc.at("area"),
                    of(facts, Post.class).stream().map(PlannedPost::of).toList(), total);
        }
        if (doc.getKind() == Kind.REPORT) {
            boolean explicit = doc.getArea() != null;
            String named = explicit ? doc.getArea() : doc.getInitiative();
            return new Report(doc.getSource(), doc.getEdition(),
                    // an area of no words ("–") names no plan: the report is checked alone
                    explicit ? java.util.stream.Stream.ofNullable(Areas.key(named)).toList() : Areas.keysIn(named), named,
                    doc.at(explicit ? "area" : "initiative"), of(facts, Vacant.class), of(facts, RoleTold.class),
                    of(facts, ReturnsTold.class).get(0));
        }
        return null;
    }

    private static <T> List<T> of(List<Object> facts, Class<T> type) {
        return facts.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
