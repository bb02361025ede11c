package se.finsam.check.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.finsam.check.CliTest;
import se.finsam.check.TestEngine;
import se.finsam.check.edition.Editions;
import se.finsam.check.web.DeskServer;
import se.finsam.check.web.Limits;
import se.finsam.check.web.RunWire;

/**
 * The warm path: a check handed to a desk server in this JVM gives, byte for byte, the stdout, stderr and exit
 * status of the same check run cold; one the server does not take is left to run cold, with nothing written.
 */
class RemoteTest {

    private static final String PLAN = "testdata/samples/plan-2017-heby.yaml"; // relative: to the project folder
    private static final AtomicInteger RUNS = new AtomicInteger();
    /** The exit status of each run the server finished, in turn. */
    private static final List<Integer> FINISHED = new java.util.concurrent.CopyOnWriteArrayList<>();
    private static DeskServer server;
    private static Preload preload;

    @TempDir
    static Path dir;

    record Run(int status, byte[] out, byte[] err) {
        String text() {
            return new String(out, StandardCharsets.UTF_8) + new String(err, StandardCharsets.UTF_8);
        }
    }

    @BeforeAll
    static void start() throws Exception {
        preload = new Preload(new String[] {"check"});
        server = DeskServer.start(TestEngine.rules(), Editions.builtIn(), InetAddress.getLoopbackAddress(), 0,
                Limits.defaults(1 << 20), se.finsam.check.output.Office.DEFAULT, (args, out, err, tty) -> {
                    RUNS.incrementAndGet();
                    int status = Main.run(args.toArray(String[]::new), Main.utf8(out), Main.utf8(err), preload, tty);
                    FINISHED.add(status);
                    return status;
                });
        Files.writeString(dir.resolve("clean.yaml"), CliTest.CLEAN_PLAN);
        Files.writeString(dir.resolve("late.yaml"), CliTest.CLEAN_PLAN.replace("received: 2016-09-01", "received: 2016-09-02"));
        Files.writeString(dir.resolve("broken.yaml"), "kind: plan\nanswers: [\n");
        Files.writeString(dir.resolve("scan.pdf"), "%PDF-1.4 not a PDF");
        Path many = Files.createDirectories(dir.resolve("many"));
        for (int i = 0; i < 60; i++) {
            Files.writeString(many.resolve("p" + i + ".yaml"), CliTest.CLEAN_PLAN.replace("Testby", "Testby " + i));
        }
        // more report than the sockets' buffers hold: its writer cannot have finished before a client leaves
        Path lines = Files.createDirectories(dir.resolve("archive")).resolve("plans.jsonl");
        String plan = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(
                new com.fasterxml.jackson.databind.ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory())
                        .readTree(CliTest.CLEAN_PLAN.replace("received: 2016-09-01", "received: 2016-09-02")));
        Files.writeString(lines, (plan + "\n").repeat(3000));
        Files.writeString(dir.resolve("one.jsonl"), plan + "\n");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static RunWire.Request request(String... args) {
        return new RunWire.Request(RunWire.build(), System.getProperty("user.dir"), RunWire.environment(), false,
                List.of(args));
    }

    /** Handed to server; status Remote.COLD when it did not take it. */
    private static Run warm(String server, RunWire.Request request) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Remote.run(server, request, out, err);
        return new Run(status, out.toByteArray(), err.toByteArray());
    }

    private static Run warm(String... args) {
        return warm(server.url(), request(args));
    }

    private static Run cold(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(args, Main.utf8(out), Main.utf8(err));
        return new Run(status, out.toByteArray(), err.toByteArray());
    }

    private static void assertSame(Run cold, Run warm) {
        assertEquals(cold.status(), warm.status(), warm.text());
        assertEquals(new String(cold.out(), StandardCharsets.UTF_8), new String(warm.out(), StandardCharsets.UTF_8));
        assertEquals(new String(cold.err(), StandardCharsets.UTF_8), new String(warm.err(), StandardCharsets.UTF_8));
        assertArrayEquals(cold.out(), warm.out());
        assertArrayEquals(cold.err(), warm.err());
    }

    /** The server ran it, and gave what a cold run gives; the cold run's status is expected. */
    private static void assertWarmAsCold(int expected, String... args) {
        int before = RUNS.get();
        Run warm = warm(args);
        assertEquals(before + 1, RUNS.get(), "the server ran " + List.of(args));
        Run cold = cold(args);
        assertEquals(expected, cold.status(), cold.text());
        assertSame(cold, warm);
    }

    private static String at(String name) {
        return dir.resolve(name).toString();
    }

    @Test
    void findingsCleanAndUsageErrorsAsCold() {
        assertWarmAsCold(1, "check", PLAN);
        assertWarmAsCold(0, "check", at("clean.yaml"));
        assertWarmAsCold(2, "check", "--format", "nosuch", PLAN);
        assertWarmAsCold(2, "check", "--no-such-option", PLAN);
        assertWarmAsCold(0, "check", "--help");
    }

    @Test
    void unreadableInputsAsCold() {
        assertWarmAsCold(2, "check", at("broken.yaml"), at("scan.pdf"), at("absent.yaml"), at("clean.yaml"));
    }

    @Test
    void everyMachineFormatAndLanguageOfAFolderAsCold() {
        for (String format : List.of("json", "sarif", "github", "junit", "html")) {
            assertWarmAsCold(2, "check", "--format", format, dir.toString()); // 2: broken.yaml and scan.pdf
        }
        assertWarmAsCold(1, "check", "--lang", "en", at("late.yaml"), PLAN);
        assertWarmAsCold(1, "check", "testdata/samples");
    }

    @Test
    void aReportWrittenToAFileIsTheSame() throws Exception {
        Path file = dir.resolve("report.sarif");
        Run warm = warm("check", "--format", "sarif", "-o", file.toString(), at("late.yaml"));
        assertEquals(1, warm.status(), warm.text());
        byte[] written = Files.readAllBytes(file);
        Files.delete(file);
        Run cold = cold("check", "--format", "sarif", "-o", file.toString(), at("late.yaml"));
        assertSame(cold, warm);
        assertArrayEquals(Files.readAllBytes(file), written);
        assertTrue(new String(written, StandardCharsets.UTF_8).contains("\"ruleId\""));
        // and the file is not replaced without --force, told as cold tells it
        assertWarmAsCold(2, "check", "--format", "sarif", "-o", file.toString(), at("late.yaml"));
    }

    @Test
    void progressFollowsTheClientsTerminal() {
        String folder = dir.resolve("many").toString();
        Run quiet = warm(server.url(), request("check", folder));
        Run shown = warm(server.url(), new RunWire.Request(RunWire.build(), System.getProperty("user.dir"),
                RunWire.environment(), true, List.of("check", folder)));
        assertEquals(0, shown.status(), shown.text());
        assertArrayEquals(quiet.out(), shown.out());
        assertFalse(new String(quiet.err(), StandardCharsets.UTF_8).contains("\r"));
        assertTrue(new String(shown.err(), StandardCharsets.UTF_8).contains("60/60"), shown.text());
    }

    @Test
    void whatTheServerDoesNotTakeIsLeftToRunColdWithNothingWritten() throws Exception {
        int before = RUNS.get();
        String base = server.url();
        String elsewhere = dir.toString();
        assertNotTaken(warm(base, new RunWire.Request(RunWire.build(), elsewhere, RunWire.environment(), false,
                List.of("check", PLAN))));
        assertNotTaken(warm(base, new RunWire.Request(RunWire.build() + "-other", System.getProperty("user.dir"),
                RunWire.environment(), false, List.of("check", PLAN))));
        List<String> environment = new ArrayList<>(RunWire.environment());
        environment.set(0, environment.get(0) + ":/elsewhere/bin");
        assertNotTaken(warm(base, new RunWire.Request(RunWire.build(), System.getProperty("user.dir"), environment,
                false, List.of("check", PLAN))));
        assertNotTaken(warm(base, request("serve", "--port", "0")));
        assertNotTaken(warm(base.substring(0, base.indexOf("token=") + 6) + "wrong", request("check", PLAN)));
        assertNotTaken(warm(base.replace("http://127.0.0.1:", "http://127.0.0.1:1"), request("check", PLAN)));
        assertNotTaken(warm("127.0.0.1:8080", request("check", PLAN)));
        assertEquals(before, RUNS.get(), "none of them ran");
        int closed;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = s.getLocalPort();
        }
        assertNotTaken(warm("http://127.0.0.1:" + closed + "/?token=x", request("check", PLAN)));
    }

    private static void assertNotTaken(Run run) {
        assertEquals(Remote.COLD, run.status(), run.text());
        assertEquals(0, run.out().length + run.err().length, run.text());
    }

    @Test
    void twoChecksAtOnce() throws Exception {
        String[] a = {"check", "--format", "json", dir.resolve("many").toString()};
        String[] b = {"check", "--lang", "en", PLAN, at("broken.yaml")};
        CompletableFuture<Run> first = CompletableFuture.supplyAsync(() -> warm(a));
        CompletableFuture<Run> second = CompletableFuture.supplyAsync(() -> warm(b));
        assertSame(cold(a), first.get(120, TimeUnit.SECONDS));
        assertSame(cold(b), second.get(120, TimeUnit.SECONDS));
    }

    @Test
    void aClientThatLeavesMidStreamDoesNotBreakTheServer() throws Exception {
        assertEquals(1, cold("check", at("one.jsonl")).status(), "a whole run would find the late plan: exit 1");
        int port = server.port();
        String token = server.url().substring(server.url().indexOf("token=") + 6);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        RunWire.write(request("check", "--format", "json", dir.resolve("archive").toString()), new DataOutputStream(body));
        int before = RUNS.get();
        int finished = FINISHED.size();
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/run HTTP/1.0\r\nHost: 127.0.0.1:" + port + "\r\nAuthorization: Bearer " + token
                    + "\r\nContent-Length: " + body.size() + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            body.writeTo(out);
            out.flush();
            InputStream in = socket.getInputStream();
            assertTrue(new String(in.readNBytes(12), StandardCharsets.ISO_8859_1).endsWith("200"));
            in.readNBytes(2000); // into the report, then gone
        }
        for (int i = 0; i < 600 && FINISHED.size() == finished; i++) {
            Thread.sleep(100);
        }
        assertEquals(List.of(ExitCode.ERROR.status()), FINISHED.subList(finished, FINISHED.size()),
                "the run stopped: its stdout was gone");
        assertWarmAsCold(1, "check", PLAN);
        assertTrue(RUNS.get() >= before + 2);
    }

    @Test
    void aServerThatStopsDuringTheCheckIsToldAndTheStatusIsAnError() throws Exception {
        try (ServerSocket fake = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CompletableFuture<Void> serving = CompletableFuture.runAsync(() -> {
                try (Socket s = fake.accept()) {
                    s.getInputStream().readNBytes(10);
                    OutputStream out = s.getOutputStream();
                    out.write("HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\n\r\n".getBytes(
                            StandardCharsets.ISO_8859_1));
                    DataOutputStream frames = new DataOutputStream(out);
                    frames.writeByte(RunWire.OUT);
                    frames.writeInt(3);
                    frames.write("{\n\"".getBytes(StandardCharsets.UTF_8));
                    frames.flush();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            String address = "http://127.0.0.1:" + fake.getLocalPort();
            Run run = warm(address + "/?token=t", request("check", "--lang", "en", PLAN));
            serving.get(30, TimeUnit.SECONDS);
            assertEquals(ExitCode.ERROR.status(), run.status());
            assertEquals("{\n\"", new String(run.out(), StandardCharsets.UTF_8));
            assertEquals("finsam-check: the server at " + address + " stopped during the check; run it again without "
                    + "FINSAM_SERVER or restart finsam-check serve\n", new String(run.err(), StandardCharsets.UTF_8));
        }
    }

    /** A library's warning on System.err, from the run's thread or a worker it started, reaches the client (ASCII:
     * the server's stderr charset is the locale's). */
    @Test
    void whatARunsThreadsWriteOnSystemErrGoesToItsClient() throws Exception {
        try (DeskServer other = DeskServer.start(TestEngine.rules(), Editions.builtIn(), InetAddress.getLoopbackAddress(),
                0, Limits.defaults(1 << 20), se.finsam.check.output.Office.DEFAULT, (args, out, err, tty) -> {
                    System.err.println("a warning from the thread");
                    Thread worker = new Thread(() -> System.err.println("a warning from a worker"));
                    worker.start();
                    try {
                        worker.join();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return 0;
                })) {
            Run run = warm(other.url(), request("check", PLAN));
            assertEquals(0, run.status(), run.text());
            assertEquals("a warning from the thread\na warning from a worker\n", new String(run.err(), StandardCharsets.UTF_8));
            assertEquals(0, run.out().length);
        }
    }
}
