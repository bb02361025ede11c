package se.finsam.check.facts;

import se.finsam.check.model.BudgetLine;

/**
 * A sum line of a budget table as understood from the table's order: the level it sums at (a line whose name was
 * lost is taken as the level its amount fits) and what the lines below it add up to (null: no amount below it).
 */
public record SumLine(BudgetLine line, BudgetLine.Sum level, Long expected) {

    public BudgetLine getLine() { return line; }
    public BudgetLine.Sum getLevel() { return level; }
    public Long getExpected() { return expected; }

    /** The line's amount differs from what its lines add up to. */
    public boolean isWrong() {
        return line.getAmount() != null && expected != null && !line.getAmount().equals(expected);
    }
}
