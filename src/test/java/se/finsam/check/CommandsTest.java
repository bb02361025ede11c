package se.finsam.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static se.finsam.check.CliTest.run;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.finsam.check.CliTest.Run;

/** Every command's help and version, `help COMMAND`, suggestions for misspelt names, and the completion script. */
class CommandsTest {

    static final String VERSION_LINE = "finsam-check " + Project.version() + System.lineSeparator();

    @TempDir
    Path dir;

    /** The command line of a command: none for the top level. */
    private static String[] line(String command, String... args) {
        String[] all = new String[args.length + (command.isEmpty() ? 0 : 1)];
        int i = 0;
        if (!command.isEmpty()) {
            all[i++] = command;
        }
        System.arraycopy(args, 0, all, i, args.length);
        return all;
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "check", "import", "rules", "serve", "schema", "help", "completion"})
    void everyCommandPrintsTheVersionLine(String command) {
        for (String option : new String[] {"-V", "--version"}) {
            Run r = run(line(command, option));
            assertEquals(0, r.status(), command + " " + option + ": " + r.err());
            assertEquals(VERSION_LINE, r.out(), command + " " + option);
            assertEquals("", r.err(), command + " " + option);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "check", "import", "rules", "serve", "schema", "help", "completion"})
    void everyCommandShowsItsHelp(String command) {
        String usage = "Usage: finsam-check" + (command.isEmpty() ? " " : " " + command + " ");
        for (String option : new String[] {"-h", "--help"}) {
            Run r = run(line(command, option));
            assertEquals(0, r.status(), command + " " + option + ": " + r.err());
            assertTrue(r.out().startsWith(usage), r.out());
            assertTrue(r.out().contains("-V, --version"), r.out());
            assertEquals("", r.err());
        }
    }

    @Test
    void versionWithPathsChecksNothing() throws Exception {
        Path plan = Files.writeString(dir.resolve("plan.yaml"), "kind: plan\nedition: [2017\n"); // would exit 2
        Run r = run("check", "--version", plan.toString());
        assertEquals(0, r.status(), r.err());
        assertEquals(VERSION_LINE, r.out());
        assertEquals("", r.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"check", "import", "rules", "serve", "schema", "help", "completion"})
    void helpCommandShowsTheCommandsHelp(String command) {
        Run help = run("help", command);
        assertEquals(0, help.status(), help.err());
        assertEquals(run(command, "--help").out(), help.out());
        assertEquals("", help.err());
    }

    @Test
    void helpAloneShowsTheProgramsHelpWithEveryCommand() {
        Run help = run("help");
        assertEquals(0, help.status(), help.err());
        assertEquals(run("--help").out(), help.out());
        for (String command : new String[] {"check", "import", "rules", "help", "completion"}) {
            assertTrue(help.out().contains("\n  " + command + " "), command + " in " + help.out());
        }
    }

    @Test
    void helpOfAMisspeltCommandSuggestsTheNearest() {
        Run r = run("help", "chek");
        assertEquals(2, r.status());
        assertEquals("", r.out());
        assertEquals("finsam-check: Unknown command: 'chek'\nDid you mean: check?\n", r.err().replace("\r", ""));
    }

    @Test
    void aMisspeltCommandGetsTheNearestSuggested() {
        Run r = run("chek", "plans/");
        assertEquals(2, r.status());
        assertEquals("", r.out());
        assertTrue(r.err().contains("Did you mean: check?"), r.err());
        assertFalse(r.err().contains("Usage:"), "the suggestion, not the whole usage: " + r.err());
        assertTrue(run("rule").err().contains("Did you mean: rules?"));
        assertTrue(run("imprt").err().contains("Did you mean: import?"));
    }

    @Test
    void aMisspeltOptionGetsTheNearestSuggested() {
        assertSuggests("--format", "check", "--formt", "json", "x.yaml");
        assertSuggests("--format", "check", "--formt=json", "x.yaml");
        assertSuggests("--fail-on", "check", "--fial-on", "warning", "x.yaml");
        assertSuggests("--output", "check", "--out", "report.txt", "x.yaml");
        assertSuggests("--lang", "import", "--lnag", "en", "x.txt");
        assertSuggests("--docs", "rules", "--doc", "out");
        assertSuggests("--version", "--verison");
    }

    private static void assertSuggests(String option, String... args) {
        Run r = run(args);
        assertEquals(2, r.status(), String.join(" ", args));
        assertTrue(r.err().contains("Did you mean: " + option + "?"), String.join(" ", args) + ": " + r.err());
    }

    @Test
    void nothingNearGetsTheUsage() {
        Run r = run("plans/");
        assertEquals(2, r.status());
        assertFalse(r.err().contains("Did you mean"), r.err());
        assertTrue(r.err().contains("Usage: finsam-check"), r.err());
        Run option = run("check", "-x", "a.yaml");
        assertEquals(2, option.status());
        assertTrue(option.err().contains("Unknown option: '-x'") && option.err().contains("Usage: finsam-check check"),
                option.err());
    }

    @Test
    void completionPrintsABashScriptOfEveryCommandAndOption() {
        Run r = run("completion", "bash");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().startsWith("#!/usr/bin/env bash"), r.out());
        assertTrue(r.out().contains("complete -F _complete_finsam-check"), r.out());
        for (String name : new String[] {"check", "import", "rules", "--format", "--fail-on", "--include", "--docs",
                "(\"text\" \"json\" \"sarif\" \"junit\" \"github\" \"html\" \"letter\")"}) {
            assertTrue(r.out().contains(name), name);
        }
        assertEquals("", r.err());
        assertEquals(2, run("completion").status(), "the shell is required");
        assertEquals(2, run("completion", "fish").status());
    }

    /** The script as bash runs it: what TAB offers after a few beginnings. */
    @Test
    void theCompletionScriptCompletesInBash() throws Exception {
        Path bash = Path.of("/bin/bash");
        assumeTrue(Files.isExecutable(bash), "needs bash");
        Path script = Files.writeString(dir.resolve("finsam-check.bash"), run("completion", "bash").out());
        String probe = """
                source "$1"
                comp() {
                  COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}; COMPREPLY=()
                  _complete_finsam-check finsam-check "${@: -1}" "${@: -2:1}" 2>/dev/null
                  echo "${COMPREPLY[*]}"
                }
                comp finsam-check ch
                comp finsam-check check --fo
                comp finsam-check check --format ""
                comp finsam-check help ""
                """;
        Process p = new ProcessBuilder(bash.toString(), "-c", probe, "probe", script.toString())
                .redirectErrorStream(true).start();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals("""
                check
                --force --format
                text json sarif junit github html letter
                check import rules serve schema help completion
                """, out);
    }
}
