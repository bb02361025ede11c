package se.finsam.check.facts;

import java.util.ArrayList;
import java.util.List;
import se.finsam.check.model.BudgetLine;
import se.finsam.check.model.BudgetLine.Sum;

/**
 * What each sum line of a budget table should be, from the table's order: a subtotal adds the rows since the last
 * sum, a total the subtotals since the last total, the grand total the totals. A sum with nothing of the level
 * below above it adds the next level down (a total straight over rows); one with no amount at all to add up (no
 * line since the previous sum of its level) sums nothing that was read, and is not checked (its rows were not
 * given, or not read). A line whose name was lost is taken as whichever sum level its amount fits, else as a
 * total.
 */
final class Budgets {

    private Budgets() {
    }

    static List<SumLine> work(List<BudgetLine> lines) {
        Sum[] as = new Sum[lines.size()];
        List<SumLine> sums = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            BudgetLine line = lines.get(i);
            as[i] = line.getSum();
            if (as[i] == Sum.ROW) {
                continue;
            }
            if (as[i] == Sum.UNNAMED) {
                as[i] = Sum.TOTAL;
                Long asTotal = expected(lines, as, i, 2);
                if (line.getAmount() != null && !line.getAmount().equals(asTotal)
                        && line.getAmount().equals(expected(lines, as, i, 3))) {
                    as[i] = Sum.GRAND_TOTAL;
                }
            }
            sums.add(new SumLine(line, as[i], expected(lines, as, i, level(as[i]))));
        }
        return sums;
    }

    private static int level(Sum sum) {
        return switch (sum) {
            case ROW -> 0;
            case SUBTOTAL -> 1;
            case TOTAL, UNNAMED -> 2;
            case GRAND_TOTAL -> 3;
        };
    }

    /**
     * The sum of the lines one level down (or further down when none) since the last line at this level or above, or
     * null when there is no amount below it; as: the level each line above was understood at.
     */
    private static Long expected(List<BudgetLine> lines, Sum[] as, int at, int level) {
        int table = lines.get(at).getTable();
        for (int below = level - 1; below >= 0; below--) {
            long sum = 0;
            boolean any = false;
            for (int j = at - 1; j >= 0 && lines.get(j).getTable() == table; j--) {
                int l = level(as[j]);
                if (l >= level) {
                    break;
                }
                if (l == below && lines.get(j).getAmount() != null) {
                    sum += lines.get(j).getAmount();
                    any = true;
                }
            }
            if (any) {
                return sum;
            }
        }
        return null;
    }
}
