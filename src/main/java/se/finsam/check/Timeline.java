package se.finsam.check;

import java.lang.management.ManagementFactory;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * With -Dfinsam.timing=true, when a run first reached each stage, on stderr ("finsam-check timing: …"), so that a
 * cold start can be taken apart; nothing at all without the property. A stage of many documents is told once,
 * for the first.
 */
public final class Timeline {

    public static final boolean ON = Boolean.getBoolean("finsam.timing");
    /** The start of main: this class is first used there. */
    private static final long START = System.nanoTime();

    private Timeline() {
    }

    /** Called first in main, where the timeline starts. */
    public static void start() {
        // the class's initialisation sets START
    }

    /** Milliseconds since main started. */
    public static double sinceMain(long nanoTime) {
        return (nanoTime - START) / 1e6;
    }

    /** Tells when the stage was first reached. */
    public static void mark(String stage) {
        if (ON && Seen.STAGES.add(stage)) {
            System.err.printf("finsam-check timing: %s %.1f ms after main%n", stage, sinceMain(System.nanoTime()));
        }
    }

    /**
     * The last mark, with the JVM's own age: what lies between the JVM's start and main, and (against the whole
     * process's wall time) the exit after it. The management classes it takes are loaded only then.
     */
    public static void end() {
        if (ON) {
            long now = System.nanoTime();
            long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
            System.err.printf("finsam-check timing: end of main %.1f ms after main, %d ms after the JVM started%n",
                    sinceMain(now), uptime);
        }
    }

    /** Made only with the property. */
    private static final class Seen {
        static final Set<String> STAGES = ConcurrentHashMap.newKeySet();
    }
}
