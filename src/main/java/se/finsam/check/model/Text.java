package se.finsam.check.model;

/** Small text helpers shared by the model and the rules. */
public final class Text {

    private static final String FILLER = "-–—.,_*";

    private Text() {
    }

    /** Absent, empty, or only dashes and punctuation: a form field left as "–" says nothing. */
    public static boolean isBlank(String s) {
        if (s == null) {
            return true;
        }
        // a loop, not a regular expression: this runs for every answer and row of every document
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c) && FILLER.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    /** A value shortened for quoting in a message: one line, at most 80 characters, cut between words. */
    public static String quote(String s) {
        if (s == null) {
            return "";
        }
        String oneLine = oneLine(s.strip());
        if (oneLine.length() <= 80) {
            return oneLine;
        }
        int cut = oneLine.lastIndexOf(' ', 78);
        return (cut >= 40 ? oneLine.substring(0, cut) : oneLine.substring(0, 78)).stripTrailing() + " …";
    }

    /**
     * Each run of ASCII spaces, tabs and line breaks as one space, as {@code \s+} replaced by " " did (kept in TextTest
     * as the reference): a scan, since a finding quotes a value in every consequence that fires.
     */
    static String oneLine(String s) {
        StringBuilder out = null;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            if (!Scans.isSpace(s.charAt(i)) || s.charAt(i) == ' ' && (i + 1 == n || !Scans.isSpace(s.charAt(i + 1)))) {
                if (out != null) {
                    out.append(s.charAt(i));
                }
                continue;
            }
            if (out == null) {
                out = new StringBuilder(n).append(s, 0, i);
            }
            out.append(' ');
            while (i + 1 < n && Scans.isSpace(s.charAt(i + 1))) {
                i++;
            }
        }
        return out == null ? s : out.toString();
    }


    /** Letters inserted, dropped or changed to turn a into b (Levenshtein distance): how far a misreading went. */
    public static int editDistance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
