package se.finsam.check.cli;

import java.util.LinkedHashMap;
import java.util.Map;

/** The exit statuses of finsam-check, stable for CI pipelines. */
public enum ExitCode {
    /** No finding reaches the failing severity. */
    OK(0),
    /** At least one finding reaches the failing severity. */
    FINDINGS(1),
    /** A usage error, or an input that could not be read at all (the other inputs are still checked). */
    ERROR(2);

    private final int status;

    ExitCode(int status) {
        this.status = status;
    }

    public int status() {
        return status;
    }

    /** The exit statuses with what each means to a command, for its help. */
    static Map<String, String> describe(String ok, String findings, String error) {
        Map<String, String> list = new LinkedHashMap<>();
        list.put(OK.status + "", ok);
        list.put(FINDINGS.status + "", findings);
        list.put(ERROR.status + "", error);
        return list;
    }
}
