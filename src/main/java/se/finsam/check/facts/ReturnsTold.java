package se.finsam.check.facts;

import java.util.List;
import se.finsam.check.model.FundsReturn;
import se.finsam.check.model.Position;

/**
 * What a report says it returns, summed: how many returns it tells of, the sum of those with an amount, how many
 * have none, and whether it answers why money is (or is not) returned.
 */
public final class ReturnsTold {

    private final int count;
    private final long total;
    private final int withoutAmount;
    private final boolean reasonGiven;
    private final String evidence;
    private final Position position;

    public ReturnsTold(List<FundsReturn> returns, boolean reasonGiven, Position none) {
        this.count = returns.size();
        this.total = returns.stream().filter(r -> r.getAmount() != null).mapToLong(FundsReturn::getAmount).sum();
        this.withoutAmount = (int) returns.stream().filter(r -> r.getAmount() == null).count();
        this.reasonGiven = reasonGiven;
        this.evidence = returns.isEmpty() ? null : returns.get(0).getStatement();
        this.position = returns.isEmpty() ? none : returns.get(0).getPosition();
    }

    public int getCount() { return count; }
    /** The sum of the amounts given, in kronor. */
    public long getTotal() { return total; }
    public int getWithoutAmount() { return withoutAmount; }
    /** Whether some return gives its amount. */
    public boolean isAmounted() { return count > withoutAmount; }
    public boolean isReasonGiven() { return reasonGiven; }
    /** The first return's statement, for quoting. */
    public String getEvidence() { return evidence; }
    /** Where the first return is (or, when none, the returns list's place). */
    public Position getPosition() { return position; }
}
