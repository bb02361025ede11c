package se.finsam.check.read;

import java.math.BigInteger;

/**
 * The type of a plain (unquoted, untagged) YAML scalar by the YAML 1.2 core schema, by a scan of its characters
 * (no regular expression: every plain scalar of every document passes here).
 *
 * <ul>
 *   <li>null: {@code null}, {@code Null}, {@code NULL}, {@code ~} and the empty scalar;</li>
 *   <li>booleans: {@code true}, {@code True}, {@code TRUE}, {@code false}, {@code False}, {@code FALSE} – and
 *       nothing else: {@code yes}, {@code no}, {@code on}, {@code off}, {@code y}, {@code n} are text;</li>
 *   <li>integers: {@code [-+]?[0-9]+}, in decimal (so {@code 03741} is 3741); the core schema's {@code 0o…}
 *       and {@code 0x…} are {@link #RADIX}: the reader refuses them rather than read {@code 0x7E1} as 2017;</li>
 *   <li>floats: {@code [-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?}; {@code .inf} and {@code .nan} are
 *       text here (no form value is infinite, and NaN compares false with every limit);</li>
 *   <li>everything else is text ({@code 2_017}, {@code 0b101}, {@code 1:30}, {@code 2016-09-26}).</li>
 * </ul>
 */
final class CoreSchema {

    /** The value of a plain null scalar (a map cannot hold Java null as "resolved to null"). */
    static final Object NULL = new Object();
    /** A plain {@code 0o…} or {@code 0x…} integer: refused, see the class comment. */
    static final Object RADIX = new Object();

    private CoreSchema() {
    }

    /** NULL, RADIX, a Boolean, an Integer/Long/BigInteger, a Double, or the text itself. */
    static Object resolve(String s) {
        int n = s.length();
        if (n == 0) {
            return NULL;
        }
        char c = s.charAt(0);
        switch (c) {
            case '~':
                return n == 1 ? NULL : s;
            case 'n': case 'N':
                return n == 4 && (s.equals("null") || s.equals("Null") || s.equals("NULL")) ? NULL : s;
            case 't': case 'T':
                return n == 4 && (s.equals("true") || s.equals("True") || s.equals("TRUE")) ? Boolean.TRUE : s;
            case 'f': case 'F':
                return n == 5 && (s.equals("false") || s.equals("False") || s.equals("FALSE")) ? Boolean.FALSE : s;
            case '-': case '+': case '.':
            case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': case '8': case '9':
                return number(s, n);
            default:
                return s;
        }
    }

    private static Object number(String s, int n) {
        if (n > 2 && s.charAt(0) == '0' && (s.charAt(1) == 'o' || s.charAt(1) == 'x')) {
            boolean octal = s.charAt(1) == 'o';
            for (int k = 2; k < n; k++) {
                char d = s.charAt(k);
                boolean ok = octal ? d >= '0' && d <= '7' : isDigit(d) || d >= 'a' && d <= 'f' || d >= 'A' && d <= 'F';
                if (!ok) {
                    return s; // "0xyz" is text
                }
            }
            return RADIX;
        }
        int i = s.charAt(0) == '-' || s.charAt(0) == '+' ? 1 : 0;
        int start = i;
        while (i < n && isDigit(s.charAt(i))) {
            i++;
        }
        int whole = i - start;
        if (i == n) {
            return whole == 0 ? s : integer(s, whole);
        }
        int fraction = 0;
        if (s.charAt(i) == '.') {
            i++;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
                fraction++;
            }
        }
        if (whole == 0 && fraction == 0) {
            return s; // ".", "-.", ".inf", ".nan", "-foo"
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
                i++;
            }
            int exponent = 0;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
                exponent++;
            }
            if (exponent == 0) {
                return s;
            }
        }
        return i == n ? Double.parseDouble(s) : s;
    }

    /** The integer types Jackson gives for JSON: Integer when it fits, then Long, then BigInteger. */
    private static Number integer(String s, int digits) {
        if (digits <= 18) {
            return narrow(Long.parseLong(s));
        }
        BigInteger v = new BigInteger(s); // leading zeros, or beyond a long
        return v.bitLength() < 64 ? narrow(v.longValue()) : v;
    }

    private static Number narrow(long v) {
        if (v == (int) v) {
            return Integer.valueOf((int) v); // not "? :", which would box both as Long
        }
        return Long.valueOf(v);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
