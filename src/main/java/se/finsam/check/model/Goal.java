package se.finsam.check.model;

/** A goal of a report with its reported outcome. */
public class Goal extends Located {

    private int index;
    private String goal;
    private String outcome;
    private Boolean met;
    private String reason;

    public int getIndex() { return index; }
    public void setIndex(int index) { this.index = index; }
    public String getGoal() { return goal; }
    public void setGoal(String goal) { this.goal = goal; }
    public String getOutcome() { return outcome; }
    public void setOutcome(String outcome) { this.outcome = outcome; }
    public Boolean getMet() { return met; }
    public void setMet(Boolean met) { this.met = met; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
