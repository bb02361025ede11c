import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import se.finsam.check.engine.RuleBase;

/**
 * The floor of a cold check: a fresh JVM that builds the built-in rules' rule base and nothing else. Run by
 * bench/run.sh.
 * Usage: javac -cp target/finsam-check.jar -d DIR bench/RuleLoad.java;
 *        java -cp target/finsam-check.jar:DIR RuleLoad          prints the seconds RuleBase.builtIn() takes
 *        java -Dbench.t0=EPOCH_NANOS ... RuleLoad parts         builds it step by step as RuleBase does and prints
 *        one line "part wall-seconds cpu-seconds" per step (the CPU of this thread, which does all of the work but
 *        the compiler's; the machine is shared, so CPU is the figure to read); t0, the shell's clock before it
 *        started java, gives the JVM's start its wall time.
 * The steps: jvm – the JVM's start up to main; classes – loading the Drools entry classes and the rule model's
 * classes; model – the model's rules as objects (its constructor); kiebase – KieBaseBuilder.createKieBaseFromModel;
 * session – the first session from a pool; fire – the first insert and fireAllRules, over a fact no rule matches.
 */
public class RuleLoad {

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("parts")) {
            parts();
            return;
        }
        long start = System.nanoTime();
        RuleBase rules = RuleBase.builtIn();
        long end = System.nanoTime();
        System.out.printf("%.3f%n", (end - start) / 1e9);
        if (rules.rules().isEmpty()) {
            throw new IllegalStateException("no rules loaded");
        }
    }

    private static void parts() throws Exception {
        Instant now = Instant.now();
        long main = System.nanoTime();
        String t0 = System.getProperty("bench.t0");
        long sinceStart = t0 == null ? 0 : now.getEpochSecond() * 1_000_000_000L + now.getNano() - Long.parseLong(t0);
        // this thread created the JVM before it ran main, so its CPU so far is the JVM's start (and this MXBean's)
        cpu = ManagementFactory.getThreadMXBean();
        long t = System.nanoTime();
        c = cpu.getCurrentThreadCpuTime();
        long c0 = c;
        System.out.printf("jvm %.4f %.4f%n", sinceStart / 1e9, c / 1e9);
        List<Class<?>> classes = new ArrayList<>();
        Class.forName(KieBaseBuilder.class.getName());
        try (InputStream in = RuleLoad.class.getClassLoader().getResourceAsStream("META-INF/finsam/rule-model")) {
            for (String name : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList()) {
                classes.add(Class.forName(name));
            }
        }
        t = print("classes", t);
        List<Model> models = new ArrayList<>();
        for (Class<?> k : classes) {
            models.add((Model) k.getDeclaredConstructor().newInstance());
        }
        t = print("model", t);
        KieBase base = KieBaseBuilder.createKieBaseFromModel(models);
        t = print("kiebase", t);
        KieSession session = base.newKieSessionsPool(1).newKieSession();
        t = print("session", t);
        session.insert(new Object());
        session.fireAllRules();
        session.dispose();
        t = print("fire", t);
        System.out.printf("parts %.4f %.4f%n", (System.nanoTime() - main) / 1e9, (c - c0) / 1e9);
    }

    private static ThreadMXBean cpu;
    /** This thread's CPU time at the last print. */
    private static long c;

    /** Prints a part's wall and CPU seconds since the last; returns now. */
    private static long print(String part, long since) {
        long now = System.nanoTime();
        long cNow = cpu.getCurrentThreadCpuTime();
        System.out.printf("%s %.4f %.4f%n", part, (now - since) / 1e9, (cNow - c) / 1e9);
        c = cNow;
        return now;
    }
}
