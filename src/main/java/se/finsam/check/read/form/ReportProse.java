package se.finsam.check.read.form;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.finsam.check.read.Amounts;

/**
 * What a report tells in prose of posts left vacant and of money returned. Each statement keeps its sentence as
 * evidence and the line it stands on.
 */
final class ReportProse {

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[\\p{Lu}\\d\"])");
    private static final Pattern PERCENT = Pattern.compile("(\\d{1,3})\\s*(%|procent)");
    private static final Pattern MONEY = Pattern.compile("(\\d{1,3}(?:[ \\u00a0]\\d{3})+|\\d+)\\s*(tkr|kr|kronor)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern WORD = Pattern.compile("[\\p{L}-]*");

    private final Pattern vacancy;
    private final Pattern staff;
    private final Pattern refilled;
    private final Pattern returned;
    private final Pattern money;
    private final Pattern none;

    ReportProse(FormLayout layout) {
        vacancy = FormLayout.Phrases.any(layout.vacancies().phrases());
        staff = FormLayout.Phrases.any(layout.vacancies().staff());
        refilled = FormLayout.Phrases.any(layout.vacancies().refilled());
        returned = FormLayout.Phrases.any(layout.returns().phrases());
        money = FormLayout.Phrases.any(layout.returns().money());
        none = FormLayout.Phrases.any(layout.returns().none());
    }

    private record Sentence(String text, int line) {
    }

    /** The sentences of the given texts (each with its line), each sentence once. */
    private static List<Sentence> sentences(List<Sourced> texts) {
        Set<String> seen = new LinkedHashSet<>();
        List<Sentence> sentences = new ArrayList<>();
        for (Sourced t : texts) {
            for (String s : SENTENCE_END.split(String.valueOf(t.value()))) {
                String sentence = s.strip();
                if (!sentence.isEmpty() && seen.add(sentence)) {
                    sentences.add(new Sentence(sentence, t.line()));
                }
            }
        }
        return sentences;
    }

    List<Object> vacancies(List<Sourced> texts) {
        List<Object> found = new ArrayList<>();
        for (Sentence s : sentences(texts)) {
            if (vacancy.matcher(s.text()).find() && staff.matcher(s.text()).find()
                    && (refilled == null || !refilled.matcher(s.text()).find())) {
                LinkedHashMap<String, Object> v = new LinkedHashMap<>();
                v.put("role", new Sourced(role(s.text()), s.line()));
                Matcher p = PERCENT.matcher(s.text());
                if (p.find()) {
                    v.put("percent", new Sourced(Integer.parseInt(p.group(1)), s.line()));
                }
                v.put("statement", new Sourced(s.text(), s.line()));
                found.add(v);
            }
        }
        return found;
    }

    /** The word naming the staff ("arbetscoacherna", "tjänst"). */
    private String role(String sentence) {
        Matcher m = staff.matcher(sentence);
        m.find();
        int start = m.start();
        while (start > 0 && Character.isLetter(sentence.charAt(start - 1))) {
            start--;
        }
        Matcher w = WORD.matcher(sentence);
        return w.find(start) ? w.group() : m.group();
    }

    List<Object> returns(List<Sourced> texts) {
        List<Object> found = new ArrayList<>();
        for (Sentence s : sentences(texts)) {
            boolean tellsReturn = returned.matcher(s.text()).find() && money.matcher(s.text()).find();
            if (tellsReturn || none.matcher(s.text()).find()) {
                LinkedHashMap<String, Object> r = new LinkedHashMap<>();
                Matcher m = MONEY.matcher(s.text());
                if (tellsReturn && m.find()) {
                    r.put("amount", new Sourced(Amounts.parse(m.group()), s.line()));
                }
                r.put("statement", new Sourced(s.text(), s.line()));
                found.add(r);
            }
        }
        return found;
    }
}
