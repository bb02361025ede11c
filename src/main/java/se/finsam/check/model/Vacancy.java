package se.finsam.check.model;

/** What a report tells of a post that stayed empty. */
public class Vacancy extends Located {

    private int index;
    private String role;
    private Double percent;
    private String statement;

    public int getIndex() { return index; }
    public void setIndex(int index) { this.index = index; }
    public String getRole() { return role; }
    public void setRole(String role) { this.role = role; }
    public Double getPercent() { return percent; }
    public void setPercent(Double percent) { this.percent = percent; }
    public String getStatement() { return statement; }
    public void setStatement(String statement) { this.statement = statement; }

    /** What to quote: the sentence, else the role. */
    public String getEvidence() {
        return statement != null ? statement : role;
    }
}
