package se.finsam.check.web;

import java.util.regex.Pattern;
import se.finsam.check.output.Printable;

/**
 * The name a browser gives an uploaded file is only a label to show: its folders (a browser may send a whole Windows
 * path, a hostile client "../../x") are dropped, control characters and separators replaced, its length capped. No
 * label ever names a file on disk; the file gets a name of ours with, at most, the label's extension.
 */
final class Label {

    private static final int MAX_LENGTH = 120;
    private static final Pattern EXTENSION = Pattern.compile("\\.[A-Za-z0-9]{1,10}$");

    private Label() {
    }

    static String of(String fileName) {
        String name = fileName == null ? "" : fileName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = Printable.fileName(name);
        if (name.length() > MAX_LENGTH) { // keep the extension: it decides how the file is read
            String ext = extension(name);
            name = name.substring(0, MAX_LENGTH - ext.length()) + ext;
        }
        return name;
    }

    /** The label's extension (".docx") when it is one of letters and digits, else nothing. */
    static String extension(String label) {
        var m = EXTENSION.matcher(label);
        return m.find() ? m.group() : "";
    }
}
