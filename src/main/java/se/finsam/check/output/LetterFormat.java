package se.finsam.check.output;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import se.finsam.check.engine.RuleInfo;
import se.finsam.check.findings.DocumentResult;
import se.finsam.check.findings.Messages;
import se.finsam.check.findings.Verdict;
import se.finsam.check.read.container.Contents;

/**
 * A letter to each group whose document needs completion ({@link Letter}); ready documents get none, nor do those
 * whose original kansliet must look at first, and every input gets a line in the index. To standard output as text; into a folder as text and Word, one pair per letter.
 */
public final class LetterFormat implements StreamingFormat {

    private static final String SEPARATOR = "=".repeat(72);

    private final Office office;
    private final LocalDate today;

    public LetterFormat(Office office, LocalDate today) {
        this.office = office;
        this.today = today;
    }

    public LetterFormat() {
        this(Office.DEFAULT, LocalDate.now());
    }

    @Override
    public ReportWriter open(List<RuleInfo> rules, Messages m, PrintWriter out) {
        List<String> index = new ArrayList<>();
        return letters(m, r -> {
            String text = Letter.of(r, m, office, today).text(); // whole, so that a fault leaves no half letter
            out.println(SEPARATOR);
            out.println(Printable.line(r.source()));
            out.println(SEPARATOR);
            out.print(text);
            out.println();
            return m.get("letter.index.letter", Printable.line(r.source()));
        }, index::add, () -> {
            out.println(SEPARATOR);
            out.println(m.get("letter.index"));
            out.println(SEPARATOR);
            index.forEach(out::println);
            out.flush();
        });
    }

    /**
     * Each letter as text and as Word in dir, named after the document ({@code plan-brev.txt}, {@code
     * plan-brev.docx}), never an input's name nor one name for two documents; each letter is written whole or not at
     * all. The index – what became of every input – goes to out. A letter that cannot be written (the disk full, a
     * file in the way) is named in the index with why, and the other documents still get theirs; the run then
     * ends with an error, after the index.
     */
    public ReportWriter openFolder(Path dir, Collection<Path> inputs, boolean force, Messages m, PrintWriter out)
            throws IOException {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new IOException(m.get("output.writeFailed", dir, NewFiles.reason(e, m)), e);
        }
        OutputNames names = new OutputNames(dir, inputs);
        int[] failed = {0};
        return letters(m, r -> {
            String source = Printable.line(r.source());
            List<Path> files = names.next(baseName(r.source()) + m.get("letter.fileSuffix"), ".txt", ".docx");
            try {
                write(Letter.of(r, m, office, today), files, force, m);
                return m.get("letter.index.letterFile", source, Printable.line(files.get(0).toString()));
            } catch (IOException e) {
                failed[0]++;
                return m.get("letter.index.letterFailed", source, Printable.line(e.getMessage()));
            }
        }, out::println, () -> {
            out.flush();
            if (failed[0] > 0) {
                throw new UncheckedIOException(new IOException(m.get("letter.failed", failed[0], Printable.line(dir.toString()))));
            }
        });
    }

    /** The letter's text and Word files, both or neither: the text is removed again when the Word file fails. */
    private static void write(Letter letter, List<Path> files, boolean force, Messages m) throws IOException {
        ByteArrayOutputStream word = new ByteArrayOutputStream();
        WordLetter.write(letter, word);
        NewFiles.write(files.get(0), letter.text(), force, m);
        try {
            NewFiles.write(files.get(1), word.toByteArray(), force, m);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(files.get(0));
            } catch (IOException left) {
                e.addSuppressed(left); // the reason told stays the Word file's
            }
            throw e;
        }
    }

    /** One document's letter as text (the desk's download of a single letter). */
    public static String text(DocumentResult r, Messages m, Office office, LocalDate today) {
        return Letter.of(r, m, office, today).text();
    }

    /** One document's letter as a Word document. */
    public static byte[] word(DocumentResult r, Messages m, Office office, LocalDate today) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        WordLetter.write(Letter.of(r, m, office, today), bytes);
        return bytes.toByteArray();
    }

    /** Sends a document's letter and says where it went (or why it did not), as its line in the index. */
    private interface Send {
        String send(DocumentResult r);
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
                    index.accept(send.send(r));
                } else if (r.verdict() == Verdict.CHECK_ORIGINAL) {
                    index.accept(m.get("letter.index.checkOriginal", source, r.lowered()));
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

    /** The form's own file name, also of one in a container ("Ansökan Heby.msg › Plan.docx": "Plan"). */
    private static String baseName(String source) {
        int inner = source.lastIndexOf(Contents.SEPARATOR);
        Path name = Path.of(inner < 0 ? source : source.substring(inner + Contents.SEPARATOR.length())).getFileName();
        String base = name == null ? "dokument" : name.toString();
        int dot = base.lastIndexOf('.');
        return Printable.fileName(dot > 0 ? base.substring(0, dot) : base);
    }

}
