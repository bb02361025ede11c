package se.finsam.check.cli;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The exit statuses of finsam-check, stable for CI pipelines; listed in every command's --help and in the README.
 * When several apply, the one listed last wins: a run that could not check everything never passes for one
 * that found something, and neither passes for a clean run.
 */
public enum ExitCode {
    OK(0, "no finding reaches the --fail-on severity"),
    FINDINGS(1, "a finding reaches the --fail-on severity"),
    ERROR(2, "usage error; an input that was not read (a type not read, not a regular file, unreadable); no document "
            + "checked; an output that could not be written"),
    NOT_CHECKED(3, "a document was read but could not be checked: a fault of the program, told as that document's result "
            + "(the other documents are still checked; please report it)");

    private final int status;
    private final String meaning;

    ExitCode(int status, String meaning) {
        this.status = status;
        this.meaning = meaning;
    }

    public int status() {
        return status;
    }

    /** The worse of two statuses: the one listed later. */
    ExitCode and(ExitCode other) {
        return other.ordinal() > ordinal() ? other : this;
    }

    /** Every status with its meaning, for the help of a command. */
    static Map<String, String> describe() {
        Map<String, String> list = new LinkedHashMap<>();
        for (ExitCode c : values()) {
            list.put(String.valueOf(c.status), c.meaning);
        }
        return list;
    }
}
