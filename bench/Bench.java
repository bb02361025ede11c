import java.io.StringReader;
import java.util.List;
import se.finsam.check.Checker;
import se.finsam.check.edition.Editions;
import se.finsam.check.engine.RuleBase;
import se.finsam.check.findings.DocumentResult;
import se.finsam.check.read.DocumentReader;
import se.finsam.check.read.TreeReader;

/**
 * Batch benchmark: compiles the built-in rules (rule-base load time), then reads and checks N generated plans in
 * one process, one after the other, keeping nothing but counts. Run by bench/run.sh, which also measures RSS.
 * Usage: java -cp "target/finsam-check.jar:target/lib/*" bench/Bench.java N
 */
public class Bench {

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        long t0 = System.nanoTime();
        RuleBase rules = RuleBase.builtIn();
        long t1 = System.nanoTime();
        Checker checker = new Checker(rules, Editions.builtIn());
        TreeReader trees = new TreeReader();
        long findings = 0;
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            String yaml = plan(i);
            var doc = new DocumentReader("gen-" + i + ".yaml").read(trees.read("gen-" + i + ".yaml", new StringReader(yaml)));
            DocumentResult r = checker.check(doc);
            findings += r.findings().size();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("rule-base load: %.2f s%n", (t1 - t0) / 1e9);
        System.out.printf("documents: %d, findings: %d, %.1f s, %.0f documents/s%n", n, findings, seconds, n / seconds);
    }

    /** A plan that varies with i, so that different rules fire on different documents. */
    static String plan(int i) {
        int percent = List.of(50, 75, 100, 0).get(i % 4);
        return "kind: plan\nedition: 2017\narea: Område " + i + "\nreceived: 2016-0" + (8 + i % 2) + "-0" + (1 + i % 9) + "\n"
                + "answers:\n  goals: Mål " + i + "\n  targetGroups: Unga vuxna\n  gender: " + (i % 3 == 0 ? "Nej" : "Analys per kön av lotsärenden") + "\n"
                + "  structuralAreas: Samsyn\n  competenceEfforts: SIP\n"
                + "resources:\n  - resource: Samverkanskoordinator " + percent + " %\n    period: 2017\n"
                + "    resultGoal: " + (i % 5 == 0 ? "Uppfylld verksamhetsplan" : (10 + i % 40) + " lotsärenden") + "\n"
                + "    effects: Bättre samverkan\n    cost: " + (percent * 6000 + (i % 7 == 0 ? 1000 : 0)) + "\n"
                + "  - resource: Övriga kostnader\n    cost: 50000\n"
                + "signatures:\n  - {organisation: Kommun " + i + " kommun, name: A, date: 2016-08-30}\n"
                + "  - {organisation: AF, name: B, date: 2016-08-30}\n  - {organisation: LUL, name: C, date: 2016-08-2" + (i % 10) + "}\n"
                + (i % 6 == 0 ? "" : "  - {organisation: FK, name: D, date: 2016-08-30}\n");
    }
}
