package se.finsam.check.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.finsam.check.findings.Messages;

/** Globs with .gitignore semantics: a table of patterns and paths, malformed patterns, and no backtracking. */
class GlobTest {

    /** pattern | path | the path is a folder | matches. */
    @ParameterizedTest(name = "{0} on {1} (folder: {2}): {3}")
    @CsvSource(delimiter = '|', value = {
            // * is any run of characters but /
            "*.yaml|heby.yaml|false|true",
            "*.yaml|heby.yml|false|false",
            "*.yaml|.yaml|false|true",
            "plan-*.yaml|plan-2017-heby.yaml|false|true",
            "plan-*.yaml|plan-.yaml|false|true",
            "plan-*.yaml|plan.yaml|false|false",
            "plans/*.yaml|plans/heby.yaml|false|true",
            "plans/*.yaml|plans/2017/heby.yaml|false|false",
            "a*b|a/b|false|false",
            "*|a/b|false|true",
            "*a*|bab|false|true",
            // ? is one character but /
            "?.yaml|a.yaml|false|true",
            "?.yaml|ab.yaml|false|false",
            "?.yaml|.yaml|false|false",
            "a?b|a/b|false|false",
            "?.txt|ö.txt|false|true",
            "?.txt|😀.txt|false|true",
            "??.txt|😀.txt|false|false",
            // classes
            "[abc].yaml|b.yaml|false|true",
            "[abc].yaml|d.yaml|false|false",
            "[a-c]x|bx|false|true",
            "[a-c]x|dx|false|false",
            "[a-cx-z]1|y1|false|true",
            "[!a]x|bx|false|true",
            "[!a]x|ax|false|false",
            "[^a]x|bx|false|true",
            "[^a]x|ax|false|false",
            "[]a]x|]x|false|true",
            "[!]]x|]x|false|false",
            "[!]]x|ax|false|true",
            "[a-]x|-x|false|true",
            "[-a]x|-x|false|true",
            "[*?]x|*x|false|true",
            "[*?]x|ax|false|false",
            "[\\]]x|]x|false|true",
            "[åäö]t|ät|false|true",
            "a[/]b|a/b|false|false",
            "a[!x]b|a/b|false|false",
            // ** as a whole name: zero or more names
            "**/heby.yaml|heby.yaml|false|true",
            "**/heby.yaml|a/b/heby.yaml|false|true",
            "**/plans/heby.yaml|x/plans/heby.yaml|false|true",
            "**/plans/heby.yaml|plans/heby.yaml|false|true",
            "**/plans/heby.yaml|xplans/heby.yaml|false|false",
            "plans/**|plans/a.yaml|false|true",
            "plans/**|plans/2017/a.yaml|false|true",
            "plans/**|plans|true|false",
            "plans/**|other/plans/a.yaml|false|false",
            "a/**/b|a/b|false|true",
            "a/**/b|a/x/b|false|true",
            "a/**/b|a/x/y/b|false|true",
            "a/**/b|a/xb|false|false",
            "a/**/b|ab|false|false",
            "a/**/b|x/a/b|false|false",
            "a/**/b|a/x/bc|false|false",
            "a/**/**/b|a/b|false|true",
            "a/***/b|a/x/y/b|false|true",
            "**|any/path/at/all.yaml|false|true",
            // other runs of * are one *
            "a**b|axyb|false|true",
            "a**b|a/b|false|false",
            "**a|x/ya|false|true",
            "x/a**|x/ab|false|true",
            "x/a**|x/a/b|false|false",
            // a backslash makes the next character literal
            "\\*.yaml|*.yaml|false|true",
            "\\*.yaml|a.yaml|false|false",
            "\\?x|?x|false|true",
            "\\?x|ax|false|false",
            "\\[a].yaml|[a].yaml|false|true",
            "\\[a].yaml|a.yaml|false|false",
            "a\\\\b|a\\b|false|true",
            "\\a|a|false|true",
            "\\**|*x|false|true",
            "\\**|x*|false|false",
            // no / but a trailing one: any depth; a leading or a middle / anchors
            "heby.yaml|heby.yaml|false|true",
            "heby.yaml|plans/2017/heby.yaml|false|true",
            "heby.yaml|plans/heby.yaml.bak|false|false",
            "/heby.yaml|heby.yaml|false|true",
            "/heby.yaml|plans/heby.yaml|false|false",
            "plans/heby.yaml|plans/heby.yaml|false|true",
            "plans/heby.yaml|x/plans/heby.yaml|false|false",
            "/plans/*|plans/heby.yaml|false|true",
            // a trailing / matches only folders
            "plans/|plans|true|true",
            "plans/|plans|false|false",
            "plans/|x/plans|true|true",
            "/plans/|x/plans|true|false",
            "p*/|plans|true|true",
            "plans|plans|true|true",
            "plans|plans|false|true",
            // literal: no braces, no negation, no comments
            "{a,b}.yaml|a.yaml|false|false",
            "{a,b}.yaml|{a,b}.yaml|false|true",
            "!x|!x|false|true",
            "#x|#x|false|true",
            // case-sensitive, and nothing but the whole path
            "Heby.yaml|heby.yaml|false|false",
            "heby|heby.yaml|false|false",
            "eby.yaml|heby.yaml|false|false"})
    void matches(String pattern, String path, boolean folder, boolean expected) throws GlobError {
        assertEquals(expected, Glob.compile(pattern).matches(path, folder));
    }

    /** A path inside a folder that matches matches too, the way .gitignore leaves out what is in a left-out folder. */
    @ParameterizedTest(name = "{0} on {1}: {3}")
    @CsvSource(delimiter = '|', value = {
            "plans|plans/2017/heby.yaml|false|true",
            "plans/|plans/heby.yaml|false|true",
            "plans/|plans|false|false",
            "plans/|plans|true|true",
            "/plans|x/plans/heby.yaml|false|false",
            "plans/2017|plans/2017x/heby.yaml|false|false",
            "plans/2017|plans/2017/heby.yaml|false|true",
            "*.yaml|x.yaml/notes.txt|false|true",
            "heby.yaml|plans/heby.yaml|false|true",
            "heby.yaml|plans/tierp.yaml|false|false",
            "plans/**|plans/2017/x|true|true"})
    void matchesOrIsInside(String pattern, String path, boolean folder, boolean expected) throws GlobError {
        assertEquals(expected, Glob.compile(pattern).matchesOrIsInside(path, folder));
    }

    /** pattern | message key | character. */
    @ParameterizedTest(name = "\"{0}\": {1}")
    @CsvSource(delimiter = '|', value = {
            "''|glob.empty|0",
            "/|glob.empty|0",
            "//|glob.empty|0",
            "[|glob.unclosedClass|1",
            "plans/[ab.yaml|glob.unclosedClass|7",
            "[]|glob.unclosedClass|1",
            "[!]|glob.unclosedClass|1",
            "a[\\]|glob.unclosedClass|2",
            "[a\\|glob.unclosedClass|1",
            "plans\\|glob.trailingBackslash|6",
            "\\|glob.trailingBackslash|1",
            "[z-a]|glob.reversedRange|2",
            "x[ab-a]|glob.reversedRange|4"})
    void malformedPatternsAreRefusedWithTheirKey(String pattern, String key, int character) {
        GlobError e = assertThrows(GlobError.class, () -> Glob.compile(pattern));
        assertEquals(key, e.key());
        assertEquals(List.of(pattern, character), e.args());
        assertEquals(pattern, e.pattern());
        for (java.util.Locale locale : Messages.LANGUAGES) {
            String message = new Messages(locale).format(e.key(), e.args());
            assertTrue(message.contains("\"" + pattern + "\"") || message.contains("”" + pattern + "”"), message);
            assertFalse(message.contains("{"), message);
        }
    }

    @Test
    void escapedCharactersAndRangesOfTheirOwnAreNoErrors() throws GlobError {
        assertTrue(Glob.compile("\\[").matches("[", false));
        assertTrue(Glob.compile("\\\\").matches("\\", false));
        assertTrue(Glob.compile("[a-a]").matches("a", false));
        assertTrue(Glob.compile("a]").matches("a]", false));
    }

    @Test
    void aGlobIsAValueThatKnowsItsPattern() throws GlobError {
        Glob g = Glob.compile("plans/");
        assertEquals("plans/", g.pattern());
        assertEquals("plans/", g.toString());
        assertTrue(g.isDirectoryOnly());
        assertFalse(Glob.compile("plans").isDirectoryOnly());
        assertEquals(Glob.compile("a*"), Glob.compile("a*"));
        assertEquals(Glob.compile("a*").hashCode(), Glob.compile("a*").hashCode());
    }

    @Test
    void oneGlobIsSharedBetweenThreads() throws GlobError {
        Glob g = Glob.compile("**/plan-*.yaml");
        assertTrue(IntStream.range(0, 10_000).parallel()
                .allMatch(i -> g.matches("x/" + i + "/plan-" + i + ".yaml", false) && !g.matches("plan" + i + ".yaml", false)));
    }

    /**
     * A backtracking matcher takes exponential time on these; an automaton takes time in proportion to the path.
     * Four times the path may take at most about eight times as long (quadratic would be sixteen; CPU time, no
     * wall-clock limit: the machine may be busy).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"*a*a*a*a*a*a*a*a*b", "**/a*a*a*a*a*a*/**/b", "/*?*?*?*?*?*?*?*?*?c"})
    void noBacktrackingBlowUp(String pattern) throws GlobError {
        Glob g = Glob.compile(pattern);
        int n = 5000;
        String text = "a".repeat(n);
        String twice = "a".repeat(4 * n); // four times as long: linear is ~4x, quadratic 16x – apart even on a busy machine
        assertFalse(g.matches(text, false));
        assertFalse(g.matches(twice, false));
        long once = Long.MAX_VALUE;
        long double_ = Long.MAX_VALUE;
        for (int round = 0; round < 7; round++) { // the best of several rounds: warmed up, least disturbed
            once = Math.min(once, time(g, text));
            double_ = Math.min(double_, time(g, twice));
        }
        double ratio = (double) double_ / once;
        assertTrue(ratio <= 8.0, "4N/N time ratio " + ratio);
    }

    /** CPU time of this thread, not wall time: other processes on a busy machine do not count. */
    private static long time(Glob g, String text) {
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long start = cpu.getCurrentThreadCpuTime();
        boolean any = false;
        for (int i = 0; i < 20; i++) {
            any |= g.matches(text, false);
        }
        long took = cpu.getCurrentThreadCpuTime() - start;
        assertFalse(any);
        return took;
    }
}
