package se.finsam.check.output;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import se.finsam.check.findings.DocumentResult;
import se.finsam.check.findings.Finding;
import se.finsam.check.findings.Messages;
import se.finsam.check.findings.Severity;
import se.finsam.check.findings.Verdict;

/**
 * A short letter to each group whose document needs completion: what was received, each item to complete with the
 * quoted text and where it is, then what kansliet would like them to look at, and a closing. Ready documents get
 * none. Plain text; control characters from documents are stripped.
 */
public final class LetterFormat implements OutputFormat {

    private static final String SEPARATOR = "=".repeat(72);

    @Override
    public void write(RunReport report, Messages m, PrintWriter out) {
        for (DocumentResult r : needingCompletion(report)) {
            out.println(SEPARATOR);
            out.println(r.source());
            out.println(SEPARATOR);
            out.print(letter(r, m));
            out.println();
        }
    }

    /** One file per letter in dir, named after the document; existing files are kept unless force. */
    public void writeEach(RunReport report, Messages m, Path dir, boolean force) throws IOException {
        Files.createDirectories(dir);
        for (DocumentResult r : needingCompletion(report)) {
            Path file = dir.resolve(Path.of(r.source()).getFileName().toString().replaceFirst("\\.[^.]+$", "") + ".txt");
            NewFiles.write(file, letter(r, m), force, m);
        }
    }

    private static List<DocumentResult> needingCompletion(RunReport report) {
        return report.results().stream().filter(r -> r.isForm() && r.verdict() == Verdict.NEEDS_COMPLETION).toList();
    }

    static String letter(DocumentResult r, Messages m) {
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text);
        String kind = m.get("letter.kind." + r.kindId());
        out.println(m.get("letter.to", Printable.of(r.title() == null ? "" : r.title())));
        out.println();
        out.println(m.get("letter.subject", kind, Printable.of(r.title() == null ? "" : r.title())));
        out.println();
        out.println(m.get("letter.received", kind, Path.of(r.source()).getFileName().toString()));
        out.println();
        items(out, r.findings().stream().filter(f -> !f.isWaived() && f.severity() == Severity.ERROR).toList(), m);
        List<Finding> toLook = r.findings().stream().filter(f -> !f.isWaived() && f.severity() == Severity.WARNING).toList();
        if (!toLook.isEmpty()) {
            out.println(m.get("letter.alsoLook"));
            out.println();
            items(out, toLook, m);
        }
        out.println(m.get("letter.closing"));
        out.println();
        out.println(m.get("letter.signature"));
        out.flush();
        return text.toString();
    }

    private static void items(PrintWriter out, List<Finding> findings, Messages m) {
        int n = 1;
        for (Finding f : findings) {
            out.println(n++ + ". " + Printable.of(m.message(f)));
            out.println("   " + m.get("letter.where", FieldNames.describe(f.position().pointer(), m), f.position().line()));
            out.println();
        }
    }
}
