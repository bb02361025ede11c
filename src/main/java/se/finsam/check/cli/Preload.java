package se.finsam.check.cli;

import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import se.finsam.check.Timeline;
import se.finsam.check.edition.Editions;
import se.finsam.check.engine.RuleBase;
import se.finsam.check.engine.RuleCompileError;
import se.finsam.check.findings.Messages;

/**
 * The built-in rules and the editions, loaded on threads of their own as soon as the command is known, while
 * picocli sets itself up and reads the rest of the command line: each takes about as long as picocli, so on two
 * cores a one-plan check starts that much sooner.
 */
final class Preload {

    private final FutureTask<RuleBase> rules = new FutureTask<>(() -> timed("rules", RuleBase::builtIn));
    private final FutureTask<Editions> editions = new FutureTask<>(() -> timed("editions", Preload::editionsAndNumbers));

    /** Starts what the command named first in args will need; other commands and --help start nothing. */
    Preload(String[] args) {
        String command = args.length > 0 ? args[0] : "";
        if (command.equals("check") || command.equals("rules")) {
            start(rules, "finsam-check-rules");
        }
        if (command.equals("check") || command.equals("import")) {
            start(editions, "finsam-check-editions");
        }
    }

    /**
     * The editions, and the first message with numbers in the default language: its locale data (CLDR) takes
     * ~20 ms to load the first time, better spent here than after the check. First of all the random UUIDs' set-up
     * (SecureRandom, ~9 ms of CPU), which the rules' build needs (the executable model names each not() pattern
     * with a random UUID) and which otherwise lies on the rules' thread, the longest of the start.
     */
    private static Editions editionsAndNumbers() {
        UUID.randomUUID();
        Editions loaded = Editions.builtIn();
        Messages.forLanguage("sv").get("output.summary", 1, 0, 1, 0);
        return loaded;
    }

    private interface Load<T> {
        T get() throws Exception;
    }

    private <T> T timed(String what, Load<T> load) throws Exception {
        long begin = System.nanoTime();
        T loaded = load.get();
        if (Timeline.ON) { // each load says when it was ready and (below) how long the command waited
            long now = System.nanoTime();
            System.err.printf("finsam-check timing: %s built in %.1f ms, ready %.1f ms after main%n",
                    what, (now - begin) / 1e6, Timeline.sinceMain(now));
        }
        return loaded;
    }

    private static void start(FutureTask<?> task, String name) {
        Thread t = new Thread(task, name);
        t.setDaemon(true);
        t.start();
    }

    RuleBase rules() throws RuleCompileError {
        try {
            return get(rules, "rules");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuleCompileError r) {
                throw r;
            }
            throw unchecked(e);
        }
    }

    Editions editions() {
        try {
            return get(editions, "editions");
        } catch (ExecutionException e) {
            throw unchecked(e);
        }
    }

    /** The value; loaded now, on this thread, when it was not started (or already is being loaded). */
    private <T> T get(FutureTask<T> task, String what) throws ExecutionException {
        long asked = System.nanoTime();
        task.run(); // does nothing when the task has run or is running
        try {
            T value = task.get();
            if (Timeline.ON) {
                System.err.printf("finsam-check timing: %s asked for %.1f ms after main, waited %.1f ms%n",
                        what, Timeline.sinceMain(asked), (System.nanoTime() - asked) / 1e6);
            }
            return value;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading", e);
        }
    }

    private static RuntimeException unchecked(ExecutionException e) {
        return e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
    }
}
