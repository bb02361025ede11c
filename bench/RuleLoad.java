import se.finsam.check.engine.RuleBase;

/**
 * Prints how long loading the built-in rules takes in a fresh JVM: the executable model compiled at build time
 * turned into a rule base. Run by bench/run.sh.
 * Usage: javac -cp target/finsam-check.jar -d DIR bench/RuleLoad.java;
 *        java -cp target/finsam-check.jar:DIR RuleLoad
 */
public class RuleLoad {

    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        RuleBase rules = RuleBase.builtIn();
        long end = System.nanoTime();
        System.out.printf("%.3f%n", (end - start) / 1e9);
        if (rules.rules().isEmpty()) {
            throw new IllegalStateException("no rules loaded");
        }
    }
}
