package se.finsam.check.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.finsam.check.Checker;
import se.finsam.check.TestEngine;
import se.finsam.check.engine.RuleInfo;
import se.finsam.check.findings.DocumentResult;
import se.finsam.check.findings.Finding;
import se.finsam.check.findings.Messages;
import se.finsam.check.output.GithubFormat;
import se.finsam.check.output.HtmlFormat;
import se.finsam.check.output.JsonFormat;
import se.finsam.check.output.JunitFormat;
import se.finsam.check.output.LetterFormat;
import se.finsam.check.output.OutputFormat;
import se.finsam.check.output.ReportWriter;
import se.finsam.check.output.SarifFormat;
import se.finsam.check.output.TextFormat;
import se.finsam.check.read.DocumentReader;
import se.finsam.check.read.InputError;
import se.finsam.check.read.TreeReader;

/**
 * Generated documents of the structured format's shape ({@link GeneratedDocument}: fields missing, null, empty,
 * huge or of the wrong type, lists empty or long, dates, amounts and percentages out of range, odd names, every kind,
 * editions valid and not) through the whole pipeline – YAML or JSON text, the readers, the interpreter, the rules,
 * the messages in both languages and every output format. Whatever the document, each step either gives a result
 * (findings, or an {@link InputError} for a file that cannot be read) or writes its report; any exception is a bug,
 * and so is a refusal of a document whose values all have the right types ({@link GeneratedDocument#loose()}).
 * Plain test runs replay the inputs under src/test/resources/se/finsam/check/fuzz/DocumentsFuzzTestInputs/;
 * {@code JAZZER_FUZZ=1 mvn test -Dtest=DocumentsFuzzTest} fuzzes for maxDuration (scripts/fuzz.sh does, in CI).
 * A saved input is the fuzzer's bytes, not a document: a change to {@link GeneratedDocument} changes what it makes,
 * so each fault found is also pinned as a document of its own below (the nasty documents), and the saved inputs are
 * best made again (with the fix undone) after such a change. {@code DOCFUZZ_SHOW=1} prints what an input makes.
 */
class DocumentsFuzzTest {

    private static final Checker CHECKER = TestEngine.checker();
    private static final List<RuleInfo> CATALOGUE = TestEngine.rules().catalogue();
    private static final List<Messages> LANGUAGES = Messages.LANGUAGES.stream().map(Messages::new).toList();

    /** DOCFUZZ_SHOW=1 prints each generated document to stderr (to see what a saved input makes). */
    private static final boolean SHOW = "1".equals(System.getenv("DOCFUZZ_SHOW"));

    /** Every format of {@code check --format} (CheckCommand.Format), by its name there. */
    static final Map<String, Supplier<OutputFormat>> FORMATS = new LinkedHashMap<>();

    static {
        FORMATS.put("text", TextFormat::new);
        FORMATS.put("json", JsonFormat::new);
        FORMATS.put("sarif", SarifFormat::new);
        FORMATS.put("junit", JunitFormat::new);
        FORMATS.put("github", GithubFormat::new);
        FORMATS.put("html", HtmlFormat::new);
        FORMATS.put("letter", LetterFormat::new);
    }

    /** Up to three documents: 20 s each, as in HostileInputTest. */
    private static final Duration SLOW = Duration.ofSeconds(60);

    @FuzzTest(maxDuration = "30s")
    void documents(FuzzedDataProvider data) {
        long start = System.nanoTime();
        int count = data.consumeInt(1, 3);
        List<DocumentResult> results = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            GeneratedDocument generated = new GeneratedDocument(data);
            Object doc = generated.document();
            int as = data.consumeInt(0, 2);
            String source = "d" + i + (as == 0 ? ".yaml" : as == 1 ? ".json" : ".jsonl");
            String text = as == 0 ? GeneratedDocument.yaml(doc) : GeneratedDocument.json(doc);
            if (SHOW) {
                System.err.println("---- " + source + "\n" + text);
            }
            DocumentResult result = as == 2 ? CHECKER.checkJsonLine(source, text, i) : check(source, text);
            noFault(result);
            if (!generated.loose() && result.status() == DocumentResult.Status.NOT_READ) {
                // a document of the format's shape with values of the right types must be read
                throw new AssertionError(source + " was refused: " + result.error().key() + " " + result.error().args());
            }
            results.add(generated.waive(result));
        }
        if (data.consumeInt(0, 3) == 3) {
            results.add(new GeneratedDocument(data).waiverFile()); // its findings come last, as in a run
        }
        render(results);
        // a slow input is a finding too (not @Timeout: in fuzzing mode that would limit the whole run)
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        if (took.compareTo(SLOW) > 0) {
            throw new AssertionError("checking and reporting took " + took.toSeconds() + " s");
        }
    }

    /**
     * The checker contains a fault to its document ("kunde inte granskas"), so nothing escapes it: the fault shows
     * as the result instead, and a generated document must never get one.
     */
    static void noFault(DocumentResult r) {
        if (r.status() == DocumentResult.Status.NOT_CHECKED) {
            throw new AssertionError(r.source() + " could not be checked: " + r.error().key() + " " + r.error().args());
        }
    }

    /** One file's text through the readers and the checker, as DocumentLoader and Checker take a file. */
    static DocumentResult check(String source, String text) {
        try {
            return CHECKER.check(new DocumentReader(source).read(new TreeReader().read(source, new StringReader(text))));
        } catch (InputError e) {
            return DocumentResult.unreadable(e);
        }
    }

    /** Every finding's message in each language, then the results through every format in each language. */
    static void render(List<DocumentResult> results) {
        for (Messages m : LANGUAGES) {
            for (DocumentResult r : results) {
                for (Finding f : r.findings()) {
                    assertNotNull(m.message(f));
                }
                if (!r.isChecked()) {
                    assertNotNull(m.format(r.error().key(), r.error().args()));
                }
            }
            for (Map.Entry<String, Supplier<OutputFormat>> format : FORMATS.entrySet()) {
                StringWriter text = new StringWriter();
                ReportWriter report = format.getValue().get().open(CATALOGUE, m, new PrintWriter(text));
                results.forEach(report::add);
                report.finish();
                for (DocumentResult r : results) {
                    if (!r.isChecked()) {
                        OutputFormat.inputError(r, m);
                    }
                }
            }
        }
    }

    @Test
    void theFormatsAreThoseOfTheCheckCommand() throws Exception {
        Class<?> format = Class.forName("se.finsam.check.cli.CheckCommand$Format");
        assertEquals(Arrays.stream(format.getEnumConstants()).map(Object::toString).toList(), List.copyOf(FORMATS.keySet()));
    }

    // ---- a fixed set of nasty documents, run in every plain test run ------------------------------------------------

    /** name, text, and whether the document can be read (else it is refused with an InputError). */
    static Stream<Arguments> nastyDocuments() {
        return Stream.of(
                Arguments.of("signed after the deadline, no name", """
                        kind: plan
                        edition: 2017
                        signatures:
                          - {organisation: Heby kommun, date: 2016-09-26}
                        """, true),
                Arguments.of("signed after the deadline, no name, no organisation, a blank name beside it", """
                        kind: plan
                        edition: 2017
                        signatures:
                          - {date: 2016-09-26}
                          - {name: " ", date: 2016-09-27, dateAsWritten: "27/9"}
                        """, true),
                Arguments.of("every field null", """
                        kind: plan
                        edition: 2017
                        area: null
                        initiative: null
                        received: null
                        answers: null
                        resources: null
                        signatures: null
                        owner: null
                        partners: null
                        period: null
                        goals: null
                        vacancies: null
                        returns: null
                        budget: null
                        agreement: null
                        """, true),
                Arguments.of("every list of empty maps", """
                        kind: report
                        edition: 2017
                        answers: {gender: null, purpose: "", lessons: –}
                        resources: [{}]
                        signatures: [{}]
                        owner: {}
                        partners: [{}]
                        period: {}
                        goals: [{}]
                        vacancies: [{}]
                        returns: [{}]
                        budget: [{}, {lines: [{}]}]
                        """, true),
                Arguments.of("a list holding null", "kind: plan\nedition: 2017\nsignatures: [null]\n", false),
                Arguments.of("a percentage that is not a number", "kind: plan\nedition: 2017\nresources: [{percent: .nan}]\n", false),
                Arguments.of("posts without names, extents odd", """
                        kind: plan
                        edition: 2017
                        resources:
                          - {percent: 0}
                          - {percent: -50, cost: -600000}
                          - {percent: 999, cost: 1.0e+19}
                          - {percent: 1001, post: true}
                          - {extent: "50+40%"}
                          - {extent: "50-75 %", post: true}
                          - {post: true}
                          - {percent: 1.0e-320, post: true}
                          - {percent: -1.0e+308, cost: "99999999999999999999 mkr"}
                          - {resource: "Tjänst 1e3%", percent: 1.0e+308, period: 0000}
                        """, true),
                Arguments.of("dates at the ends of the calendar", """
                        kind: plan
                        edition: 2017
                        received: 9999-12-31
                        resources:
                          - {resource: Koordinator 100%, period: {from: 0000-01-01, to: 9999-12-31}, cost: 600000}
                          - {resource: Koordinator 100%, period: {from: 2017-12-31, to: 2017-01-01}}
                          - {resource: Koordinator 100%, period: {to: 2017-01-01}}
                          - {resource: Koordinator 100%, period: "0000-01-01–9999-12-31"}
                        signatures:
                          - {organisation: LUL, name: Agneta Eklund, date: 0000-01-01}
                          - {organisation: AF, name: Wictoria Palmetorp, date: 9999-12-31}
                        """, true),
                // YAML 1.2's dates have four year digits: a year beyond them is a one-line refusal, not a check
                Arguments.of("a year of more than four digits", """
                        kind: plan
                        edition: 2017
                        received: +999999999-12-31
                        """, false),
                Arguments.of("a report whose partners lack organisations and whose vacancy says nothing", """
                        kind: report
                        edition: 2017
                        initiative: Långsiktig samverkan
                        owner: {party: kommun}
                        partners:
                          - {party: arbetsformedlingen}
                          - {contact: Åsa Johansson}
                        period: {start: 2017-12-31, end: 2016-01-01}
                        vacancies:
                          - {}
                          - {role: Tilläggsresurs, percent: -40}
                        signatures:
                          - {role: owner, date: 2018-01-01}
                          - {name: Åsa Johansson}
                        """, true),
                Arguments.of("an application whose budget has sums without text or amounts", """
                        kind: application
                        edition: 2017
                        budget:
                          - lines:
                              - {sum: subtotal}
                              - {amount: 9223372036854775807}
                              - {amount: 1, sum: total}
                              - {sum: unnamed}
                              - {amount: -5, sum: grandTotal}
                        agreement: ""
                        resources:
                          - {resource: Projektledare, post: true}
                        """, true),
                Arguments.of("a quarterly sheet of nameless posts", """
                        kind: quarterly
                        edition: 2017
                        resources:
                          - {percent: 50}
                          - {period: "2017-12-31–2017-01-01"}
                          - {extent: "0,5+0,5%"}
                        """, true),
                Arguments.of("odd names everywhere", """
                        kind: plan
                        edition: 2017
                        area: "\\u202Eevil\\u0007\\u001b[31m{0}'"
                        answers: {gender: "Ja\\u0000", "": x, "a/b": y, "~1": z, "{0}": "'"}
                        resources:
                          - {resource: "<script>]]>&amp; {1,number}", percent: 50, resultGoal: "\\u0000", effects: "😀"}
                        signatures:
                          - {organisation: "::error::x\\n%0A", name: "Eva\\nLund", date: 2016-09-26, dateAsWritten: "\\ud83d"}
                        """, true),
                Arguments.of("a 200 000-digit post name and result goal", "kind: plan\nedition: 2017\nresources:\n"
                        + "  - {resource: \"" + "9".repeat(200_000) + "\", percent: 50, resultGoal: \"-" + "9".repeat(200_000)
                        + "\", effects: \"1" + " ".repeat(200_000) + "x\"}\n", true),
                Arguments.of("an unknown edition", "kind: plan\nedition: 99999\n", false),
                Arguments.of("an unknown kind", "kind: Plan\nedition: 2017\n", false),
                Arguments.of("an edition beyond int (2^32 + 2017 once wrapped around to 2017)", "kind: plan\nedition: 4294969313\n", false),
                Arguments.of("an edition beyond long", "kind: plan\nedition: 99999999999999999999999\n", false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nastyDocuments")
    void eachNastyDocumentGetsAResult(String name, String yaml, boolean readable) {
        // as HostileInputTest: a file is done within 20 s
        DocumentResult result = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> check(name.replace(' ', '-') + ".yaml", yaml));
        assertNotNull(result, name);
        noFault(result);
        boolean read = result.status() != DocumentResult.Status.NOT_READ;
        assertEquals(readable, read, () -> name + ": " + (read ? "read"
                : result.error().key() + " " + result.error().args()));
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> render(List.of(result)));
    }

    @Test
    void aNamelessSignatureAfterTheDeadlineIsLate() {
        DocumentResult result = check("nameless.yaml", """
                kind: plan
                edition: 2017
                signatures:
                  - {organisation: Heby kommun, date: 2016-09-26}
                """);
        assertTrue(result.findings().stream().anyMatch(f -> f.rule().equals("deadline")), result.findings()::toString);
        for (Messages m : LANGUAGES) {
            String message = result.findings().stream().filter(f -> f.rule().equals("deadline")).map(m::message)
                    .findFirst().orElseThrow();
            assertTrue(message.contains("2016-09-26"), message);
        }
    }
}
