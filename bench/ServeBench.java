import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * The client side of bench/serve.sh: the warm check of one plan through POST /api/check (median and 99th
 * percentile of sequential requests after a warm-up), the same for one text form, and the throughput of
 * concurrent clients. Talks to the address serve printed (127.0.0.1) only; every loop is bounded in count and time.
 * Usage: java bench/ServeBench.java URL [REQUESTS]
 */
public class ServeBench {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final long PHASE_NANOS = TimeUnit.SECONDS.toNanos(60);

    public static void main(String[] args) throws Exception {
        URI printed = URI.create(args[0]);
        if (!printed.getHost().equals("127.0.0.1")) {
            throw new IllegalArgumentException("this benchmark talks to 127.0.0.1 only: " + printed);
        }
        int requests = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        String token = printed.getQuery().substring("token=".length());
        URI api = printed.resolve("/api/check");
        byte[] plan = body(List.of(Path.of("testdata/samples/plan-2017-heby.yaml")));
        byte[] form = body(List.of(Path.of("testdata/forms/plan-2017-heby.txt")));
        HttpClient http = client();

        timed(http, api, token, plan, requests); // warm-up: the JIT compiles the check and the server
        timed(http, api, token, form, requests / 4);
        report("one plan (YAML), warm", timed(http, api, token, plan, requests));
        report("one form (text), warm", timed(http, api, token, form, requests / 2));
        for (int clients : new int[] {1, 2, 4, 8, 20}) {
            throughput(api, token, plan, 1, clients, requests, "plan (YAML) a request");
        }
        throughput(api, token, form, 1, 20, requests / 2, "form (text) a request");
        List<Path> twenty = new ArrayList<>();
        try (var forms = Files.list(Path.of("testdata/forms")); var samples = Files.list(Path.of("testdata/samples"))) {
            forms.sorted().forEach(twenty::add);
            samples.sorted().forEach(twenty::add);
        }
        throughput(api, token, body(twenty), twenty.size(), 4, requests / 20, twenty.size() + " forms and plans a request");
    }

    private static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(TIMEOUT).build();
    }

    /** Sequential requests, each one's time in microseconds; stops early when the phase has taken a minute. */
    private static long[] timed(HttpClient http, URI api, String token, byte[] body, int n) throws Exception {
        long[] micros = new long[n];
        long end = System.nanoTime() + PHASE_NANOS;
        int done = 0;
        for (; done < n && System.nanoTime() < end; done++) {
            long start = System.nanoTime();
            send(http, api, token, body);
            micros[done] = (System.nanoTime() - start) / 1000;
        }
        return Arrays.copyOf(micros, done);
    }

    private static void report(String what, long[] micros) {
        long[] sorted = micros.clone();
        Arrays.sort(sorted);
        System.out.printf("%-28s median %.2f ms, p99 %.2f ms (%d requests)%n", what, sorted[sorted.length / 2] / 1000.0,
                sorted[(int) Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.99) - 1)] / 1000.0, sorted.length);
    }

    /** documents: how many documents a request holds. */
    private static void throughput(URI api, String token, byte[] body, int documents, int clients, int total,
                                   String what) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        int each = Math.max(1, total / clients);
        long start = System.nanoTime();
        long end = start + PHASE_NANOS;
        List<Future<Integer>> done = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            done.add(pool.submit(() -> {
                HttpClient http = client();
                int n = 0;
                for (; n < each && System.nanoTime() < end; n++) {
                    send(http, api, token, body);
                }
                return n;
            }));
        }
        int sent = 0;
        for (Future<Integer> f : done) {
            sent += f.get(120, TimeUnit.SECONDS);
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("%2d clients, %-30s %6.0f requests/s, %6.0f documents/s (%d requests in %.1f s)%n", clients,
                what + ":", sent / seconds, sent * documents / seconds, sent, seconds);
    }

    private static void send(HttpClient http, URI api, String token, byte[] body) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(api).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=bench")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200 || !r.body().contains("\"documents\"")) {
            throw new IllegalStateException("answer " + r.statusCode() + ": " + r.body());
        }
    }

    private static byte[] body(List<Path> files) throws Exception {
        var out = new java.io.ByteArrayOutputStream();
        for (Path f : files) {
            out.writeBytes(("--bench\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + f.getFileName()
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.writeBytes(Files.readAllBytes(f));
            out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes("--bench--\r\n".getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}
