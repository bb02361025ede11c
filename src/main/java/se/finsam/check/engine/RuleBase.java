package se.finsam.check.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.builder.Message;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;
import org.kie.api.runtime.KieSessionsPool;
import se.finsam.check.findings.Finding;
import se.finsam.check.findings.RuleMeta;
import se.finsam.check.model.Kind;

/**
 * The rules: the built-in ones as the executable model compiled at build time, custom ones (--rules) compiled from
 * DRL at start-up. Each document gets a session per rule base from a pool (a new session costs more than checking a
 * plan): its facts in, the findings inserted out, and the session emptied back into the pool. Safe to use from
 * several threads at once.
 */
public final class RuleBase {

    /** Where the build writes the executable model's class names (see {@link ModelGenerator}). */
    static final String MODEL_LIST = "META-INF/finsam/rule-model";

    private final List<KieBase> kieBases;
    /** One per rule base; a pool grows when more threads than its initial size ask at once. */
    private final List<KieSessionsPool> pools;
    /** The kinds each DRL rule applies to, read once from its metadata rather than at every activation. */
    private final Map<Rule, Set<Kind>> kinds = new IdentityHashMap<>();
    /** The rules that compare documents ({@code @scope("year")}), which run when the run links them. */
    private final Set<Rule> year = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

    private RuleBase(List<KieBase> kieBases) {
        this.kieBases = List.copyOf(kieBases);
        this.pools = this.kieBases.stream().map(b -> b.newKieSessionsPool(Runtime.getRuntime().availableProcessors())).toList();
        rules().forEach(r -> {
            kinds.put(r, RuleMeta.kinds(r));
            if (RuleMeta.isYear(r)) {
                year.add(r);
            }
        });
    }

    /** The built-in rules as compiled at build time; from the DRL files when the build did not make the model. */
    public static RuleBase builtIn() throws RuleCompileError {
        List<Model> models = new ArrayList<>();
        try (InputStream in = RuleBase.class.getClassLoader().getResourceAsStream(MODEL_LIST)) {
            if (in == null) {
                return compile(BuiltInRules.load());
            }
            for (String name : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList()) {
                models.add((Model) Class.forName(name).getDeclaredConstructor().newInstance());
            }
        } catch (IOException | ReflectiveOperationException e) {
            throw new IllegalStateException("the rule model of this build cannot be loaded: " + e, e);
        }
        return new RuleBase(List.of(KieBaseBuilder.createKieBaseFromModel(models)));
    }

    /** These rules and those of another rule base, run side by side. */
    public RuleBase with(RuleBase other) {
        List<KieBase> all = new ArrayList<>(kieBases);
        all.addAll(other.kieBases);
        return new RuleBase(all);
    }

    /** Compiles DRL; a compile error names the file, the line and the compiler's message. */
    public static RuleBase compile(List<RuleSource> sources) throws RuleCompileError {
        KieServices ks = KieServices.Factory.get();
        KieFileSystem files = ks.newKieFileSystem();
        for (RuleSource s : sources) {
            files.write(ks.getResources().newByteArrayResource(s.drl().getBytes(StandardCharsets.UTF_8))
                    .setSourcePath(s.name()).setResourceType(ResourceType.DRL));
        }
        KieBuilder builder = ks.newKieBuilder(files).buildAll();
        List<String> errors = new ArrayList<>();
        for (Message m : builder.getResults().getMessages(Message.Level.ERROR)) {
            errors.add(m.getPath() + ":" + m.getLine() + ": " + m.getText().strip().replaceAll("\\s+", " "));
        }
        if (!errors.isEmpty()) {
            throw new RuleCompileError(errors);
        }
        return new RuleBase(List.of(ks.newKieContainer(builder.getKieModule().getReleaseId()).getKieBase()));
    }

    /** Fires the rules of one document that apply to its kind (their {@code @kinds}) over its facts. */
    public List<Finding> run(Kind kind, List<Object> facts) {
        return run(kind, facts, false);
    }

    /** Fires the rules that compare documents ({@code @scope("year")}) over the facts of a link. */
    public List<Finding> runYear(Kind kind, List<Object> facts) {
        return run(kind, facts, true);
    }

    private List<Finding> run(Kind kind, List<Object> facts, boolean ofYear) {
        List<Finding> findings = new ArrayList<>();
        for (KieSessionsPool pool : pools) {
            KieSession session = pool.newKieSession();
            boolean failed = true;
            try {
                facts.forEach(session::insert);
                session.fireAllRules(match -> year.contains(match.getRule()) == ofYear && kinds.get(match.getRule()).contains(kind));
                for (Object o : session.getObjects(o -> o instanceof Finding)) {
                    findings.add((Finding) o);
                }
                failed = false;
            } catch (ConsequenceException e) {
                throw new RuleFault(e.getRule().getName(), e.getCause());
            } finally {
                if (failed) {
                    session.destroy(); // a session a rule failed in is not handed to the next document
                } else {
                    session.dispose(); // back to the pool, emptied
                }
            }
        }
        findings.sort(Finding.ORDER);
        return findings;
    }

    /** The catalogue: one entry per rule id, in id order, gathered from the metadata of its DRL rules. */
    public List<RuleInfo> catalogue() {
        Map<String, List<Rule>> byId = new TreeMap<>();
        rules().forEach(r -> byId.computeIfAbsent(RuleMeta.id(r), k -> new ArrayList<>()).add(r));
        List<RuleInfo> infos = new ArrayList<>();
        byId.forEach((id, drl) -> infos.add(new RuleInfo(id,
                drl.stream().map(RuleMeta::severity).min(Comparator.naturalOrder()).orElseThrow(),
                drl.stream().flatMap(r -> RuleMeta.kinds(r).stream()).collect(Collectors.toCollection(() -> EnumSet.noneOf(Kind.class))),
                drl.stream().map(RuleMeta::message).collect(Collectors.toCollection(java.util.TreeSet::new)))));
        return infos;
    }

    public List<Rule> rules() {
        List<Rule> rules = new ArrayList<>();
        kieBases.forEach(b -> b.getKiePackages().forEach(p -> rules.addAll(p.getRules())));
        return rules;
    }
}
