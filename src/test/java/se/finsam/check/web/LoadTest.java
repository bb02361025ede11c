package se.finsam.check.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Twenty clients at once, each uploading fifty forms through the API (the sample forms and plans in an order of its
 * own, one to five files a request): every answer is the one the same files get alone, so that no request sees
 * another's files or results. Bounded: 20 × 50 forms, 30 s a request, 90 s for all.
 */
class LoadTest {

    private static final int CLIENTS = 20;
    private static final int FORMS_EACH = 50;

    @Test
    void twentyClientsOfFiftyFormsEachAllGetTheirOwnAnswers() throws Exception {
        List<Path> forms;
        try (Stream<Path> txt = Files.list(Path.of("testdata/forms")); Stream<Path> yaml = Files.list(Path.of("testdata/samples"))) {
            forms = Stream.concat(txt, yaml).sorted().toList();
        }
        try (WebClient web = new WebClient()) {
            Map<String, String> alone = new HashMap<>(); // each file's answer when it is checked on its own
            for (Path f : forms) {
                var r = web.check("", WebClient.parts(f));
                assertEquals(200, r.statusCode(), r.body());
                alone.put(f.getFileName().toString(), documents(r.body()).get(0));
            }
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            try {
                List<Future<Integer>> done = new ArrayList<>();
                long start = System.nanoTime();
                for (int c = 0; c < CLIENTS; c++) {
                    done.add(clients.submit(client(web, forms, alone, new Random(c))));
                }
                int checked = 0;
                for (Future<Integer> f : done) {
                    checked += f.get(90, TimeUnit.SECONDS);
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                assertEquals(CLIENTS * FORMS_EACH, checked);
                System.out.printf("LoadTest: %d forms from %d clients in %.1f s (%.0f forms/s)%n", checked, CLIENTS,
                        seconds, checked / seconds);
            } finally {
                clients.shutdownNow();
            }
            try (Stream<Path> left = Files.list(web.server.folder())) {
                assertTrue(left.noneMatch(p -> p.getFileName().toString().startsWith("api-")), "no request's files left");
            }
        }
    }

    /** One user: fifty forms in requests of one to five, each answer compared with the files' answers alone. */
    private static Callable<Integer> client(WebClient web, List<Path> forms, Map<String, String> alone, Random random) {
        return () -> {
            HttpClient http = WebClient.client();
            List<Path> mine = new ArrayList<>();
            while (mine.size() < FORMS_EACH) {
                List<Path> shuffled = new ArrayList<>(forms);
                Collections.shuffle(shuffled, random);
                mine.addAll(shuffled.subList(0, Math.min(shuffled.size(), FORMS_EACH - mine.size())));
            }
            int sent = 0;
            while (sent < mine.size()) {
                List<Path> batch = mine.subList(sent, Math.min(mine.size(), sent + 1 + random.nextInt(5)));
                var r = web.check(http, "", WebClient.parts(batch.toArray(Path[]::new)));
                assertEquals(200, r.statusCode(), r.body());
                List<String> docs = documents(r.body());
                assertEquals(batch.size(), docs.size(), r.body());
                // a batch is one run, whose reports are linked with its plans (and may follow them): each
                // document is its answer alone but for what the link adds
                List<String> expected = new ArrayList<>();
                batch.forEach(f -> expected.add(unlinked(alone.get(f.getFileName().toString()))));
                assertEquals(expected.stream().sorted().toList(), docs.stream().map(LoadTest::unlinked).sorted().toList());
                sent += batch.size();
            }
            return sent;
        };
    }

    /** The documents of a JSON answer, each as its JSON text. */
    /** Rules that compare a document with the others of its run. */
    private static final List<String> LINKED = List.of("plan-in-run.", "one-plan-per-area.", "vacancy-return-amount.",
            "posts-in-plan.", "returns-within-plan.exceeds");

    /** A document's answer without its link: the plan it names and the findings of comparing it with others. */
    private static String unlinked(String document) {
        try {
            var d = (com.fasterxml.jackson.databind.node.ObjectNode) new com.fasterxml.jackson.databind.ObjectMapper().readTree(document);
            d.remove("plan");
            d.remove("verdict"); // an error found by comparing could change it; the findings say why
            var findings = (com.fasterxml.jackson.databind.node.ArrayNode) d.get("findings");
            for (int i = findings.size() - 1; i >= 0; i--) {
                String key = findings.get(i).get("messageKey").asText();
                if (LINKED.stream().anyMatch(key::startsWith)) {
                    findings.remove(i);
                }
            }
            return d.toString();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static List<String> documents(String json) throws Exception {
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        List<String> docs = new ArrayList<>();
        mapper.readTree(json).get("documents").forEach(d -> docs.add(d.toString()));
        return docs;
    }
}
