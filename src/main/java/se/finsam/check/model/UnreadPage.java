package se.finsam.check.model;

/**
 * A page of a form that was not read: a blank sheet (no ink to speak of), or a scanned page that OCR could not read
 * with confidence. Page counted from 1. What such a page says is not in the document, so nothing it lacks may be
 * held against the group (see {@code findings.UnreadPages}).
 */
public record UnreadPage(int page, boolean blank) {
}
