package se.finsam.check.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintWriter;

/**
 * The launcher's training run for the class-data archive (the AOT cache, or AppCDS before JDK 24): in one process,
 * the checks users run, so that their classes come from the archive instead of being loaded and verified from the
 * jar on every cold run – a plan and a form in text, the plan with its report as JSON (the year's links and
 * summary), the plan as SARIF. Arguments: a plan, a form and a report of the same group.
 */
public final class Training {

    private Training() {
    }

    public static void main(String[] args) {
        String plan = args[0];
        String form = args[1];
        String report = args[2];
        PrintWriter out = Main.utf8(new FileOutputStream(FileDescriptor.out));
        PrintWriter err = Main.utf8(new FileOutputStream(FileDescriptor.err));
        Remote.run(new String[0]); // loaded first in main, as in a cold check (without arguments it sends nothing)
        String[] first = {"check", plan, form};
        Preload preload = new Preload(first); // built once, cold, as a check builds it; the later runs reuse it
        Main.run(first, out, err, preload, false);
        Main.run(new String[] {"check", "--format", "json", plan, report}, out, err, preload, false);
        Main.run(new String[] {"check", "--format", "sarif", plan}, out, err, preload, false);
        System.exit(0);
    }
}
