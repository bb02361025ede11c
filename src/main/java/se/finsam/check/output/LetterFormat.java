package se.finsam.check.output;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
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
        List<String> index = new ArrayList<>();
        return letters(m, r -> {
            String text = letter(r, m); // whole, so that a fault in it leaves no half letter behind
            out.println(SEPARATOR);
            out.println(Printable.line(r.source()));
            out.println(SEPARATOR);
            out.print(text);
            out.println();
            return null;
        }, index::add, () -> {
            out.println(SEPARATOR);
            out.println(m.get("letter.index"));
            out.println(SEPARATOR);
            index.forEach(out::println);
            out.flush();
        });
    }

    /**
     * One file per letter in dir, named after the document ({@code plan-brev.txt}), never an input's name nor one
     * name for two documents; each is written whole or not at all. The index – what became of every input – goes to
     * out.
     */
    public ReportWriter openFolder(Path dir, Collection<Path> inputs, boolean force, Messages m, PrintWriter out)
            throws IOException {
        Files.createDirectories(dir);
        OutputNames names = new OutputNames(dir, inputs);
        return letters(m, r -> {
            String text = letter(r, m);
            Path file = names.next(baseName(r.source()) + m.get("letter.fileSuffix"), ".txt");
            try {
                NewFiles.write(file, text, force, m);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return file;
        }, out::println, out::flush);
    }

    /** What a letter is written to: a file, or null when it was written into the report itself. */
    private interface Send {
        Path send(DocumentResult r);
    }

    /**
     * A letter for each document that needs completion; ready documents get none. Every input gets a line in the
     * index: its letter, that it is ready, or why it was not checked – so that kansliet sees what still needs them.
     */
    private static ReportWriter letters(Messages m, Send send, Consumer<String> index, Runnable finish) {
        return new ReportWriter() {
            @Override
            public void add(DocumentResult r) {
                String source = Printable.line(r.source());
                if (!r.isChecked()) {
                    index.accept(m.get("letter.index.notChecked", Printable.line(OutputFormat.inputError(r, m))));
                } else if (r.verdict() == Verdict.NEEDS_COMPLETION) {
                    Path file = send.send(r);
                    index.accept(file == null ? m.get("letter.index.letter", source)
                            : m.get("letter.index.letterFile", source, Printable.line(file.toString())));
                } else if (r.isForm()) {
                    index.accept(m.get("letter.index.ready", source));
                }
            }

            @Override
            public void finish() {
                finish.run();
            }
        };
    }

    private static String baseName(String source) {
        Path name = Path.of(source).getFileName();
        String base = name == null ? "dokument" : name.toString();
        int dot = base.lastIndexOf('.');
        return Printable.fileName(dot > 0 ? base.substring(0, dot) : base);
    }

    static String letter(DocumentResult r, Messages m) {
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text);
        String kind = m.get("letter.kind." + r.kindId());
        out.println(m.get("letter.to", Printable.of(r.title() == null ? "" : r.title())));
        out.println();
        out.println(m.get("letter.subject", kind, Printable.of(r.title() == null ? "" : r.title())));
        out.println();
        out.println(m.get("letter.received", kind, Printable.line(Path.of(r.source()).getFileName().toString())));
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
