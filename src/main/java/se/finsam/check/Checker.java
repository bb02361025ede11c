package se.finsam.check;

import java.util.ArrayList;
import java.util.List;
import se.finsam.check.edition.Edition;
import se.finsam.check.edition.Editions;
import se.finsam.check.edition.FollowUp;
import se.finsam.check.model.Kind;
import se.finsam.check.year.Links;
import se.finsam.check.year.YearRecord;
import se.finsam.check.engine.RuleBase;
import se.finsam.check.facts.Interpreter;
import se.finsam.check.findings.DocumentResult;
import se.finsam.check.findings.Fault;
import se.finsam.check.findings.Finding;
import se.finsam.check.findings.UnreadPages;
import se.finsam.check.findings.UnsureReadings;
import se.finsam.check.model.Document;
import se.finsam.check.read.DocumentLoader;
import se.finsam.check.read.InputError;
import se.finsam.check.read.InputFiles;
import se.finsam.check.read.InputFiles.Input;
import se.finsam.check.read.InputType;
import se.finsam.check.read.form.FormLoader;

/** The pipeline for one input: read → model → facts → rules → findings. Safe to use from several threads. */
public final class Checker {

    private final RuleBase rules;
    private final Editions editions;
    private final DocumentLoader loader = new DocumentLoader();
    /** Made on the first form: a run over structured files only does not load the form vocabulary. */
    private FormLoader forms;

    private final long maxBytes;

    public Checker(RuleBase rules, Editions editions) {
        this(rules, editions, InputFiles.DEFAULT_MAX_BYTES);
    }

    /** maxBytes: files larger than this are refused unread. */
    public Checker(RuleBase rules, Editions editions, long maxBytes) {
        this.rules = rules;
        this.editions = editions;
        this.maxBytes = maxBytes;
    }

    /** A line of a JSON-lines file and its index in the file (from 0), which findings point at. */
    public record JsonLine(String text, int index) {
    }

    /** One line of a JSON-lines file (lineIndex counted from 0); a line that cannot be read is its own result. */
    public DocumentResult checkJsonLine(String source, String line, int lineIndex) {
        return checkJsonLines(source, List.of(new JsonLine(line, lineIndex))).get(0);
    }

    /** Lines of one JSON-lines file, a result for each in their order, checked together ({@link #checkAll}). */
    public List<DocumentResult> checkJsonLines(String source, List<JsonLine> lines) {
        List<InCheck> read = new ArrayList<>(lines.size());
        for (JsonLine line : lines) {
            try {
                read.add(new InCheck(loader.loadJsonLine(source, line.text(), line.index())));
            } catch (InputError e) {
                read.add(new InCheck(DocumentResult.unreadable(e)));
            } catch (RuntimeException | StackOverflowError e) {
                read.add(new InCheck(DocumentResult.notChecked(source, null, null, Fault.of(source, Fault.Step.READ, e))));
            }
        }
        return checkAll(read);
    }

    /** Why an input cannot be read at all (not found, not a regular file, a type not read …), or null when it can. */
    public DocumentResult refusal(Input input) {
        try {
            InputFiles.checkReadable(input, maxBytes);
            return null;
        } catch (InputError e) {
            return DocumentResult.unreadable(e);
        }
    }

    /**
     * Reads and checks one input: a file is one result, a container (an e-mail, a zip archive) one for each of its
     * files ({@link Unpacker}); never throws.
     */
    public List<DocumentResult> results(Input input) {
        return results(List.of(input)).get(0);
    }

    /** Reads and checks inputs, the results of each input in their order; the files are checked together ({@link #checkAll}). */
    public List<List<DocumentResult>> results(List<Input> inputs) {
        List<InCheck> files = new ArrayList<>(inputs.size());
        for (Input input : inputs) {
            if (!isContainer(input)) {
                files.add(read(input));
            }
        }
        List<DocumentResult> checked = checkAll(files);
        List<List<DocumentResult>> results = new ArrayList<>(inputs.size());
        int file = 0;
        for (Input input : inputs) {
            results.add(isContainer(input) ? unpacked(input) : List.of(checked.get(file++)));
        }
        return results;
    }

    private static boolean isContainer(Input input) {
        return input.type() != null && input.type().isContainer();
    }

    private List<DocumentResult> unpacked(Input input) {
        try {
            InputFiles.checkReadable(input, maxBytes);
            byte[] bytes = java.nio.file.Files.readAllBytes(input.path());
            return new Unpacker(this, maxBytes).check(input.source(), input.path().getFileName().toString(), bytes,
                    input.type(), 0);
        } catch (InputError e) {
            return List.of(DocumentResult.unreadable(e));
        } catch (java.io.IOException e) {
            return List.of(DocumentResult.unreadable(new InputError(input.source(), 0, 0, "input.unreadable")));
        } catch (RuntimeException | StackOverflowError e) {
            return List.of(DocumentResult.notChecked(input.source(), null, null,
                    Fault.of(input.source(), Fault.Step.READ, e)));
        }
    }

    /** A file of a container (not itself one), of the type its name says, checked as a file on disk would be. */
    DocumentResult check(String source, String name, byte[] bytes, InputType type) throws InputError {
        return check(type.isForm() ? forms().load(source, name, bytes) : loader.load(source, bytes));
    }

    /** Reads and checks one input that is no container; never throws: a fault of the program is its result. */
    public DocumentResult check(Input input) {
        return checkAll(List.of(read(input))).get(0);
    }

    /** One file that is no container, read into its model, or the reason it cannot be. */
    private InCheck read(Input input) {
        try {
            InputFiles.checkReadable(input, maxBytes);
            return new InCheck(input.type().isForm() ? forms().load(input.path(), input.source())
                    : loader.load(input.path(), input.source()));
        } catch (InputError e) {
            return new InCheck(DocumentResult.unreadable(e));
        } catch (RuntimeException | StackOverflowError e) {
            return new InCheck(DocumentResult.notChecked(input.source(), null, null,
                    Fault.of(input.source(), Fault.Step.READ, e)));
        }
    }

    /**
     * A checked plan or report once the run has linked it ({@link Links}): the rules that compare documents run over
     * the facts of the link; plan is the linked plan's source. A fault in them is this document's, as in {@link #check}.
     */
    public DocumentResult link(DocumentResult result, Kind kind, int edition, List<Object> facts, String plan) {
        try {
            List<Object> all = new ArrayList<>(facts);
            editions.get(edition).ifPresent(all::add);
            return result.linked(plan, rules.runYear(kind, all));
        } catch (RuntimeException | StackOverflowError e) {
            return result.notChecked(Fault.of(result.source(), Fault.Step.CHECK, e));
        }
    }

    /** How reports are compared with plans, for the run's linking. */
    public FollowUp followUp() {
        return editions.followUp();
    }

    private synchronized FormLoader forms() {
        if (forms == null) {
            forms = new FormLoader(editions);
        }
        return forms;
    }

    public DocumentResult check(Document doc) {
        return checkAll(List.of(new InCheck(doc))).get(0);
    }

    /**
     * Checks documents stage by stage – the facts of all, then the rules over each, then their findings – instead of
     * each through every stage in turn: each stage's code and data are then still in the processor's caches for the
     * next document (in process, 16 plans at a time: 0.86× the CPU of one after the other). Each document's findings
     * are its own; a fault stops only its own document: the document boundary is the fault boundary.
     */
    private List<DocumentResult> checkAll(List<InCheck> docs) {
        Timeline.mark("read");
        docs.forEach(c -> c.step(() -> c.facts = new Interpreter(edition(c.doc)).facts(c.doc)));
        Timeline.mark("facts");
        docs.forEach(c -> c.step(() -> c.findings = rules.run(c.doc.getKind(), c.facts)));
        Timeline.mark("rules fired");
        docs.forEach(c -> c.step(() -> c.result = DocumentResult.checked(c.doc,
                UnreadPages.named(UnsureReadings.lower(c.findings, c.doc), c.doc),
                YearRecord.of(c.doc, c.facts))));
        Timeline.mark("findings");
        List<DocumentResult> results = new ArrayList<>(docs.size());
        docs.forEach(c -> results.add(c.result));
        return results;
    }

    private Edition edition(Document doc) throws InputError {
        return editions.get(doc.getEdition())
                .orElseThrow(() -> editions.unknown(doc.getSource(), doc.at("edition"), doc.getEdition()));
    }

    /** A stage of the check for one document. */
    private interface Stage {
        void run() throws InputError;
    }

    /** A document on its way through the stages; its result is set once it is checked or a fault has stopped it. */
    private static final class InCheck {
        final Document doc;
        List<Object> facts;
        List<Finding> findings;
        DocumentResult result;

        InCheck(Document doc) {
            this.doc = doc;
        }

        /** Not read: the reason is its result. */
        InCheck(DocumentResult result) {
            this.doc = null;
            this.result = result;
        }

        void step(Stage stage) {
            if (result != null) {
                return;
            }
            try {
                stage.run();
            } catch (InputError e) {
                result = DocumentResult.unreadable(e);
            } catch (RuntimeException | StackOverflowError e) {
                result = DocumentResult.notChecked(doc.getSource(), doc.getKind(), doc.getTitle(),
                        Fault.of(doc.getSource(), Fault.Step.CHECK, e));
            }
        }
    }
}
