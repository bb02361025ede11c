import java.io.*;
import java.lang.management.*;
import java.nio.file.*;
import java.util.*;
import se.finsam.check.edition.*;
import se.finsam.check.engine.*;
import se.finsam.check.facts.Interpreter;
import se.finsam.check.model.*;
import se.finsam.check.read.DocumentLoader;

/**
 * What each rule file costs: the executable model built at run time from all rule files but one, fired over the
 * facts of N plans of a JSON-lines file, CPU a document (medians of rounds 2-5); "(none)" is a base of one rule that
 * never matches, the fixed cost of a session. Needs the build's class path (drools-model-codegen):
 *   mvn -q -o dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 *   java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp target/classes:$(cat /tmp/cp.txt) bench/RuleCost.java LINES.jsonl N
 */
public class RuleCost {
  public static void main(String[] a) throws Exception {
    int n = Integer.parseInt(a[1]);
    Editions eds = Editions.builtIn();
    DocumentLoader loader = new DocumentLoader();
    List<List<Object>> facts = new ArrayList<>(); List<Kind> ks = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(Path.of(a[0]))) {
      String l; int i=0; while ((l=r.readLine())!=null && i<n) { Document d = loader.loadJsonLine("x", l, i++);
        facts.add(new Interpreter(eds.get(d.getEdition()).orElseThrow()).facts(d)); ks.add(d.getKind()); }
    }
    List<RuleSource> all = BuiltInRules.load();
    ThreadMXBean tb = ManagementFactory.getThreadMXBean();
    List<String> names = new ArrayList<>(); names.add("(all)"); all.forEach(s -> names.add(s.name()));
    names.add("(none)");
    Map<String, RuleBase> bases = new LinkedHashMap<>();
    for (String name : names) {
      List<RuleSource> use = name.equals("(none)") ? List.of(all.get(0)) : all.stream().filter(s -> !s.name().equals(name)).toList();
      if (name.equals("(none)")) use = List.of(new RuleSource("x.drl", "package rules;\nrule \"x\" @id(\"x\") @severity(\"error\") @message(\"x\") @kinds(\"plan\") when eval(false) then end\n"));
      bases.put(name, exec(use));
    }
    Map<String, List<Double>> t = new LinkedHashMap<>();
    for (int round = 0; round < 5; round++) {
      for (var e : bases.entrySet()) {
        long t0 = tb.getCurrentThreadCpuTime();
        for (int i = 0; i < facts.size(); i++) e.getValue().run(ks.get(i), facts.get(i));
        t.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add((tb.getCurrentThreadCpuTime() - t0) / 1e6 / facts.size());
      }
    }
    double full = median(t.get("(all)").subList(1, 5));
    t.forEach((k, v) -> { double m = median(v.subList(1, 5)); System.out.printf("%.4f ms/doc  %+.4f  %s%n", m, full - m, k); });
  }
  static RuleBase exec(List<RuleSource> use) throws Exception {
    org.kie.api.KieServices ks = org.kie.api.KieServices.get();
    org.kie.api.builder.KieFileSystem files = ks.newKieFileSystem();
    for (RuleSource s : use) files.write("src/main/resources/" + s.name(), s.drl());
    org.kie.api.builder.KieBuilder b = ks.newKieBuilder(files).buildAll(org.drools.model.codegen.ExecutableModelProject.class);
    if (!b.getResults().getMessages(org.kie.api.builder.Message.Level.ERROR).isEmpty()) throw new IllegalStateException(b.getResults().toString());
    // RuleBase takes a built KieBase only privately: a bench tool may reach it, the program does not need to
    java.lang.reflect.Constructor<RuleBase> c = RuleBase.class.getDeclaredConstructor(List.class);
    c.setAccessible(true);
    return c.newInstance(List.of(ks.newKieContainer(b.getKieModule().getReleaseId()).getKieBase()));
  }
  static double median(List<Double> v) { List<Double> s = new ArrayList<>(v); Collections.sort(s); return (s.get(1) + s.get(2)) / 2; }
}
