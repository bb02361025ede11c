package se.finsam.check.read.form;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import se.finsam.check.Checker;
import se.finsam.check.TestEngine;
import se.finsam.check.edition.Edition;
import se.finsam.check.edition.Editions;
import se.finsam.check.facts.Understood;
import se.finsam.check.findings.Finding;
import se.finsam.check.findings.Severity;
import se.finsam.check.model.Document;
import se.finsam.check.model.Resource;
import se.finsam.check.model.Signature;
import se.finsam.check.model.Text;
import se.finsam.check.read.DocumentLoader;

/**
 * The reader against careful human readings: every value the rules depend on – each signature's party, date and
 * name, each post's percent and cost, whether each mandatory question is answered, and the form's kind, title,
 * received date, resource rows, vacancies and returns – is compared, per field type; and every error the checker
 * gives on the form as read but not on the careful reading is a false error (a group told to complete what it did
 * not leave out); every error of the careful reading the form as read does not give is a missed error (told as a
 * warning instead, or not at all).
 *
 * Two sets: the sample forms the reader was built on (testdata/forms against testdata/samples), and the held-out
 * set it was not tuned on – three sample forms put aside and layouts written for the purpose
 * (src/test/resources/holdout, each form beside its careful reading). The README quotes the printed tables.
 */
class ReaderAccuracyTest {

    private static final List<String> BUILT_ON = List.of("plan-2017-alvkarleby", "plan-2017-heby", "plan-2017-uppsala",
            "report-2017-enkoping-habo", "report-2017-heby", "report-2017-knivsta");

    /** Sample forms kept out of the tuning of the reader's interpretation (issue 14). */
    private static final List<String> HELD_OUT_SAMPLES = List.of("plan-2017-knivsta", "report-2017-tierp",
            "report-2017-uppsala");

    private static final List<String> HELD_OUT_OWN = List.of("plan-2017-osthammar", "plan-2017-tierp",
            "plan-2017-enkoping", "report-2017-osthammar", "report-2017-habo", "report-2017-enkoping");

    private static final String PARTY = "signature party";
    private static final String DATE = "signature date";
    private static final String NAME = "signature name";
    private static final String PERCENT = "post percent";
    private static final String COST = "post cost";
    private static final String ANSWERED = "question answered";
    private static final String OTHER = "other";
    private static final List<String> FIELDS = List.of(PARTY, DATE, NAME, PERCENT, COST, ANSWERED, OTHER);

    /** What the reader gets wrong on the forms it was built on; each entry is sample: value: read ≠ transcribed. */
    private static final List<String> KNOWN_WRONG = List.of(
            // the fourth signer wrote "Föräbrygskavan" (OCR garble of Försäkringskassan) before the name; the party is
            // right (by elimination), the name keeps the garble
            "report-2017-knivsta: signature name Lottie Siitonen: föräbrygskavan lottie siitonen ≠ lottie siitonen");

    private static final List<String> KNOWN_FALSE_ERRORS = List.of();

    /**
     * Errors a careful reading gives that the form as read does not. Each is a question the reader does not find on
     * the form at all: it cannot tell unanswered from missed, so it warns and asks kansliet to look (by design).
     */
    private static final List<String> KNOWN_MISSED_HELD_OUT = List.of(
            "report-2017-tierp: required-answers.missing har detta behov förändrats i och med insatsens genomförande?",
            "report-2017-uppsala: gender-perspective.missing påverkas utfall/resultat av ett jämställdhetsperspektiv?");

    /** The same on the forms the reader was built on: questions not on the form, told as a warning. */
    private static final List<String> KNOWN_MISSED = List.of(
            "report-2017-heby: gender-perspective.missing påverkas utfall/resultat av ett jämställdhetsperspektiv?",
            "report-2017-heby: required-answers.missing har detta behov förändrats i och med insatsens genomförande?",
            "report-2017-knivsta: gender-perspective.missing påverkas utfall/resultat av ett jämställdhetsperspektiv?");

    private final Editions editions = Editions.builtIn();

    /** One compared value: its field type, what it is, as read and as a person reads it. */
    private record Value(String field, String label, String read, String truth) {
        boolean right() {
            return Objects.equals(read, truth);
        }
    }

    /** Right and compared per field type, the wrong values and the false errors of one set of forms. */
    private static final class Tally {
        final Map<String, int[]> perField = new LinkedHashMap<>();
        final List<String> wrong = new ArrayList<>();
        final List<String> falseErrors = new ArrayList<>();
        /** Errors of the careful reading the form as read does not give (a real omission not told, or told as a warning). */
        final List<String> missedErrors = new ArrayList<>();

        Tally() {
            FIELDS.forEach(f -> perField.put(f, new int[2]));
        }

        void add(String form, Value v) {
            int[] n = perField.get(v.field());
            n[1]++;
            if (v.right()) {
                n[0]++;
            } else {
                wrong.add(form + ": " + v.field() + " " + v.label() + ": " + v.read() + " ≠ " + v.truth());
            }
        }

        String table(String title) {
            StringBuilder b = new StringBuilder(title + "\n");
            int right = 0;
            int all = 0;
            for (Map.Entry<String, int[]> e : perField.entrySet()) {
                b.append(String.format(Locale.ROOT, "  %-18s %4d of %4d%n", e.getKey(), e.getValue()[0], e.getValue()[1]));
                right += e.getValue()[0];
                all += e.getValue()[1];
            }
            b.append(String.format(Locale.ROOT, "  %-18s %4d of %4d (%.1f %%)%n", "all", right, all, 100.0 * right / all));
            b.append(String.format(Locale.ROOT, "  %-18s %4d%n", "false errors", falseErrors.size()));
            b.append(String.format(Locale.ROOT, "  %-18s %4d%n", "missed errors", missedErrors.size()));
            return b.toString();
        }
    }

    @Test
    void theReaderReadsWhatAPersonReadsOffTheFormsItWasBuiltOn() throws Exception {
        Tally t = new Tally();
        for (String name : BUILT_ON) {
            measure(t, name, Path.of("testdata/forms/" + name + ".txt"), Path.of("testdata/samples/" + name + ".yaml"));
        }
        System.out.print(t.table("reader accuracy, forms the reader was built on:"));
        assertEquals(KNOWN_WRONG, t.wrong);
        assertEquals(KNOWN_FALSE_ERRORS, t.falseErrors);
        assertEquals(KNOWN_MISSED, t.missedErrors);
    }

    @Test
    void theReaderReadsFormsItHasNeverSeen() throws Exception {
        Tally t = new Tally();
        for (String name : HELD_OUT_SAMPLES) {
            measure(t, name, Path.of("testdata/forms/" + name + ".txt"), Path.of("testdata/samples/" + name + ".yaml"));
        }
        for (String name : HELD_OUT_OWN) {
            Path dir = Path.of("src/test/resources/holdout");
            measure(t, name, dir.resolve(name + ".txt"), dir.resolve(name + ".yaml"));
        }
        System.out.print(t.table("reader accuracy, held-out forms:"));
        // measured once the changes of issue 14 were done, before looking at any of these forms' readings
        assertEquals(List.of(), t.wrong);
        assertEquals(List.of(), t.falseErrors);
        assertEquals(KNOWN_MISSED_HELD_OUT, t.missedErrors);
    }

    private void measure(Tally tally, String name, Path form, Path truthFile) throws Exception {
        Document read = interpreted(new FormLoader(editions).load(form, name));
        Document truth = interpreted(new DocumentLoader().load(truthFile, name));
        for (Value v : values(read, truth, editions.get(truth.getEdition()).orElseThrow())) {
            tally.add(name, v);
        }
        Set<String> truthErrors = errors(new DocumentLoader().load(truthFile, name));
        Set<String> readErrors = errors(new FormLoader(editions).load(form, name));
        for (String e : readErrors) {
            if (!truthErrors.contains(e)) {
                tally.falseErrors.add(name + ": " + e);
            }
        }
        for (String e : truthErrors) {
            if (!readErrors.contains(e)) {
                tally.missedErrors.add(name + ": " + e);
            }
        }
    }

    /** What the interpretation understood of the documents' rows and signatures. */
    private static final Understood UNDERSTOOD = new Understood();

    private Document interpreted(Document doc) throws Exception {
        UNDERSTOOD.add(doc, editions.get(doc.getEdition()).orElseThrow());
        return doc;
    }

    /** The errors the checker gives, each as its message and first argument (what it accuses of). */
    private static Set<String> errors(Document doc) {
        Checker checker = TestEngine.checker();
        Set<String> errors = new TreeSet<>();
        for (Finding f : checker.check(doc).findings()) {
            if (f.severity() == Severity.ERROR) {
                errors.add(f.messageKey() + (f.args().isEmpty() ? "" : " " + words(String.valueOf(f.args().get(0)))
                        .replace("”", "").replace("\"", "")));
            }
        }
        return errors;
    }

    private static List<Value> values(Document read, Document truth, Edition edition) {
        List<Value> v = new ArrayList<>();
        v.add(new Value(OTHER, "kind", read.getKind().id(), truth.getKind().id()));
        v.add(new Value(OTHER, "title", words(read.getTitle()), words(truth.getTitle())));
        v.add(new Value(OTHER, "received", String.valueOf(read.getReceived()), String.valueOf(truth.getReceived())));
        signatures(read, truth, v);
        v.add(new Value(OTHER, "resources", String.valueOf(read.getResources().size()), String.valueOf(truth.getResources().size())));
        for (int i = 0; i < Math.min(read.getResources().size(), truth.getResources().size()); i++) {
            Resource r = read.getResources().get(i);
            Resource t = truth.getResources().get(i);
            boolean post = UNDERSTOOD.post(t) != null;
            v.add(new Value(OTHER, "resource " + i + " post", String.valueOf(UNDERSTOOD.post(r) != null), String.valueOf(post)));
            v.add(new Value(OTHER, "resource " + i + " result goal", startOf(r.getResultGoal(), t.getResultGoal()),
                    words(t.getResultGoal()).replace(" …", "")));
            if (post) {
                v.add(new Value(PERCENT, "resource " + i, String.valueOf(UNDERSTOOD.percent(r)), String.valueOf(UNDERSTOOD.percent(t))));
                v.add(new Value(COST, "resource " + i, String.valueOf(r.getCost()), String.valueOf(t.getCost())));
            } else {
                v.add(new Value(OTHER, "resource " + i + " cost", String.valueOf(r.getCost()), String.valueOf(t.getCost())));
            }
        }
        for (String key : edition.questionsFor(truth.getKind()).keySet()) {
            v.add(new Value(ANSWERED, key, String.valueOf(answered(read, key)), String.valueOf(answered(truth, key))));
        }
        v.add(new Value(OTHER, "vacancies told", String.valueOf(!read.getVacancies().isEmpty()), String.valueOf(!truth.getVacancies().isEmpty())));
        v.add(new Value(OTHER, "returns told", String.valueOf(!read.getReturns().isEmpty()), String.valueOf(!truth.getReturns().isEmpty())));
        return v;
    }

    /**
     * Each signer of the careful reading is found among the signers read – by name, else by party – and their
     * party, date and name compared; a signer read that a person does not see (a title, an e-mail row) is a
     * wrong party.
     */
    private static void signatures(Document read, Document truth, List<Value> v) {
        List<Signature> left = new ArrayList<>(read.getSignatures());
        for (Signature t : truth.getSignatures()) {
            Signature r = left.stream().filter(s -> letters(s.getName()).contains(letters(t.getName()))
                    && !letters(t.getName()).isEmpty()).findFirst()
                    .or(() -> left.stream().filter(s -> UNDERSTOOD.party(t) != null && UNDERSTOOD.party(t).equals(UNDERSTOOD.party(s))).findFirst())
                    .orElse(null);
            left.remove(r);
            String who = t.getName();
            String name = r == null ? null : sameName(r.getName(), t.getName()) ? words(t.getName()) : words(r.getName());
            v.add(new Value(NAME, who, name, words(t.getName())));
            v.add(new Value(PARTY, who, r == null ? null : UNDERSTOOD.party(r), UNDERSTOOD.party(t)));
            v.add(new Value(DATE, who, r == null ? null : String.valueOf(r.getDate()), String.valueOf(t.getDate())));
        }
        for (Signature r : left) {
            if (!Text.isBlank(r.getName()) || r.getDate() != null || UNDERSTOOD.party(r) != null) {
                v.add(new Value(PARTY, "extra signer " + r.getName() + " " + r.getDate(), UNDERSTOOD.party(r), "none"));
            }
        }
    }

    private static boolean sameName(String read, String truth) {
        String r = letters(read);
        String t = letters(truth);
        // "Martina Appel / MARTINA APPEL": the signature and its clarification are one name
        return !r.isEmpty() && !t.isEmpty() && (r.equals(t) || r.startsWith(t) || t.startsWith(r));
    }

    private static String letters(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", "");
    }

    private static boolean answered(Document d, String key) {
        return d.getAnswers().containsKey(key) && !d.getAnswers().get(key).isBlank();
    }

    /** The read text cut to the length of the transcription, which shortens long texts with "…". */
    private static String startOf(String read, String transcribed) {
        String r = words(read);
        String t = words(transcribed).replace(" …", "");
        return r.length() > t.length() && transcribed != null && transcribed.contains("…") ? r.substring(0, t.length()) : r;
    }

    private static String words(String s) {
        return Text.isBlank(s) ? "" : s.toLowerCase(Locale.ROOT).replace('–', '-').replaceAll("\\s+", " ").strip();
    }
}
