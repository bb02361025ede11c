import java.io.*;
import java.lang.management.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.util.*;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.runtime.*;
import org.kie.api.event.rule.*;
import org.kie.api.definition.rule.Rule;
import se.finsam.check.edition.*;
import se.finsam.check.facts.Interpreter;
import se.finsam.check.findings.*;
import se.finsam.check.model.*;
import se.finsam.check.read.DocumentLoader;

/**
 * Drools per document, in process: the facts of N plans of a JSON-lines file made first, then fired in rounds by
 * each way of using sessions (pool: as RuleBase does; nofilter: without the @kinds agenda filter; reset: one session
 * reused with reset(); new: a session per document; insertonly: no fire), CPU of this thread a document. First it
 * prints the facts of a plan by class and the matches of the first 1 000 plans by rule.
 *   java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp target/finsam-check.jar bench/DroolsSessions.java LINES.jsonl N [modes]
 */
public class DroolsSessions {
  public static void main(String[] a) throws Exception {
    int n = Integer.parseInt(a[1]);
    Editions eds = Editions.builtIn();
    DocumentLoader loader = new DocumentLoader();
    List<Document> docs = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(Path.of(a[0]))) {
      String l; int i=0; while ((l=r.readLine())!=null && i<n) { docs.add(loader.loadJsonLine("x", l, i++)); }
    }
    List<Model> models = new ArrayList<>();
    for (String name : new String(DroolsSessions.class.getClassLoader().getResourceAsStream("META-INF/finsam/rule-model").readAllBytes()).lines().filter(s->!s.isBlank()).toList())
      models.add((Model) Class.forName(name).getDeclaredConstructor().newInstance());
    KieBase kb = KieBaseBuilder.createKieBaseFromModel(models);
    Map<Rule, Set<Kind>> kinds = new IdentityHashMap<>();
    kb.getKiePackages().forEach(p -> p.getRules().forEach(r -> kinds.put(r, RuleMeta.kinds(r))));
    List<List<Object>> facts = new ArrayList<>();
    List<Kind> ks = new ArrayList<>();
    for (Document d : docs) { facts.add(new Interpreter(eds.get(d.getEdition()).orElseThrow()).facts(d)); ks.add(d.getKind()); }
    System.out.println("docs " + docs.size() + " facts/doc " + facts.stream().mapToInt(List::size).average().orElse(0));
    Map<String,Integer> cls = new TreeMap<>();
    facts.get(0).forEach(o -> cls.merge(o.getClass().getSimpleName(), 1, Integer::sum));
    System.out.println(cls);
    // network activity
    KieSession s0 = kb.newKieSession();
    Map<String,int[]> act = new TreeMap<>();
    s0.addEventListener(new DefaultAgendaEventListener() {
      public void matchCreated(MatchCreatedEvent e) { act.computeIfAbsent(e.getMatch().getRule().getName(), k->new int[2])[0]++; }
      public void afterMatchFired(AfterMatchFiredEvent e) { act.computeIfAbsent(e.getMatch().getRule().getName(), k->new int[2])[1]++; }
    });
    for (int i=0;i<Math.min(1000,facts.size());i++) { for (Object o: facts.get(i)) s0.insert(o); Kind k = ks.get(i); s0.fireAllRules(m -> kinds.get(m.getRule()).contains(k)); s0.dispose(); s0 = kb.newKieSession(); s0.addEventListener(new DefaultAgendaEventListener() {
      public void matchCreated(MatchCreatedEvent e) { act.computeIfAbsent(e.getMatch().getRule().getName(), k2->new int[2])[0]++; }
      public void afterMatchFired(AfterMatchFiredEvent e) { act.computeIfAbsent(e.getMatch().getRule().getName(), k2->new int[2])[1]++; }
    }); }
    act.forEach((k,v)-> System.out.println("  " + v[0] + " created " + v[1] + " fired  " + k));
    String[] modes = a.length > 2 ? a[2].split(",") : new String[]{"pool", "nofilter", "reset", "new", "insertonly"};
    ThreadMXBean tb = ManagementFactory.getThreadMXBean();
    KieSessionsPool pool = kb.newKieSessionsPool(2);
    KieSession reused = kb.newKieSession();
    for (int round = 0; round < 6; round++) {
      for (String mode : modes) {
        long t0 = tb.getCurrentThreadCpuTime(); long found = 0;
        for (int i=0;i<facts.size();i++) {
          Kind k = ks.get(i); List<Object> f = facts.get(i);
          switch (mode) {
            case "pool", "nofilter" -> {
              KieSession s = pool.newKieSession();
              f.forEach(s::insert);
              if (mode.equals("pool")) s.fireAllRules(m -> kinds.get(m.getRule()).contains(k)); else s.fireAllRules();
              found += s.getObjects(o -> o instanceof Finding).size();
              s.dispose();
            }
            case "reset" -> {
              f.forEach(reused::insert);
              reused.fireAllRules(m -> kinds.get(m.getRule()).contains(k));
              found += reused.getObjects(o -> o instanceof Finding).size();
              ((org.drools.kiesession.session.StatefulKnowledgeSessionImpl) reused).reset();
            }
            case "new" -> {
              KieSession s = kb.newKieSession();
              f.forEach(s::insert);
              s.fireAllRules(m -> kinds.get(m.getRule()).contains(k));
              found += s.getObjects(o -> o instanceof Finding).size();
              s.dispose();
            }
            case "insertonly" -> {
              KieSession s = pool.newKieSession();
              f.forEach(s::insert);
              s.dispose();
            }
          }
        }
        long t1 = tb.getCurrentThreadCpuTime();
        System.out.printf("round %d %-10s %.4f ms/doc findings %d%n", round, mode, (t1-t0)/1e6/facts.size(), found);
      }
    }
  }
}
