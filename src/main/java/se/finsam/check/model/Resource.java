package se.finsam.check.model;

/**
 * One row of the resource table: a post (tjänst) or a cost row. Fields hold what the form says; post, percent
 * and extent shape are what the checker understood of it (filled in by the interpreter before the rules run).
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

    private boolean post;
    private boolean note;
    private ExtentShape extentShape = ExtentShape.NONE;
    private Reading percentReading;

    public int getIndex() { return index; }
    public void setIndex(int index) { this.index = index; }
    public String getResource() { return resource; }
    public void setResource(String resource) { this.resource = resource; }
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

    public boolean isPost() { return post; }
    public void setPost(boolean post) { this.post = post; }
    /** A row that only comments ("Ledning … ingår i …", "Argument för detta: …") and asks for no money. */
    public boolean isNote() { return note; }
    public void setNote(boolean note) { this.note = note; }
    public ExtentShape getExtentShape() { return extentShape; }
    public void setExtentShape(ExtentShape extentShape) { this.extentShape = extentShape; }

    /**
     * Unreadable when a form's row gives no extent the reader could read, yet speaks of one elsewhere in the row
     * ("%", "procent", "heltid"): the percentage may be there in a way it did not understand. Null otherwise.
     */
    public Reading getPercentReading() { return percentReading; }
    public void setPercentReading(Reading percentReading) { this.percentReading = percentReading; }

    /** True when a missing percentage may be a misreading of the row. */
    public boolean isPercentUnreadable() {
        return percentReading == Reading.UNREADABLE;
    }

    /** The extent as the form wrote it, for quoting: the extent cell, else the row's first cell. */
    public String getExtentEvidence() {
        return extent != null ? extent : resource;
    }
}
