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

    /** One line of a JSON-lines file (lineIndex counted from 0); a line that cannot be read is its own result. */
    public DocumentResult checkJsonLine(String source, String line, int lineIndex) {
        Document doc;
        try {
            doc = loader.loadJsonLine(source, line, lineIndex);
        } catch (InputError e) {
            return DocumentResult.unreadable(e);
        } catch (RuntimeException | StackOverflowError e) {
            return DocumentResult.notChecked(source, null, null, Fault.of(source, Fault.Step.READ, e));
        }
        Timeline.mark("read");
        return check(doc);
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
        if (input.type() == null || !input.type().isContainer()) {
            return List.of(check(input));
        }
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
        Document doc = type.isForm() ? forms().load(source, name, bytes) : loader.load(source, bytes);
        Timeline.mark("read");
        return check(doc);
    }

    /** Reads and checks one input that is no container; never throws: a fault of the program is its result. */
    public DocumentResult check(Input input) {
        Document doc;
        try {
            InputFiles.checkReadable(input, maxBytes);
            doc = input.type().isForm() ? forms().load(input.path(), input.source())
                    : loader.load(input.path(), input.source());
        } catch (InputError e) {
            return DocumentResult.unreadable(e);
        } catch (RuntimeException | StackOverflowError e) {
            return DocumentResult.notChecked(input.source(), null, null, Fault.of(input.source(), Fault.Step.READ, e));
        }
        Timeline.mark("read");
        return check(doc);
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
        try {
            Edition edition = editions.get(doc.getEdition())
                    .orElseThrow(() -> editions.unknown(doc.getSource(), doc.at("edition"), doc.getEdition()));
            List<Object> facts = new Interpreter(edition).facts(doc);
            Timeline.mark("facts");
            List<Finding> findings = rules.run(doc.getKind(), facts);
            Timeline.mark("rules fired");
            DocumentResult result = DocumentResult.checked(doc, UnsureReadings.lower(findings, doc), YearRecord.of(doc, facts));
            Timeline.mark("findings");
            return result;
        } catch (InputError e) {
            return DocumentResult.unreadable(e);
        } catch (RuntimeException | StackOverflowError e) {
            // the document boundary is the fault boundary: the other documents are still checked
            return DocumentResult.notChecked(doc.getSource(), doc.getKind(), doc.getTitle(),
                    Fault.of(doc.getSource(), Fault.Step.CHECK, e));
        }
    }
}
