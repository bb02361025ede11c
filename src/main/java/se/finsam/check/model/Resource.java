package se.finsam.check.model;

/**
 * One row of the resource table: a post (tjänst), a cost row or a note, as the form says it. What the checker
 * understands of it – whether it is a post, its extent – is a fact of its own ({@code facts.Post}, {@code NoteRow}).
 */
public class Resource extends Located {

    private int index;
    private String resource;
    private Double percent;
    private String extent;
    private Period period;
    private String resultGoal;
    private String effects;
    private Long cost;
    private String costAsWritten;
    private Boolean postAsWritten;

    public int getIndex() { return index; }
    public void setIndex(int index) { this.index = index; }
    public String getResource() { return resource; }
    public void setResource(String resource) { this.resource = resource; }
    /** The percent of full time as the file gives it (not as read from the row's words: see facts.Post). */
    public Double getPercent() { return percent; }
    public void setPercent(Double percent) { this.percent = percent; }
    public String getExtent() { return extent; }
    public void setExtent(String extent) { this.extent = extent; }
    public Period getPeriod() { return period; }
    public void setPeriod(Period period) { this.period = period; }
    public String getResultGoal() { return resultGoal; }
    public void setResultGoal(String resultGoal) { this.resultGoal = resultGoal; }
    public String getEffects() { return effects; }
    public void setEffects(String effects) { this.effects = effects; }
    public Long getCost() { return cost; }
    public void setCost(Long cost) { this.cost = cost; }
    public String getCostAsWritten() { return costAsWritten; }
    public void setCostAsWritten(String costAsWritten) { this.costAsWritten = costAsWritten; }
    public Boolean getPostAsWritten() { return postAsWritten; }
    public void setPostAsWritten(Boolean postAsWritten) { this.postAsWritten = postAsWritten; }

    /** The extent as the form wrote it, for quoting: the extent cell, else the row's first cell. */
    public String getExtentEvidence() {
        return extent != null ? extent : resource;
    }
}
