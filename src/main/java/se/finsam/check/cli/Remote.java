package se.finsam.check.cli;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import se.finsam.check.findings.Messages;
import se.finsam.check.web.RunWire;

/**
 * The warm path: a {@code check} handed to a running {@code serve} named by {@value #VARIABLE} (the address serve
 * printed first, token included), which runs it with its rules already built and streams back stdout, stderr and
 * the exit status – exactly what the check would have given cold. When none is named, none answers within a
 * second or it declines (another folder or build), the check runs cold in this process. A plain socket and
 * HTTP/1.0: java.net.http would load more classes than the run it saves.
 */
final class Remote {

    /** The environment variable that names the server. */
    static final String VARIABLE = "FINSAM_SERVER";
    /** Returned when the server did not run the check: run it cold. */
    static final int COLD = -1;
    /**
     * Set by the launcher, which runs the hand-over in a JVM of its own, started without the class-data archive of
     * a cold check: then a check the server did not take is not run cold here but ends with {@link #NOT_TAKEN}, and
     * the launcher runs it cold, archive and all.
     */
    static final String ONLY_PROPERTY = "finsam.warm.only";
    /** The exit status that tells the launcher the server did not take the check (EX_TEMPFAIL of sysexits.h). */
    static final int NOT_TAKEN = 75;
    private static final int CONNECT_MILLIS = 1_000;
    /** Until the server says whether it takes the run; then the run takes as long as it takes. */
    private static final int ANSWER_MILLIS = 30_000;

    private Remote() {
    }

    /** The exit status of the check as the server ran it, or {@link #COLD}. */
    static int run(String[] args) {
        String server = System.getenv(VARIABLE);
        if (server == null || args.length == 0 || !args[0].equals("check")) {
            return COLD;
        }
        RunWire.Request request = new RunWire.Request(RunWire.build(), System.getProperty("user.dir"),
                RunWire.environment(), Boolean.getBoolean(Progress.TTY_PROPERTY), Arrays.asList(args));
        int status = run(server, request, new FileOutputStream(FileDescriptor.out), new FileOutputStream(FileDescriptor.err));
        return status == COLD && Boolean.getBoolean(ONLY_PROPERTY) ? NOT_TAKEN : status;
    }

    /** The request sent to server (an address as serve prints it), its output copied to out and err. */
    static int run(String server, RunWire.Request request, OutputStream out, OutputStream err) {
        Address address = Address.parse(server);
        if (address == null) {
            return COLD;
        }
        Socket socket = new Socket();
        InputStream in;
        try {
            socket.connect(new InetSocketAddress(address.host(), address.port()), CONNECT_MILLIS);
            socket.setSoTimeout(ANSWER_MILLIS);
            socket.getOutputStream().write(post(address, request));
            in = new BufferedInputStream(socket.getInputStream(), 1 << 16);
            if (!accepted(in)) {
                socket.close();
                return COLD;
            }
            socket.setSoTimeout(0);
        } catch (IOException e) {
            close(socket);
            return COLD;
        }
        // the server runs the check from here on: it may have written files, so it is never run again cold
        try (socket) {
            return copy(new DataInputStream(in), out, err, request.args());
        } catch (IOException e) {
            write(err, "finsam-check: " + messages(request.args()).get("remote.stopped", "http://" + address.authority())
                    + "\n");
            return ExitCode.ERROR.status();
        }
    }

    private static byte[] post(Address address, RunWire.Request request) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        RunWire.write(request, new DataOutputStream(body));
        // a StringBuilder, not +: string concatenation starts java.lang.invoke, a good part of a fast start
        String head = new StringBuilder("POST ").append(RunWire.PATH).append(" HTTP/1.0\r\nHost: ")
                .append(address.authority()).append("\r\nAuthorization: Bearer ").append(address.token())
                .append("\r\nContent-Type: application/octet-stream\r\nContent-Length: ").append(body.size())
                .append("\r\n\r\n").toString();
        ByteArrayOutputStream all = new ByteArrayOutputStream(head.length() + body.size());
        all.write(head.getBytes(StandardCharsets.ISO_8859_1));
        body.writeTo(all);
        return all.toByteArray();
    }

    /** Reads the status line and headers: true when the status is 200, the server's run's frames follow. */
    private static boolean accepted(InputStream in) throws IOException {
        String status = line(in);
        boolean ok = status.startsWith("HTTP/1.") && status.length() >= 12 && status.startsWith(" 200", 8);
        while (!line(in).isEmpty()) {
            // headers: nothing in them is needed
        }
        return ok;
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new IOException("end of the answer in its headers");
            }
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }

    /**
     * Each frame to its stream as it comes, until the exit status. When stdout cannot be written (a closed pipe)
     * the rest of it is dropped and the run ends as a cold one does: told on stderr, exit status 2.
     */
    private static int copy(DataInputStream in, OutputStream out, OutputStream err, List<String> args)
            throws IOException {
        byte[] buffer = new byte[1 << 16];
        boolean outFailed = false;
        while (true) {
            int stream = in.readUnsignedByte();
            int length = in.readInt();
            if (stream == RunWire.EXIT) {
                if (outFailed) {
                    write(err, "finsam-check: " + messages(args).get("output.stdoutFailed") + "\n");
                    return ExitCode.ERROR.status();
                }
                return length;
            }
            if (length < 0 || (stream != RunWire.OUT && stream != RunWire.ERR)) {
                throw new IOException("not a frame");
            }
            byte[] bytes = length <= buffer.length ? buffer : new byte[length];
            in.readFully(bytes, 0, length);
            if (stream == RunWire.ERR) {
                write(err, bytes, length);
            } else if (!outFailed) {
                try {
                    out.write(bytes, 0, length);
                } catch (IOException e) {
                    outFailed = true;
                }
            }
        }
    }

    private static void write(OutputStream err, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        write(err, bytes, bytes.length);
    }

    private static void write(OutputStream err, byte[] bytes, int length) {
        try {
            err.write(bytes, 0, length);
        } catch (IOException e) {
            // stderr is gone as well: nothing is left to tell
        }
    }

    /** The messages in the language of the command line (--lang), for the client's own few lines. */
    private static Messages messages(List<String> args) {
        String lang = "sv";
        for (int i = 1; i < args.size(); i++) {
            if (args.get(i).equals("--lang") && i + 1 < args.size()) {
                lang = args.get(i + 1);
            } else if (args.get(i).startsWith("--lang=")) {
                lang = args.get(i).substring(7);
            }
        }
        return Messages.forLanguage(lang.equals("en") ? "en" : "sv");
    }

    private static void close(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // closing a socket that never connected
        }
    }

    /** The parts of http://HOST:PORT/?token=TOKEN; null for anything else. */
    record Address(String host, int port, String authority, String token) {

        static Address parse(String url) {
            String prefix = "http://";
            int slash = url.indexOf('/', prefix.length());
            int mark = url.indexOf("token=");
            if (!url.startsWith(prefix) || slash < 0 || mark < 0) {
                return null;
            }
            String authority = url.substring(prefix.length(), slash);
            int colon = authority.lastIndexOf(':');
            if (colon < 0 || colon < authority.lastIndexOf(']')) {
                return null;
            }
            int amp = url.indexOf('&', mark);
            String token = url.substring(mark + 6, amp < 0 ? url.length() : amp);
            String host = authority.substring(0, colon);
            if (host.startsWith("[") && host.endsWith("]")) {
                host = host.substring(1, host.length() - 1);
            }
            try {
                int port = Integer.parseInt(authority.substring(colon + 1));
                return port > 0 && port <= 65535 && !token.isEmpty() ? new Address(host, port, authority, token) : null;
            } catch (NumberFormatException e) {
                return null;
            }
        }
    }
}
