import java.io.*;
import java.lang.management.*;
import java.nio.file.*;
import java.util.*;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.KieServices;
import org.kie.api.conf.SequentialOption;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.*;
import org.kie.internal.conf.AlphaThresholdOption;
import org.kie.internal.conf.SequentialAgendaOption;
import se.finsam.check.edition.*;
import se.finsam.check.facts.Interpreter;
import se.finsam.check.findings.*;
import se.finsam.check.model.*;
import se.finsam.check.read.DocumentLoader;

/**
 * KieBase options, in process: the facts of N plans of a JSON-lines file made first, then fired in rounds, the
 * variants taken in turn (A B C A B C …), CPU of this thread a document; every variant's findings (rule, severity,
 * position of each, per document) are compared with the default's. Variants: default (the pool as RuleBase uses
 * it), seq-stateless (SequentialOption.YES, a stateless session from a pool, findings kept by @kinds afterwards:
 * a sequential base refuses stateful sessions), alpha0 / alpha8 (the
 * alpha-node hashing threshold), seqagenda (SequentialAgendaOption.SEQUENTIAL).
 *   java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp target/finsam-check.jar bench/DroolsOptions.java LINES.jsonl N [variants]
 */
public class DroolsOptions {
  interface Fire { List<Finding> run(Kind k, List<Object> facts); }

  static List<Model> models() throws Exception {
    List<Model> models = new ArrayList<>();
    for (String name : new String(DroolsOptions.class.getClassLoader().getResourceAsStream("META-INF/finsam/rule-model").readAllBytes()).lines().filter(s->!s.isBlank()).toList())
      models.add((Model) Class.forName(name).getDeclaredConstructor().newInstance());
    return models;
  }

  static KieBase base(org.kie.api.conf.KieBaseOption... options) throws Exception {
    KieBaseConfiguration conf = KieServices.Factory.get().newKieBaseConfiguration();
    for (var o : options) conf.setOption(o);
    return KieBaseBuilder.createKieBaseFromModel(models(), conf);
  }

  static Fire pooled(KieBase kb, Map<Rule, Set<Kind>> kinds) {
    KieSessionsPool pool = kb.newKieSessionsPool(2);
    return (k, f) -> {
      KieSession s = pool.newKieSession();
      f.forEach(s::insert);
      s.fireAllRules(m -> kinds.get(m.getRule()).contains(k));
      List<Finding> out = new ArrayList<>();
      for (Object o : s.getObjects(o -> o instanceof Finding)) out.add((Finding) o);
      s.dispose();
      return out;
    };
  }

  public static void main(String[] a) throws Exception {
    int n = Integer.parseInt(a[1]);
    Editions eds = Editions.builtIn();
    DocumentLoader loader = new DocumentLoader();
    List<List<Object>> facts = new ArrayList<>();
    List<Kind> ks = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(Path.of(a[0]))) {
      String l; int i=0;
      while ((l=r.readLine())!=null && i<n) {
        Document d = loader.loadJsonLine("x", l, i++);
        facts.add(new Interpreter(eds.get(d.getEdition()).orElseThrow()).facts(d)); ks.add(d.getKind());
      }
    }
    KieBase def = base();
    Map<Rule, Set<Kind>> kinds = new IdentityHashMap<>();
    def.getKiePackages().forEach(p -> p.getRules().forEach(r -> kinds.put(r, RuleMeta.kinds(r))));
    // a finding's message key names its DRL rule (for the stateless session, which takes no agenda filter)
    Map<String, Set<Kind>> byMessage = new HashMap<>();
    kinds.forEach((r, k) -> byMessage.merge(RuleMeta.message(r), k, (x, y) -> { Set<Kind> u = new HashSet<>(x); u.addAll(y); return u; }));
    String[] names = a.length > 2 ? a[2].split(",") : new String[]{"default", "seq-stateless", "alpha0", "alpha8", "seqagenda"};
    Map<String, Fire> variants = new LinkedHashMap<>();
    for (String v : names) {
      switch (v) {
        case "default" -> variants.put(v, pooled(def, kinds));
        case "seq-stateless" -> {
          KieSessionsPool pool = base(SequentialOption.YES).newKieSessionsPool(2);
          variants.put(v, (k, f) -> {
            StatelessKieSession s = pool.newStatelessKieSession();
            List<Finding> out = new ArrayList<>();
            for (Object o : ((org.drools.kiesession.session.StatelessKnowledgeSessionImpl) s).executeWithResults(f, o -> o instanceof Finding)) {
              Finding x = (Finding) o;
              if (byMessage.get(x.messageKey()).contains(k)) out.add(x);
            }
            return out;
          });
        }
        case "alpha0" -> variants.put(v, pooled(withKinds(base(AlphaThresholdOption.get(0)), kinds), kinds));
        case "alpha8" -> variants.put(v, pooled(withKinds(base(AlphaThresholdOption.get(8)), kinds), kinds));
        case "seqagenda" -> variants.put(v, pooled(withKinds(base(SequentialAgendaOption.SEQUENTIAL), kinds), kinds));
        default -> throw new IllegalArgumentException(v);
      }
    }
    // the reference: the default's findings per document
    Fire ref = pooled(def, kinds);
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < facts.size(); i++) expected.add(key(ref.run(ks.get(i), facts.get(i))));
    ThreadMXBean tb = ManagementFactory.getThreadMXBean();
    Map<String, List<Double>> times = new LinkedHashMap<>();
    for (int round = 0; round < 8; round++) {
      for (var e : variants.entrySet()) {
        long t0 = tb.getCurrentThreadCpuTime(); int differ = 0;
        for (int i = 0; i < facts.size(); i++) {
          if (!key(e.getValue().run(ks.get(i), facts.get(i))).equals(expected.get(i))) differ++;
        }
        double ms = (tb.getCurrentThreadCpuTime() - t0) / 1e6 / facts.size();
        if (round > 0) times.computeIfAbsent(e.getKey(), x -> new ArrayList<>()).add(ms);
        System.out.printf("round %d %-14s %.4f ms/doc documents differing %d%n", round, e.getKey(), ms, differ);
      }
    }
    times.forEach((v, t) -> { Collections.sort(t); System.out.printf("median %-14s %.4f ms/doc (%.4f–%.4f)%n", v, t.get(t.size()/2), t.get(0), t.get(t.size()-1)); });
  }

  /** The kinds by the rules of another base of the same model: rules are looked up by identity. */
  static KieBase withKinds(KieBase kb, Map<Rule, Set<Kind>> kinds) {
    kb.getKiePackages().forEach(p -> p.getRules().forEach(r -> kinds.put(r, RuleMeta.kinds(r))));
    return kb;
  }

  static String key(List<Finding> fs) {
    List<String> k = new ArrayList<>();
    for (Finding f : fs) k.add(f + " " + f.messageKey() + " " + f.args());
    Collections.sort(k);
    return String.join("\n", k);
  }
}
