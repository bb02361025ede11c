package se.finsam.check.model;

/** A return of granted money to the association (återföring), or a statement that none is returned. */
public class FundsReturn extends Located {

    private Long amount;
    private String statement;

    public Long getAmount() { return amount; }
    public void setAmount(Long amount) { this.amount = amount; }
    public String getStatement() { return statement; }
    public void setStatement(String statement) { this.statement = statement; }
}
