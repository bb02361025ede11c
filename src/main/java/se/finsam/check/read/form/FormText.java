package se.finsam.check.read.form;

import java.util.List;

/** A whole form as paragraphs and table rows, whatever file it was read from. */
public record FormText(String source, List<FormLine> lines) {
}
