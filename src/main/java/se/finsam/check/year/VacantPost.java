package se.finsam.check.year;

import java.util.Comparator;
import java.util.List;
import se.finsam.check.facts.Vacant;

/**
 * A vacancy of a report matched with a post of its plan: one that names a role of the vacancy and is at least as
 * large as the vacant share (the smallest such), or, when the report gives no share, the only post of its roles.
 * What that share of the post's planned cost comes to is what the report should return.
 */
public final class VacantPost {

    private final Vacant vacant;
    private final PlannedPost post;
    private final double vacantPercent;

    private VacantPost(Vacant vacant, PlannedPost post, double vacantPercent) {
        this.vacant = vacant;
        this.post = post;
        this.vacantPercent = vacantPercent;
    }

    /** The post a vacancy matches, or null when none does or it cannot be told which. */
    static VacantPost match(Vacant v, List<PlannedPost> posts) {
        List<PlannedPost> named = posts.stream().filter(p -> p.namesAnyOf(v.getRoles()) && p.getPercent() != null
                && p.getPercent() > 0).toList();
        if (v.getPercent() == null) {
            return named.size() == 1 ? new VacantPost(v, named.get(0), named.get(0).getPercent()) : null;
        }
        return named.stream().filter(p -> p.getPercent() >= v.getPercent()).min(Comparator.comparing(PlannedPost::getPercent))
                .map(p -> new VacantPost(v, p, v.getPercent())).orElse(null);
    }

    public Vacant getVacant() { return vacant; }
    public PlannedPost getPost() { return post; }
    /** The vacant share in percent of full time. */
    public double getVacantPercent() { return vacantPercent; }

    /** The planned cost of the vacant share, in kronor; null when the post has no cost. */
    public Long getExpected() {
        return post.getCost() == null ? null : Math.round(post.getCost() * vacantPercent / post.getPercent());
    }

    /** Whether an amount is about the expected one: within tolerance percent of it. */
    public static boolean about(long amount, long expected, int tolerance) {
        return Math.abs(amount - expected) <= expected * tolerance / 100.0;
    }
}
