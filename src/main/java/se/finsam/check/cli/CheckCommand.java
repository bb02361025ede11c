package se.finsam.check.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.BiFunction;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import se.finsam.check.CheckRun;
import se.finsam.check.Checker;
import se.finsam.check.Timeline;
import se.finsam.check.edition.Editions;
import se.finsam.check.engine.RuleBase;
import se.finsam.check.findings.DocumentResult;
import se.finsam.check.findings.Messages;
import se.finsam.check.findings.Severity;
import se.finsam.check.output.GithubFormat;
import se.finsam.check.output.HtmlFormat;
import se.finsam.check.output.LetterFormat;
import se.finsam.check.output.NewFiles;
import se.finsam.check.output.ContainedWriter;
import se.finsam.check.output.OutputNames;
import se.finsam.check.output.Office;
import se.finsam.check.output.Printable;
import se.finsam.check.output.JsonFormat;
import se.finsam.check.output.JunitFormat;
import se.finsam.check.output.ReportWriter;
import se.finsam.check.output.SarifFormat;
import se.finsam.check.output.OutputFormat;
import se.finsam.check.output.TextFormat;
import se.finsam.check.read.InputError;
import se.finsam.check.read.InputFiles;
import se.finsam.check.read.InputType;
import se.finsam.check.waivers.Waivers;
import se.finsam.check.year.Links;

/** {@code check PATH...}: checks structured documents and prints their findings. */
final class CheckCommand {

    /** The output formats; names as typed on the command line. */
    enum Format {
        text((bar, office) -> new TextFormat()), json((bar, office) -> new JsonFormat()),
        sarif((bar, office) -> new SarifFormat()), junit((bar, office) -> new JunitFormat(bar)),
        github((bar, office) -> new GithubFormat()), html((bar, office) -> new HtmlFormat()),
        letter((bar, office) -> new LetterFormat(office, LocalDate.now()));

        /** A format made for the run: JUnit marks failures by the failing severity, letters come from kansliet. */
        private final BiFunction<Severity, Office, OutputFormat> create;

        Format(BiFunction<Severity, Office, OutputFormat> create) {
            this.create = create;
        }
    }

    static CommandSpec spec() {
        CommandSpec spec = Options.command("check",
                "Checks plans, reports, applications and quarterly sheets: forms, YAML/JSON files, or folders searched "
                        + "recursively. Every file given or found is checked or named with why not.");
        spec.usageMessage().exitCodeListHeading("%nExit status:%n").exitCodeList(ExitCode.describe());
        Options.inputs(spec, "PATH",
                "Files (" + InputType.globs() + "; *.jsonl has one document per line) or folders; hidden files and "
                        + "folders (.git) are not searched.");
        Options.add(spec, "--format", "FORMAT", Format.class, "text", "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).");
        LimitOptions.addTo(spec);
        WalkOptions.addTo(spec);
        LanguageOption.addTo(spec);
        Options.add(spec, "--fail-on", "SEVERITY", String.class, "error",
                "Exit with 1 when a finding is at least this severe: error, warning or info (default: ${DEFAULT-VALUE}).");
        RuleOptions.addTo(spec);
        Options.add(spec, new String[] {"-o", "--output"}, "FILE", Path.class, null,
                "Write the report to FILE instead of standard output (for --format letter: a folder, one letter per document); existing files are kept unless --force.");
        Options.flag(spec, "--force", "Let --output replace an existing file.");
        Options.add(spec, "--office", "FILE", Path.class, null,
                "Kansliet's details for letters (default: " + Office.FILE_NAME + " beside the checked files, when present).");
        Options.add(spec, "--waivers", "FILE", Path.class, null,
                "Accepted exceptions (default: " + Waivers.DEFAULT_NAME + " beside the checked files, when present).");
        EditionsOption.addTo(spec);
        spec.usageMessage().footer("%nEnvironment:%n  " + Remote.VARIABLE + "  the address finsam-check serve printed first: "
                + "the check runs in that server, already started, with the same output (a serve started in this "
                + "folder; else, or when it does not answer, the check runs here).");
        return spec;
    }

    private final ParseResult parsed;
    private final Preload preload;
    private final List<String> paths;
    private final Format format;
    private final Path output;
    private final boolean force;
    private final Path waiversFile;
    private final boolean tty;

    /** tty: stderr is a terminal, where progress is shown. */
    CheckCommand(ParseResult parsed, Preload preload, boolean tty) {
        this.parsed = parsed;
        this.preload = preload;
        this.tty = tty;
        this.paths = Options.inputs(parsed);
        this.format = Options.value(parsed, "--format");
        this.output = Options.value(parsed, "--output");
        this.force = Options.isSet(parsed, "--force");
        this.waiversFile = Options.value(parsed, "--waivers");
    }

    int call() {
        PrintWriter out = parsed.commandSpec().commandLine().getOut();
        PrintWriter err = parsed.commandSpec().commandLine().getErr();
        Severity bar = severity();
        Messages messages = LanguageOption.messages(parsed);
        RuleBase rules = RuleOptions.compile(parsed, preload, err);
        Path editionsFile = EditionsOption.file(parsed, paths);
        Editions editions = EditionsOption.load(parsed, editionsFile, preload, messages, err);
        if (rules == null || editions == null) {
            return ExitCode.ERROR.status();
        }
        List<InputFiles.Input> inputs = InputFiles.expand(paths, WalkOptions.filter(parsed, messages));
        Waivers.Marking waivers;
        DocumentResult waiverError = null;
        Path waiverPath = waiversFile != null ? waiversFile : InputFiles.beside(paths, Waivers.DEFAULT_NAME);
        Office office = Office.DEFAULT;
        Path officePath = Options.value(parsed, "--office");
        officePath = officePath != null ? officePath : InputFiles.beside(paths, Office.FILE_NAME);
        if (officePath != null) {
            try {
                office = Office.read(officePath);
            } catch (InputError e) {
                err.println(OutputFormat.inputError(DocumentResult.unreadable(e), messages));
                return ExitCode.ERROR.status();
            }
        }
        try {
            waivers = waiverPath == null ? null : Waivers.read(waiverPath).start(LocalDate.now());
        } catch (InputError e) {
            waivers = null;
            waiverError = DocumentResult.unreadable(e);
        }
        List<Path> read = new ArrayList<>(inputs.stream().map(InputFiles.Input::path).toList());
        read.add(waiverPath);
        read.add(officePath);
        read.add(editionsFile);
        if (output != null && format != Format.letter && OutputNames.isInput(output, read)) {
            err.println("finsam-check: " + messages.get("output.isInput", Printable.line(output.toString())));
            return ExitCode.ERROR.status();
        }
        Outcome outcome = new Outcome(bar);
        NewFiles file = null;
        try {
            PrintWriter target = out;
            ReportWriter report;
            if (output != null && format == Format.letter) {
                report = new LetterFormat(office, LocalDate.now()).openFolder(output, read, force, messages, out);
            } else {
                if (output != null) {
                    file = NewFiles.create(output, force, messages);
                    target = new PrintWriter(file.writer());
                }
                report = format.create.apply(bar, office).open(rules.catalogue(), messages, target);
            }
            report = new ContainedWriter(report, outcome::add);
            Timeline.mark("output opened");
            run(new Checker(rules, editions, LimitOptions.maxBytes(parsed)), inputs, waivers, waiverError,
                    report, outcome, new Progress(err, messages, inputs.size(), tty), messages);
            report.finish();
            target.flush();
            Timeline.mark("output written");
            if (file != null) {
                file.commit();
            }
            if (out.checkError()) {
                err.println("finsam-check: " + messages.get("output.stdoutFailed"));
                return ExitCode.ERROR.status();
            }
        } catch (IOException e) {
            err.println("finsam-check: " + e.getMessage());
            return ExitCode.ERROR.status();
        } catch (UncheckedIOException e) {
            err.println("finsam-check: " + e.getCause().getMessage());
            return ExitCode.ERROR.status();
        } finally {
            if (file != null) {
                file.close(); // a report that was not completed is removed: outputs are complete or absent
            }
        }
        if (outcome.documents() == 0) {
            err.println("finsam-check: " + messages.get("run.noDocument", InputType.globs()));
        }
        return outcome.exitCode().status();
    }

    /**
     * Checks the inputs, handing each result – linked with its plan, waived findings marked – to the report as it
     * comes; an input that cannot be read is also told on stderr. The year's summary, then the waiver file's own
     * result come last.
     */
    private static void run(Checker checker, List<InputFiles.Input> inputs, Waivers.Marking waivers,
                            DocumentResult waiverError, ReportWriter report, Outcome outcome, Progress progress,
                            Messages messages) {
        Consumer<DocumentResult> pass = r -> {
            if (!r.isChecked()) { // also on stderr, one line per input, where a user running by hand looks
                progress.println(OutputFormat.inputError(r, messages));
            }
            outcome.add(r);
            report.add(r);
        };
        Links links = new Links(checker, new CheckRun.Sink() {
            @Override
            public void accept(DocumentResult result) {
                pass.accept(waivers == null ? result : waivers.mark(result));
            }

            @Override
            public void inputDone() {
                progress.step();
            }
        });
        new CheckRun(checker).run(inputs, links);
        links.finish(); // reports whose plan never came, each checked alone and saying so
        progress.finish();
        Timeline.mark("inputs checked");
        if (waivers != null) {
            pass.accept(waivers.report());
        } else if (waiverError != null) {
            pass.accept(waiverError);
        }
        report.year(links.summary());
    }

    private Severity severity() {
        try {
            return Severity.fromId(Options.value(parsed, "--fail-on"));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(parsed.commandSpec().commandLine(), "--fail-on: " + e.getMessage());
        }
    }
}
