package se.finsam.check.web;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The wire format of {@code POST /api/run}, shared by the client (cli's warm path) and the server. Plain java.io
 * only: the client loads this class before anything else of the program, so it must pull in nothing more.
 * <p>
 * Request body: the build, the working folder, the environment that a check reads ({@link #ENVIRONMENT}), whether
 * stderr is a terminal, then the arguments. Response body (status 200): frames of stream id, length and bytes for
 * stdout and stderr in the order written, ended by a frame {@link #EXIT} holding the exit status. Any other status
 * means the server did not run the check: the client runs it cold.
 */
public final class RunWire {

    /** The path of the route. */
    public static final String PATH = "/api/run";
    /** The status with which the server declines: not its folder, not its build, or a request it cannot read. */
    public static final int DECLINED = 409;
    public static final int OUT = 1;
    public static final int ERR = 2;
    public static final int EXIT = 0;
    /**
     * The environment a check reads, beside its arguments and folder: where OCR finds tesseract (PATH), which day it
     * is today (TZ), how file names are decoded (the locale). A server started with other values declines.
     */
    static final List<String> ENVIRONMENT = List.of("PATH", "TZ", "LANG", "LC_ALL", "LC_CTYPE");
    /** More than any command line holds: a body beyond it is not read. */
    static final int MAX_REQUEST = 1 << 20;

    /** What the client asks the server to run, and where and how it would have run it. */
    public record Request(String build, String folder, List<String> environment, boolean tty, List<String> args) {
    }

    private RunWire() {
    }

    /**
     * The build of this program: its jar (or class folder), size and time, and the Java that runs it. A server from
     * another build – or rebuilt since it started – may know other rules and editions, and declines.
     */
    public static String build() {
        String where = RunWire.class.getProtectionDomain().getCodeSource().getLocation().getPath();
        File code = new File(where);
        // a StringBuilder, not +: string concatenation starts java.lang.invoke, a good part of the client's start
        return new StringBuilder(where).append(' ').append(code.length()).append(' ').append(code.lastModified())
                .append(' ').append(System.getProperty("java.version")).toString();
    }

    /** This process's values of {@link #ENVIRONMENT}, "" for one not set. */
    public static List<String> environment() {
        List<String> values = new ArrayList<>();
        for (String name : ENVIRONMENT) {
            String value = System.getenv(name);
            values.add(value == null ? "" : value);
        }
        return values;
    }

    public static void write(Request request, DataOutputStream out) throws IOException {
        string(out, request.build());
        string(out, request.folder());
        strings(out, request.environment());
        out.writeBoolean(request.tty());
        strings(out, request.args());
    }

    static Request read(DataInputStream in) throws IOException {
        return new Request(string(in), string(in), strings(in), in.readBoolean(), strings(in));
    }

    private static void strings(DataOutputStream out, List<String> values) throws IOException {
        out.writeInt(values.size());
        for (String v : values) {
            string(out, v);
        }
    }

    private static List<String> strings(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > MAX_REQUEST) {
            throw new IOException("bad count " + n);
        }
        List<String> values = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            values.add(string(in));
        }
        return values;
    }

    private static void string(DataOutputStream out, String value) throws IOException {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String string(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > MAX_REQUEST) {
            throw new IOException("bad length " + n);
        }
        byte[] bytes = new byte[n];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
