package se.finsam.check.read.form;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * A form's table of contents, as a Word form's text export or PDF has it: the headings again, each with its page
 * number, before the questions they list. Read, an entry would be taken for its question and the lines after it
 * for its answer – and the real question further down for a second one. An entry is a line that is one of the
 * form's headings followed by a page number only (after a tab, in a cell of its own or after a dotted leader), whose
 * heading the form has again below it; without a leader it must stand beside another entry, so that a question
 * answered with a lone number ("Antal deltagare? 12") is never one. A long heading the contents wrap is an entry
 * too: the heading alone, its next line ending in the leader and the page number.
 */
final class Contents {

    private static final Pattern PAGE = Pattern.compile("[\\s.…·_-]*\\d{1,3}");
    private static final Pattern LEADER = Pattern.compile(".*(\\.\\s?\\.\\s?\\.|…|·\\s?·\\s?·|___).*\\d{1,3}");
    private static final Pattern WRAPPED_END = Pattern.compile("[^?:]{1,120}(\\.\\s?\\.\\s?\\.|…|·\\s?·\\s?·|___)[\\s.…·_]*\\d{1,3}");

    private Contents() {
    }

    /** The form without its table of contents' entries; the same form when it has none. */
    static FormText without(FormText form, Function<FormLine, Optional<Headings.Match>> heading) {
        List<FormLine> lines = form.lines();
        int n = lines.size();
        List<Optional<Headings.Match>> headings = new ArrayList<>(n);
        boolean[] entry = new boolean[n];
        boolean[] wrapped = new boolean[n];
        for (int i = 0; i < n; i++) {
            Optional<Headings.Match> h = heading.apply(lines.get(i));
            headings.add(h);
            if (h.isPresent()) {
                String rest = h.get().rest();
                entry[i] = PAGE.matcher(rest).matches();
                wrapped[i] = rest.isEmpty() && i + 1 < n && WRAPPED_END.matcher(lines.get(i + 1).text()).matches();
            }
        }
        boolean[] drop = new boolean[n];
        boolean any = false;
        Set<String> below = new HashSet<>();
        for (int i = n - 1; i >= 0; i--) {
            Optional<Headings.Match> h = headings.get(i);
            if (h.isEmpty()) {
                continue;
            }
            String text = lines.get(i).text();
            boolean leader = wrapped[i] || entry[i] && LEADER.matcher(text).matches();
            // an entry of another heading just above (one line, or a wrapped one's two) or just below
            String key = h.get().key();
            boolean beside = entry[i] && (i > 0 && entry[i - 1] && other(headings.get(i - 1), key)
                    || i > 1 && wrapped[i - 2] && other(headings.get(i - 2), key)
                    || i + 1 < n && (entry[i + 1] || wrapped[i + 1]) && other(headings.get(i + 1), key));
            if ((entry[i] || wrapped[i]) && (leader || beside) && below.contains(key)) {
                drop[i] = true;
                drop[i + 1] |= wrapped[i];
                any = true;
            } else {
                below.add(key);
            }
        }
        if (!any) {
            return form;
        }
        List<FormLine> kept = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (!drop[i]) {
                kept.add(lines.get(i));
            }
        }
        return new FormText(form.source(), kept, form.places(), form.context(), form.unread());
    }

    private static boolean other(Optional<Headings.Match> heading, String key) {
        return !heading.get().key().equals(key);
    }
}
