package se.finsam.check.read;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A path pattern with the semantics of {@code .gitignore}, matched against paths relative to a base folder
 * ({@code /} between names, no leading {@code /}):
 * <ul>
 * <li>{@code *} matches any run of characters except {@code /}, {@code ?} one character except {@code /};</li>
 * <li>{@code [abc]}, {@code [a-z]}, {@code [!a]} and {@code [^a]} match one character of (or not of) the class, never
 *     {@code /}; a {@code ]} right after the opening {@code [} (or {@code [!}) belongs to the class;</li>
 * <li>{@code **} as a whole name matches zero or more names: {@code **}{@code /x} {@code x} in any folder,
 *     {@code x/**} everything inside {@code x}, {@code a/**}{@code /b} {@code a/b}, {@code a/x/b}, {@code a/x/y/b};
 *     a name of three or more {@code *} is the same; other runs of {@code *} are one {@code *};</li>
 * <li>a backslash makes the next character literal ({@code \*}, {@code \[}, {@code \\});</li>
 * <li>a pattern without a {@code /} (but for a trailing one) matches a name at any depth; a leading {@code /} or one
 *     in the middle anchors the pattern to the base;</li>
 * <li>a trailing {@code /} matches only folders.</li>
 * </ul>
 * Matching is case-sensitive. There is no {@code {a,b}}, no {@code !} negation and no {@code [[:alpha:]]}: those
 * characters are literal ({@code [[:alpha:]]} is a class of {@code [:alph} followed by a literal {@code ]}).
 *
 * <p>A glob is compiled once into a small automaton and matched by simulating all its states at once, so a match
 * takes at most pattern length × path length steps, whatever the pattern; there is no backtracking and no regular
 * expression. A Glob is immutable and safe to share between threads.
 */
public final class Glob {

    /** Consumes one given character. */
    private static final byte CHAR = 0;
    /** Consumes one character but {@code /}. */
    private static final byte ONE = 1;
    /** Consumes one character of a class, never {@code /}. */
    private static final byte CLASS = 2;
    /** {@code *}: stays on any character but {@code /}, or moves on without one. */
    private static final byte STAR = 3;
    /** A trailing {@code **}: stays on any character, or moves on without one. */
    private static final byte ANY = 4;
    /** The start of {@code **}{@code /}: moves on, without a character, to its body or past it (zero names). */
    private static final byte NAMES = 5;
    /** The body of {@code **}{@code /}: stays on any character and moves past on a {@code /} (one or more names). */
    private static final byte NAMES_BODY = 6;

    private final String pattern;
    private final boolean directoryOnly;
    /** The states 0..n-1; state n accepts. */
    private final byte[] types;
    private final int[] chars;
    /** Per CLASS state: pairs of inclusive bounds. */
    private final int[][] ranges;
    private final boolean[] negated;

    private Glob(String pattern, boolean directoryOnly, byte[] types, int[] chars, int[][] ranges, boolean[] negated) {
        this.pattern = pattern;
        this.directoryOnly = directoryOnly;
        this.types = types;
        this.chars = chars;
        this.ranges = ranges;
        this.negated = negated;
    }

    /**
     * Compiles a pattern.
     *
     * @throws GlobError when the pattern is empty (or only {@code /}), has a {@code [} that is never closed, ends with
     *                   a lone backslash or has a range whose ends are reversed ({@code [z-a]})
     */
    public static Glob compile(String pattern) throws GlobError {
        Objects.requireNonNull(pattern, "pattern");
        List<Atom> atoms = lex(pattern);
        boolean directoryOnly = false;
        if (!atoms.isEmpty() && atoms.get(atoms.size() - 1).kind == Atom.SLASH) {
            directoryOnly = true;
            atoms.remove(atoms.size() - 1);
        }
        boolean anchored = false;
        if (!atoms.isEmpty() && atoms.get(0).kind == Atom.SLASH) {
            anchored = true;
            atoms.remove(0);
        }
        if (atoms.isEmpty()) {
            throw new GlobError(pattern, "glob.empty", 0);
        }
        anchored |= atoms.stream().anyMatch(a -> a.kind == Atom.SLASH);

        List<List<Atom>> names = new ArrayList<>();
        if (!anchored) {
            names.add(null); // any depth: as if the pattern began with **/
        }
        List<Atom> name = new ArrayList<>();
        for (Atom a : atoms) {
            if (a.kind == Atom.SLASH) {
                names.add(isTwoStars(name) ? null : name);
                name = new ArrayList<>();
            } else if (a.kind != Atom.STAR || name.isEmpty() || name.get(name.size() - 1).kind != Atom.STAR) {
                name.add(a);
            } else if (name.size() == 1) {
                name.add(a); // a second star: ** when the name holds nothing else
            }
        }
        names.add(isTwoStars(name) ? null : name);

        Builder b = new Builder();
        for (int i = 0; i < names.size(); i++) {
            List<Atom> n = names.get(i);
            boolean last = i == names.size() - 1;
            if (n == null) {
                // ** as a whole name: zero or more names with their slashes, or everything when it comes last
                if (last) {
                    b.add(ANY, 0, null, false);
                } else {
                    b.add(NAMES, 0, null, false);
                    b.add(NAMES_BODY, 0, null, false);
                }
                continue;
            }
            boolean star = false;
            for (Atom a : n) {
                switch (a.kind) {
                    case Atom.CHAR -> b.add(CHAR, a.ch, null, false);
                    case Atom.ONE -> b.add(ONE, 0, null, false);
                    case Atom.CLASS -> b.add(CLASS, 0, a.ranges, a.negated);
                    default -> {
                        if (!star) { // a** inside a name is a*
                            b.add(STAR, 0, null, false);
                        }
                    }
                }
                star = a.kind == Atom.STAR;
            }
            if (!last) {
                b.add(CHAR, '/', null, false);
            }
        }
        return new Glob(pattern, directoryOnly, b.types(), b.chars(), b.ranges.toArray(int[][]::new), b.negated());
    }

    private static boolean isTwoStars(List<Atom> name) {
        return name.size() == 2 && name.get(0).kind == Atom.STAR && name.get(1).kind == Atom.STAR;
    }

    /** The pattern as written. */
    public String pattern() {
        return pattern;
    }

    /** Whether the pattern ends with {@code /} and so matches only folders. */
    public boolean isDirectoryOnly() {
        return directoryOnly;
    }

    /**
     * Whether the path matches.
     *
     * @param relativePath the path relative to the base, names separated by {@code /}, without a leading {@code /}
     * @param isDirectory  whether the path is a folder (a pattern ending with {@code /} matches only folders)
     */
    public boolean matches(String relativePath, boolean isDirectory) {
        return (isDirectory || !directoryOnly) && run(relativePath, false, true);
    }

    /**
     * Whether the path or one of the folders it is in matches – the way {@code .gitignore} leaves out everything
     * inside a folder it leaves out: {@code plans} and {@code plans/} match {@code plans/2017/heby.yaml}.
     */
    public boolean matchesOrIsInside(String relativePath, boolean isDirectory) {
        return run(relativePath, true, isDirectory || !directoryOnly);
    }

    /**
     * Simulates every state at once: one pass over the path, at most (states × characters) steps. With folders, a
     * match of the part before a {@code /} (a folder the path is in) is a match; self says whether the whole path
     * may match.
     */
    private boolean run(String text, boolean folders, boolean self) {
        int n = types.length;
        boolean[] current = new boolean[n + 1];
        boolean[] next = new boolean[n + 1];
        current[0] = true;
        close(current);
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (folders && c == '/' && i > 0 && current[n]) {
                return true; // a folder the path is in matches
            }
            i += Character.charCount(c);
            Arrays.fill(next, false);
            boolean any = false;
            for (int s = 0; s < n; s++) {
                if (!current[s]) {
                    continue;
                }
                int to = switch (types[s]) {
                    case CHAR -> c == chars[s] ? s + 1 : -1;
                    case ONE -> c != '/' ? s + 1 : -1;
                    case CLASS -> c != '/' && inClass(s, c) ? s + 1 : -1;
                    case STAR -> c != '/' ? s : -1;
                    case ANY -> s;
                    case NAMES_BODY -> {
                        next[s + 1] |= c == '/';
                        yield s;
                    }
                    default -> -1; // NAMES consumes nothing: the states it leads to are in current already
                };
                if (to >= 0) {
                    next[to] = true;
                    any = true;
                }
            }
            if (!any) {
                return false;
            }
            close(next);
            boolean[] t = current;
            current = next;
            next = t;
        }
        return self && current[n];
    }

    /** Adds the states reached without a character; those always lie further on, so one pass in order is enough. */
    private void close(boolean[] states) {
        for (int s = 0; s < types.length; s++) {
            if (states[s]) {
                switch (types[s]) {
                    case STAR, ANY -> states[s + 1] = true;
                    case NAMES -> {
                        states[s + 1] = true;
                        states[s + 2] = true;
                    }
                    default -> { }
                }
            }
        }
    }

    private boolean inClass(int s, int c) {
        int[] r = ranges[s];
        boolean in = false;
        for (int k = 0; k < r.length && !in; k += 2) {
            in = r[k] <= c && c <= r[k + 1];
        }
        return in != negated[s];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Glob g && g.pattern.equals(pattern);
    }

    @Override
    public int hashCode() {
        return pattern.hashCode();
    }

    @Override
    public String toString() {
        return pattern;
    }

    /** One piece of the pattern as written: a character, a slash, *, ? or a class. */
    private record Atom(int kind, int ch, int[] ranges, boolean negated) {
        static final int CHAR = 0;
        static final int SLASH = 1;
        static final int STAR = 2;
        static final int ONE = 3;
        static final int CLASS = 4;
    }

    private static List<Atom> lex(String pattern) throws GlobError {
        int[] cp = pattern.codePoints().toArray();
        List<Atom> atoms = new ArrayList<>();
        for (int i = 0; i < cp.length; i++) {
            int c = cp[i];
            switch (c) {
                case '\\' -> {
                    if (i + 1 == cp.length) {
                        throw new GlobError(pattern, "glob.trailingBackslash", i + 1);
                    }
                    int escaped = cp[++i];
                    atoms.add(escaped == '/' ? new Atom(Atom.SLASH, '/', null, false) : new Atom(Atom.CHAR, escaped, null, false));
                }
                case '/' -> atoms.add(new Atom(Atom.SLASH, c, null, false));
                case '*' -> atoms.add(new Atom(Atom.STAR, c, null, false));
                case '?' -> atoms.add(new Atom(Atom.ONE, c, null, false));
                case '[' -> i = lexClass(pattern, cp, i, atoms);
                default -> atoms.add(new Atom(Atom.CHAR, c, null, false));
            }
        }
        return atoms;
    }

    /** Reads the class that opens at cp[open]; returns the index of its closing ]. */
    private static int lexClass(String pattern, int[] cp, int open, List<Atom> atoms) throws GlobError {
        int i = open + 1;
        boolean negated = i < cp.length && (cp[i] == '!' || cp[i] == '^');
        if (negated) {
            i++;
        }
        List<Integer> bounds = new ArrayList<>();
        boolean first = true;
        while (true) {
            if (i >= cp.length) {
                throw new GlobError(pattern, "glob.unclosedClass", open + 1);
            }
            if (cp[i] == ']' && !first) {
                break;
            }
            first = false;
            int at = i;
            int lo = cp[i];
            if (lo == '\\') {
                if (++i >= cp.length) {
                    throw new GlobError(pattern, "glob.unclosedClass", open + 1);
                }
                lo = cp[i];
            }
            i++;
            int hi = lo;
            if (i + 1 < cp.length && cp[i] == '-' && cp[i + 1] != ']') {
                i++;
                hi = cp[i];
                if (hi == '\\') {
                    if (++i >= cp.length) {
                        throw new GlobError(pattern, "glob.unclosedClass", open + 1);
                    }
                    hi = cp[i];
                }
                i++;
                if (hi < lo) {
                    throw new GlobError(pattern, "glob.reversedRange", at + 1);
                }
            }
            bounds.add(lo);
            bounds.add(hi);
        }
        atoms.add(new Atom(Atom.CLASS, 0, bounds.stream().mapToInt(Integer::intValue).toArray(), negated));
        return i;
    }

    /** Collects the states as they are made. */
    private static final class Builder {
        private final List<Byte> types = new ArrayList<>();
        private final List<Integer> chars = new ArrayList<>();
        private final List<int[]> ranges = new ArrayList<>();
        private final List<Boolean> negated = new ArrayList<>();

        void add(byte type, int ch, int[] classRanges, boolean negate) {
            types.add(type);
            chars.add(ch);
            ranges.add(classRanges);
            negated.add(negate);
        }

        byte[] types() {
            byte[] t = new byte[types.size()];
            for (int i = 0; i < t.length; i++) {
                t[i] = types.get(i);
            }
            return t;
        }

        int[] chars() {
            return chars.stream().mapToInt(Integer::intValue).toArray();
        }

        boolean[] negated() {
            boolean[] n = new boolean[negated.size()];
            for (int i = 0; i < n.length; i++) {
                n[i] = negated.get(i);
            }
            return n;
        }
    }
}
