package se.finsam.check.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import se.finsam.check.TestEngine;
import se.finsam.check.engine.RuleInfo;
import se.finsam.check.findings.DocumentResult;
import se.finsam.check.findings.Messages;
import se.finsam.check.findings.Verdict;
import se.finsam.check.read.InputFiles;
import se.finsam.check.year.Links;

/**
 * A letter is written by kansliet to the group, who have their own form in front of them: it never tells them to
 * "kontakta kansliet" as if someone else wrote it, nor to look at "the original", and it names fields in the form's
 * words, never our internal names ("(received)", "area:") – in every message a rule can put in a letter (found in
 * the desk review).
 */
class LetterVoiceTest {

    /** What only kansliet, or only the YAML, would understand. */
    private static final Pattern FOREIGN = Pattern.compile("[Kk]ansliet|originalet|\\((?:received|area|[a-z]+[A-Z]\\w*)\\)|\\barea:");

    @Test
    void noRuleMessageSpeaksAsSomeoneElseOrInInternalNames() throws Exception {
        Properties sv = new Properties();
        try (InputStream in = LetterVoiceTest.class.getResourceAsStream("/messages_sv.properties")) {
            sv.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        List<String> leaks = new ArrayList<>();
        for (RuleInfo rule : TestEngine.rules().catalogue()) {
            for (String key : sv.stringPropertyNames()) {
                // a rule's own messages; its title, description and why are for kansliet and the rule pages
                if (key.startsWith(rule.id() + ".") && !key.matches(".*\\.(title|description|why)")
                        && FOREIGN.matcher(sv.getProperty(key)).find()) {
                    leaks.add(key + "=" + sv.getProperty(key));
                }
            }
        }
        assertEquals(List.of(), leaks);
    }

    @Test
    void theLettersOfTheSampleYearReadAsKanslietWritesThem() throws Exception {
        Messages m = Messages.forLanguage("sv");
        List<DocumentResult> checked = new ArrayList<>();
        for (String form : List.of("plan-2017-heby.txt", "report-2017-heby.txt", "report-2017-uppsala.txt",
                "plan-2017-uppsala.txt", "report-2017-enkoping-habo.txt")) {
            Path file = Path.of("testdata/forms", form);
            checked.add(TestEngine.checker().check(new InputFiles.Input(file, form)));
        }
        int letters = 0;
        for (DocumentResult r : Links.link(TestEngine.checker(), checked).results()) {
            if (r.verdict() != Verdict.NEEDS_COMPLETION) {
                continue;
            }
            letters++;
            String text = LetterFormat.text(r, m, Office.DEFAULT, LocalDate.of(2026, 12, 2));
            String word;
            try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(
                    LetterFormat.word(r, m, Office.DEFAULT, LocalDate.of(2026, 12, 2))));
                 XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
                word = extractor.getText();
            }
            for (String letter : List.of(text, word)) {
                assertTrue(letter.contains("Vi har tagit emot er"), letter);
                assertTrue(letter.contains("Skicka den kompletterade handlingen till oss senast"), letter);
                // between the greeting and the signature, kansliet speaks as "vi"
                String body = letter.substring(letter.indexOf("Hej!"), letter.indexOf("Med vänliga hälsningar"));
                assertFalse(FOREIGN.matcher(body).find(), body);
            }
        }
        assertTrue(letters >= 3, "three letters or more to read: " + letters);
    }

    /**
     * A finding about the documents checked together – a second plan for the same area (one-plan-per-area,
     * @audience("kansliet")) – is kansliet's: on the page and in the report, never in the group's letter, which asks
     * only about their form (found by a newcomer's walk-through: "kontrollera vilken plan som gäller" to the group).
     */
    @Test
    void aSecondPlanOfTheAreaIsKanslietsQuestionNotTheGroups(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path plan = Path.of("testdata/forms/plan-2017-knivsta.txt");
        Path again = java.nio.file.Files.copy(plan, dir.resolve("Verksamhetsplan Knivsta.txt"));
        List<DocumentResult> checked = List.of(TestEngine.checker().check(new InputFiles.Input(plan, plan.toString())),
                TestEngine.checker().check(new InputFiles.Input(again, again.toString())));
        DocumentResult second = Links.link(TestEngine.checker(), checked).results().get(1);
        assertTrue(second.findings().stream().anyMatch(f -> f.rule().equals("one-plan-per-area")), second.findings().toString());
        assertEquals(Verdict.NEEDS_COMPLETION, second.verdict());
        String letter = LetterFormat.text(second, Messages.forLanguage("sv"), Office.DEFAULT, LocalDate.of(2026, 12, 2));
        assertFalse(letter.contains("Det finns redan en plan"), letter);
    }
}
