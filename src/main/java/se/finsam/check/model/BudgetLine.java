package se.finsam.check.model;

/**
 * One line of a budget table as written: its name, its amount and what kind of line its name says it is (what the
 * lines above a sum add up to is facts.SumLine).
 */
public class BudgetLine extends Located {

    /** What a line is in its table; UNNAMED: amounts whose name the export lost. */
    public enum Sum { ROW, SUBTOTAL, TOTAL, GRAND_TOTAL, UNNAMED }

    private int table;
    private String tableTitle;
    private String text;
    private Long amount;
    private Sum sum = Sum.ROW;

    public int getTable() { return table; }
    public void setTable(int table) { this.table = table; }
    public String getTableTitle() { return tableTitle; }
    public void setTableTitle(String tableTitle) { this.tableTitle = tableTitle; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public Long getAmount() { return amount; }
    public void setAmount(Long amount) { this.amount = amount; }
    public Sum getSum() { return sum; }
    public void setSum(Sum sum) { this.sum = sum; }

    /** The line's name for quoting; a nameless sum is named by its table. */
    public String getEvidence() {
        return text != null && !text.isBlank() ? text : tableTitle;
    }
}
