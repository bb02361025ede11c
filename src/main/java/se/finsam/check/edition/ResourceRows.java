package se.finsam.check.edition;

/** The words that tell a post from a cost row or a note in the resource table. */
public final class ResourceRows {

    private final Terms costRows;
    private final Terms notes;
    private final Terms posts;

    public ResourceRows(Terms costRows, Terms notes, Terms posts) {
        this.costRows = costRows;
        this.notes = notes;
        this.posts = posts;
    }

    public boolean isCostRow(String text) { return costRows.foundIn(text); }
    public boolean isNote(String text) { return notes.foundIn(text); }
    public boolean namesPost(String text) { return posts.foundIn(text); }
}
