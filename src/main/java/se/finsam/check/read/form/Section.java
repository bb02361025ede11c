package se.finsam.check.read.form;

import java.util.List;
import java.util.stream.Collectors;

/** One part of a form: its heading's key and line, the text after the heading on that line, and the lines below. */
record Section(String key, int line, String rest, List<FormLine> body) {

    /** The answer as text: the inline part and every line below, one per line. */
    String text() {
        String below = body.stream().map(FormLine::text).collect(Collectors.joining("\n"));
        return (rest + "\n" + below).strip();
    }

    /** Where the answer starts: its first line of text, else the heading. */
    int answerLine() {
        if (!rest.isBlank() || body.isEmpty()) {
            return line;
        }
        return body.get(0).line();
    }
}
