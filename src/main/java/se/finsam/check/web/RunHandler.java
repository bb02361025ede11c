package se.finsam.check.web;

import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.List;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * {@code POST /api/run}: a check handed over by the command-line tool (the warm path), run here with the rules
 * already built and its output streamed back as {@link RunWire} frames. Only a run that gives exactly what the
 * client would have given cold is taken: one from this computer and this server's folder – relative paths, the names shown and the
 * waiver paths all resolve against the process's folder – of this build and with this environment. Any other is
 * declined ({@link RunWire#DECLINED}), and the client runs it cold.
 */
final class RunHandler {

    private final Runner runner;
    private final String build;
    private final String folder;
    private final List<String> environment;

    /** runner: null on a server that takes no runs (it declines them all). */
    RunHandler(Runner runner) {
        this.runner = runner;
        this.build = RunWire.build();
        this.folder = System.getProperty("user.dir");
        this.environment = RunWire.environment();
        if (runner != null) {
            RunStderr.install();
        }
    }

    void run(Request request, Response response, Callback callback) throws IOException {
        if (!HttpMethod.POST.is(request.getMethod())) {
            response.getHeaders().put("Allow", "POST");
            decline(response, callback, 405, "POST only");
            return;
        }
        RunWire.Request asked = read(request);
        String why = asked == null ? "a request that cannot be read"
                : runner == null ? "no runs on this server"
                : !fromThisComputer(request.getConnectionMetaData().getRemoteSocketAddress(),
                        request.getConnectionMetaData().getLocalSocketAddress()) ? "not from this computer"
                : asked.args().isEmpty() || !asked.args().get(0).equals("check") ? "only check is handed over"
                : !asked.build().equals(build) ? "another build"
                : !asked.folder().equals(folder) ? "another folder"
                : !asked.environment().equals(environment) ? "another environment" : null;
        if (why != null) {
            decline(response, callback, RunWire.DECLINED, why);
            return;
        }
        // a check may write nothing for minutes (its report to a file), and its reader may pause (a pager):
        // the connection stays open as the process's own stdout would; a client that is gone closes it
        request.getConnectionMetaData().getConnection().getEndPoint().setIdleTimeout(0);
        response.setStatus(200);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/octet-stream");
        Frames frames = new Frames(Content.Sink.asOutputStream(response));
        OutputStream err = frames.stream(RunWire.ERR);
        int status = RunStderr.during(err, () -> runner.run(asked.args(), frames.stream(RunWire.OUT), err, asked.tty()));
        if (frames.end(status)) {
            callback.succeeded();
        } else {
            callback.failed(new IOException("the client left before the end of the run"));
        }
    }

    /**
     * A run is taken only from this computer: it reads and writes files where the server's user may, which the
     * desk's uploads never do, and a desk served to the office network (--bind) must not let the office do that.
     * A client of this computer connects from the loopback address or from the address it connects to.
     */
    static boolean fromThisComputer(SocketAddress remote, SocketAddress local) {
        if (!(remote instanceof InetSocketAddress from) || from.getAddress() == null) {
            return false;
        }
        return from.getAddress().isLoopbackAddress()
                || local instanceof InetSocketAddress to && from.getAddress().equals(to.getAddress());
    }

    /** The request's body; null when it cannot be read. */
    private static RunWire.Request read(Request request) {
        if (request.getLength() > RunWire.MAX_REQUEST) {
            return null;
        }
        try (InputStream body = Content.Source.asInputStream(request)) {
            return RunWire.read(new DataInputStream(body));
        } catch (IOException e) {
            return null;
        }
    }

    private static void decline(Response response, Callback callback, int status, String why) {
        Responses.send(response, callback, status, "text/plain; charset=utf-8", why + "\n");
    }

    /**
     * The run's stdout and stderr as frames on the one response, in the order written. When the client is gone
     * (killed, or its pipe closed) nothing more is sent, and the run stops at its next write to stdout (a run that
     * writes its report to a file finishes it, as it would with its terminal closed).
     */
    private static final class Frames {

        private final DataOutputStream sink;
        private boolean broken;

        Frames(OutputStream response) {
            this.sink = new DataOutputStream(new BufferedOutputStream(response, 1 << 16));
        }

        OutputStream stream(int id) {
            return new OutputStream() {
                @Override
                public void write(int b) {
                    write(new byte[] {(byte) b}, 0, 1);
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    frame(id, b, off, len);
                }

                @Override
                public void flush() {
                    Frames.this.flush();
                }
            };
        }

        /**
         * Once the client is gone, a write to stdout throws – an UncheckedIOException, which the run takes as a
         * closed stdout: it stops, and a report it was writing to a file is removed – and one to stderr is dropped.
         */
        synchronized void frame(int id, byte[] b, int off, int len) {
            if (len == 0) {
                return;
            }
            if (!broken) {
                try {
                    sink.writeByte(id);
                    sink.writeInt(len);
                    sink.write(b, off, len);
                } catch (IOException e) {
                    broken = true;
                }
            }
            if (broken && id == RunWire.OUT) {
                throw new UncheckedIOException(new IOException("the client left"));
            }
        }

        synchronized void flush() {
            if (!broken) {
                try {
                    sink.flush();
                } catch (IOException e) {
                    broken = true;
                }
            }
        }

        /** The exit frame, and the end of the response; false when the client was gone before it. */
        synchronized boolean end(int status) {
            try {
                if (!broken) {
                    sink.writeByte(RunWire.EXIT);
                    sink.writeInt(status);
                }
                sink.close();
            } catch (IOException e) {
                broken = true;
            }
            return !broken;
        }
    }
}
