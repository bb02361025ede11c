package se.finsam.check.web;

import java.io.IOException;
import java.net.BindException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import se.finsam.check.Checker;
import se.finsam.check.edition.Editions;
import se.finsam.check.engine.RuleBase;
import se.finsam.check.output.Office;
import se.finsam.check.engine.RuleInfo;
import se.finsam.check.read.form.FormLoader;

/**
 * The web desk and its API on an embedded Jetty: one checker for the server's life (rules and editions loaded once),
 * a random token that every request must carry, the uploaded files in a private temporary folder that is deleted
 * when the server stops (also on Ctrl+C).
 */
public final class DeskServer implements AutoCloseable {

    /** The port tried when none is given; when it is taken, a free one is used instead. */
    public static final int DEFAULT_PORT = 8080;
    /** Threads that take requests: enough for a room of users and the API's clients, bounded for two cores. */
    private static final int THREADS = 32;

    private final Server server;
    private final Path root;
    private final Desks desks;
    private final String url;
    private final int port;
    private final Thread onExit = new Thread(this::close, "finsam-web-stop");

    private DeskServer(Server server, Path root, Desks desks, String url, int port) {
        this.server = server;
        this.root = root;
        this.desks = desks;
        this.url = url;
        this.port = port;
    }

    /**
     * Starts the server on bind:port; port null takes {@link #DEFAULT_PORT} or, when that is taken, a free one; 0 a
     * free one. Fails with a BindException when the port given is taken.
     */
    public static DeskServer start(RuleBase rules, Editions editions, InetAddress bind, Integer port, Limits limits)
            throws IOException {
        return start(rules, editions, bind, port, limits, Office.DEFAULT, null);
    }

    /**
     * The same, with kansliet's details in the desk's letters, and runs handed over by the command-line tool
     * ({@code POST /api/run}) going to runner.
     */
    public static DeskServer start(RuleBase rules, Editions editions, InetAddress bind, Integer port, Limits limits,
                                   Office office, Runner runner) throws IOException {
        Path root = Folders.create(null, "finsam-serve-");
        Checker checker = new Checker(rules, editions, limits.bytesPerFile());
        FormLoader forms = new FormLoader(editions);
        List<RuleInfo> catalogue = rules.catalogue();
        Desks desks = new Desks(root, limits.desks());
        String token = token();
        try {
            Server server;
            try {
                server = listen(bind, port == null ? DEFAULT_PORT : port);
            } catch (BindException e) {
                if (port != null) {
                    throw e;
                }
                server = listen(bind, 0);
            }
            int actual = ((ServerConnector) server.getConnectors()[0]).getLocalPort();
            Handler routes = new Routes(new ApiHandler(checker, catalogue, root, limits),
                    new DeskHandler(checker, forms, catalogue, desks, limits, office, actual), new RunHandler(runner));
            server.setHandler(new AccessGuard(token, bind, actual, routes));
            server.start();
            DeskServer started = new DeskServer(server, root, desks, address(bind, actual) + "/?token=" + token, actual);
            Runtime.getRuntime().addShutdownHook(started.onExit);
            return started;
        } catch (IOException e) {
            Folders.delete(root);
            throw e;
        } catch (Exception e) {
            Folders.delete(root);
            throw new IOException(e.getMessage(), e);
        }
    }

    /** A server whose connector is open (bound) but not yet started, so that the port is known before the handler. */
    private static Server listen(InetAddress bind, int port) throws IOException {
        QueuedThreadPool threads = new QueuedThreadPool(THREADS, 2);
        threads.setName("finsam-web");
        threads.setDaemon(true);
        Server server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost(bind.getHostAddress());
        connector.setPort(port);
        connector.setIdleTimeout(30_000);
        server.addConnector(connector);
        ErrorHandler errors = new ErrorHandler();
        errors.setShowStacks(false);
        errors.setShowMessageInTitle(false);
        server.setErrorHandler(errors);
        try {
            connector.open();
        } catch (IOException e) {
            // Jetty wraps the JVM's BindException; start() must tell a taken port from other failures
            if (e instanceof BindException || e.getCause() instanceof BindException) {
                BindException taken = new BindException(e.getMessage());
                taken.initCause(e);
                throw taken;
            }
            throw e;
        }
        return server;
    }

    private static String token() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** http://ADDR:PORT as a browser writes it (an IPv6 address in brackets). */
    static String address(InetAddress bind, int port) {
        String host = bind instanceof Inet6Address ? "[" + bind.getHostAddress() + "]" : bind.getHostAddress();
        return "http://" + host + ":" + port;
    }

    /** The address with the token: the first line serve prints. */
    public String url() {
        return url;
    }

    public int port() {
        return port;
    }

    /** The private folder that holds every uploaded file while it is needed. */
    Path folder() {
        return root;
    }

    /** Waits until the server stops. */
    public void join() throws InterruptedException {
        server.join();
    }

    /** Stops the server and deletes every uploaded file. */
    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            // stopping is best effort; the files are deleted all the same
        }
        desks.clearAll();
        Folders.delete(root);
        try {
            Runtime.getRuntime().removeShutdownHook(onExit);
        } catch (IllegalStateException e) {
            // the JVM is stopping: this is the hook
        }
    }
}
