package se.finsam.check.facts;

import se.finsam.check.model.BudgetLine;

/**
 * A sum line of a budget table as understood from the table's order: the level it sums at (a line whose name was
 * lost is taken as the level its amount fits) and what the lines below it add up to.
 */
public record SumLine(BudgetLine line, BudgetLine.Sum level, long expected) {

    public BudgetLine getLine() { return line; }
    public BudgetLine.Sum getLevel() { return level; }
    public long getExpected() { return expected; }

    /** The line's amount differs from what its lines add up to. */
    public boolean isWrong() {
        return line.getAmount() != null && line.getAmount() != expected;
    }
}
