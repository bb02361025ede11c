package se.finsam.check.output;

/** A format that writes each document as it arrives, so that a run over an archive keeps none of them. */
public interface StreamingFormat extends OutputFormat {
}
