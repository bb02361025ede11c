package se.finsam.check.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.finsam.check.CheckRun;
import se.finsam.check.TestEngine;
import se.finsam.check.findings.DocumentResult;
import se.finsam.check.findings.Messages;
import se.finsam.check.findings.Verdict;
import se.finsam.check.read.InputFiles;

/**
 * The streaming formats write each document when it is added, not at the end (which is what keeps a run over an
 * archive small), and write what the whole report would.
 */
class StreamingFormatTest {

    private static final Messages MESSAGES = Messages.forLanguage("en");

    private static List<DocumentResult> samples() {
        List<DocumentResult> results = new ArrayList<>();
        new CheckRun(TestEngine.checker()).run(InputFiles.expand(List.of("testdata/samples")), results::add);
        return results;
    }

    @Test
    void eachDocumentIsWrittenWhenItIsAdded() {
        List<DocumentResult> results = samples();
        for (StreamingFormat format : List.of(new TextFormat(), new JsonFormat(), new GithubFormat(), new LetterFormat(), new JunitFormat())) {
            StringWriter text = new StringWriter();
            PrintWriter out = new PrintWriter(text);
            ReportWriter writer = format.open(TestEngine.rules().catalogue(), MESSAGES, out);
            for (DocumentResult r : results) {
                int before = text.getBuffer().length();
                writer.add(r);
                out.flush();
                String written = text.getBuffer().substring(before);
                if (r.verdict() == Verdict.NEEDS_COMPLETION || !(format instanceof LetterFormat)) {
                    assertTrue(written.contains(Path.of(r.source()).getFileName().toString()),
                            format.getClass().getSimpleName() + " did not write " + r.source() + " when it was added");
                }
            }
            writer.finish();
            out.flush();

            StringWriter whole = new StringWriter();
            format.write(new RunReport(results, TestEngine.rules().catalogue()), MESSAGES, new PrintWriter(whole, true));
            assertEquals(whole.toString(), text.toString(), format.getClass().getSimpleName());
        }
    }
}
