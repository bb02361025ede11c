package se.finsam.check.output;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import se.finsam.check.engine.RuleInfo;
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
public final class LetterFormat implements StreamingFormat {

    private static final String SEPARATOR = "=".repeat(72);

    @Override
    public ReportWriter open(List<RuleInfo> rules, Messages m, PrintWriter out) {
        return letters(r -> {
            out.println(SEPARATOR);
            out.println(r.source());
            out.println(SEPARATOR);
            out.print(letter(r, m));
            out.println();
        }, out::flush);
    }

    /** One file per letter in dir, named after the document; existing files are kept unless force. */
    public ReportWriter openFolder(Path dir, boolean force, Messages m) throws IOException {
        Files.createDirectories(dir);
        return letters(r -> {
            Path file = dir.resolve(Path.of(r.source()).getFileName().toString().replaceFirst("\\.[^.]+$", "") + ".txt");
            try {
                NewFiles.write(file, letter(r, m), force, m);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, () -> { });
    }

    /** A letter for each document that needs completion; ready documents get none. */
    private static ReportWriter letters(Consumer<DocumentResult> send, Runnable finish) {
        return new ReportWriter() {
            @Override
            public void add(DocumentResult r) {
                if (r.isForm() && r.verdict() == Verdict.NEEDS_COMPLETION) {
                    send.accept(r);
                }
            }

            @Override
            public void finish() {
                finish.run();
            }
        };
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
