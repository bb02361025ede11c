package se.finsam.check.read.form;

import java.util.List;
import java.util.Map;
import se.finsam.check.model.Place;
import se.finsam.check.model.UnreadPage;

/**
 * A whole form as paragraphs and table rows, whatever file it was read from; for a Word or PDF file also where each
 * line stands in the original (by {@link FormLine#line()}); a text export has no places: its line is the place.
 * {@code context}: lines around the form that are not its content – a Word file's page headers and footers – which
 * may tell its kind, title, edition and deadline but are never read as answers. {@code unread}: the pages of a
 * scan that were not read – blank, or not readable with confidence – so that the check can name them.
 */
public record FormText(String source, List<FormLine> lines, Map<Integer, Place> places, List<FormLine> context,
                       List<UnreadPage> unread) {

    public FormText(String source, List<FormLine> lines, Map<Integer, Place> places, List<FormLine> context) {
        this(source, lines, places, context, List.of());
    }

    public FormText(String source, List<FormLine> lines, Map<Integer, Place> places) {
        this(source, lines, places, List.of());
    }

    public FormText(String source, List<FormLine> lines) {
        this(source, lines, Map.of());
    }
}
