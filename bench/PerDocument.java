import java.io.*;
import java.lang.management.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.util.*;
import se.finsam.check.edition.*;
import se.finsam.check.engine.RuleBase;
import se.finsam.check.facts.Interpreter;
import se.finsam.check.findings.*;
import se.finsam.check.model.*;
import se.finsam.check.output.*;
import se.finsam.check.read.DocumentLoader;
import se.finsam.check.year.YearRecord;

/**
 * The per-document path in a warmed process, stage by stage, on lines read into memory first: each round runs one
 * stage over all N documents before the next (read → model, facts, rules, findings, JSON output), so that no timer
 * sits inside a document; CPU of this thread a document, medians of the rounds after the first. The output goes
 * to a PrintWriter over a stream that counts bytes and throws them away, once as JsonFormat writes it (a flush per
 * document) and once through a buffer of 64 KiB that the flushes stop at (what a flush costs beyond the writing).
 *   java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp target/finsam-check.jar bench/PerDocument.java LINES.jsonl N
 */
public class PerDocument {
  /** Counts what reaches the "file" and how often: a write reaching it is the system call a flush costs. */
  static final class Sink extends OutputStream {
    long bytes, writes;
    public void write(int b) { bytes++; writes++; }
    public void write(byte[] b, int off, int len) { bytes += len; writes++; }
  }

  /** A buffer the flushes stop at; drained once at the end. */
  static final class Held extends BufferedOutputStream {
    Held(OutputStream out) { super(out, 1 << 16); }
    @Override public void flush() { }
    void drain() throws IOException { super.flush(); }
  }

  public static void main(String[] a) throws Exception {
    int n = Integer.parseInt(a[1]);
    List<String> lines = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(Path.of(a[0]))) {
      String l; while ((l = r.readLine()) != null && lines.size() < n) lines.add(l);
    }
    Editions eds = Editions.builtIn();
    RuleBase rules = RuleBase.builtIn();
    Messages messages = Messages.forLanguage("sv");
    DocumentLoader loader = new DocumentLoader();
    ThreadMXBean tb = ManagementFactory.getThreadMXBean();
    Map<String, List<Double>> times = new LinkedHashMap<>();
    for (int round = 0; round < 8; round++) {
      long t = tb.getCurrentThreadCpuTime();
      List<Document> docs = new ArrayList<>(n);
      for (int i = 0; i < lines.size(); i++) docs.add(loader.loadJsonLine("plans.jsonl", lines.get(i), i));
      t = lap(times, "read and model", t, n, round, tb);
      List<List<Object>> facts = new ArrayList<>(n);
      for (Document d : docs) facts.add(new Interpreter(eds.get(d.getEdition()).orElseThrow()).facts(d));
      t = lap(times, "facts", t, n, round, tb);
      List<List<Finding>> found = new ArrayList<>(n);
      for (int i = 0; i < n; i++) found.add(rules.run(docs.get(i).getKind(), facts.get(i)));
      t = lap(times, "rules", t, n, round, tb);
      List<DocumentResult> results = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        Document d = docs.get(i);
        results.add(DocumentResult.checked(d, UnsureReadings.lower(found.get(i), d), YearRecord.of(d, facts.get(i))));
      }
      t = lap(times, "findings (lowered, year record)", t, n, round, tb);
      for (boolean buffered : new boolean[] {false, true}) {
        Sink sink = new Sink();
        OutputStream target = buffered ? new Held(sink) : sink;
        PrintWriter out = new PrintWriter(new OutputStreamWriter(target, StandardCharsets.UTF_8));
        ReportWriter report = new JsonFormat().open(rules.catalogue(), messages, out);
        for (DocumentResult r : results) report.add(r);
        report.finish();
        out.flush();
        if (target instanceof Held held) held.drain();
        t = lap(times, buffered ? "output, flushes stopped" : "output (JsonFormat)", t, n, round, tb);
        if (round == 0) System.out.printf("output %s: %d bytes, %d writes reaching the stream%n",
            buffered ? "flushes stopped" : "as written", sink.bytes, sink.writes);
      }
    }
    double total = 0;
    for (var e : times.entrySet()) {
      List<Double> t = e.getValue(); Collections.sort(t);
      double median = t.get(t.size() / 2);
      if (!e.getKey().startsWith("output, flushes")) total += median;
      System.out.printf("%-34s %.4f ms/doc (%.4f–%.4f)%n", e.getKey(), median, t.get(0), t.get(t.size() - 1));
    }
    System.out.printf("%-34s %.4f ms/doc%n", "the path (without the second output)", total);
  }

  static long lap(Map<String, List<Double>> times, String stage, long t0, int n, int round, ThreadMXBean tb) {
    long t1 = tb.getCurrentThreadCpuTime();
    if (round > 0) times.computeIfAbsent(stage, k -> new ArrayList<>()).add((t1 - t0) / 1e6 / n);
    return tb.getCurrentThreadCpuTime();
  }
}
