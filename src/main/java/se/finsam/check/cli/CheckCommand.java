package se.finsam.check.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import se.finsam.check.CheckRun;
import se.finsam.check.Checker;
import se.finsam.check.engine.RuleBase;
import se.finsam.check.findings.DocumentResult;
import se.finsam.check.findings.Messages;
import se.finsam.check.findings.Severity;
import se.finsam.check.output.GithubFormat;
import se.finsam.check.output.HtmlFormat;
import se.finsam.check.output.LetterFormat;
import se.finsam.check.output.NewFiles;
import se.finsam.check.output.JsonFormat;
import se.finsam.check.output.JunitFormat;
import se.finsam.check.output.ReportWriter;
import se.finsam.check.output.SarifFormat;
import se.finsam.check.output.OutputFormat;
import se.finsam.check.output.TextFormat;
import se.finsam.check.read.InputError;
import se.finsam.check.read.InputFiles;
import se.finsam.check.waivers.Waivers;

/** {@code check PATH...}: checks structured documents and prints their findings. */
final class CheckCommand {

    /** The output formats; names as typed on the command line. */
    enum Format {
        text(TextFormat::new), json(JsonFormat::new), sarif(SarifFormat::new), junit(JunitFormat::new),
        github(GithubFormat::new), html(HtmlFormat::new), letter(LetterFormat::new);

        private final Supplier<OutputFormat> create;

        Format(Supplier<OutputFormat> create) {
            this.create = create;
        }
    }

    static CommandSpec spec() {
        CommandSpec spec = Options.command("check",
                "Checks plans, reports, applications and quarterly sheets: forms (.docx, .txt), YAML/JSON files, or folders searched recursively.");
        spec.usageMessage().exitCodeListHeading("%nExit status:%n").exitCodeList(ExitCode.describe(
                "no finding reaches the --fail-on severity", "a finding reaches the --fail-on severity",
                "usage error, or an input could not be read (the other inputs are still checked)"));
        Options.inputs(spec, "PATH",
                "Forms (*.docx, *.txt, *.md), structured files (*.yaml, *.yml, *.json, or *.jsonl with one document per line) or folders.");
        Options.add(spec, "--format", "FORMAT", Format.class, "text", "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).");
        LimitOptions.addTo(spec);
        LanguageOption.addTo(spec);
        Options.add(spec, "--fail-on", "SEVERITY", String.class, "error",
                "Exit with 1 when a finding is at least this severe: error, warning or info (default: ${DEFAULT-VALUE}).");
        RuleOptions.addTo(spec);
        Options.add(spec, new String[] {"-o", "--output"}, "FILE", Path.class, null,
                "Write the report to FILE instead of standard output (for --format letter: a folder, one letter per document); existing files are kept unless --force.");
        Options.flag(spec, "--force", "Let --output replace an existing file.");
        Options.add(spec, "--waivers", "FILE", Path.class, null,
                "Accepted exceptions (default: " + Waivers.DEFAULT_NAME + " beside the checked files, when present).");
        return spec;
    }

    private final ParseResult parsed;
    private final Preload preload;
    private final List<String> paths;
    private final Format format;
    private final Path output;
    private final boolean force;
    private final Path waiversFile;

    CheckCommand(ParseResult parsed, Preload preload) {
        this.parsed = parsed;
        this.preload = preload;
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
        if (rules == null) {
            return ExitCode.ERROR.status();
        }
        List<InputFiles.Input> inputs = InputFiles.expand(paths);
        Waivers.Marking waivers;
        DocumentResult waiverError = null;
        try {
            waivers = waivers();
        } catch (InputError e) {
            waivers = null;
            waiverError = DocumentResult.unreadable(e);
        }
        PrintWriter file = null;
        try {
            if (output != null && format != Format.letter) {
                file = new PrintWriter(NewFiles.open(output, force, messages));
            }
            ReportWriter report = output == null ? format.create.get().open(rules.catalogue(), messages, out)
                    : file != null ? format.create.get().open(rules.catalogue(), messages, file)
                    : new LetterFormat().openFolder(output, force, messages);
            Outcome outcome = run(new Checker(rules, preload.editions(), LimitOptions.maxBytes(parsed)), inputs, waivers, waiverError,
                    report, bar, messages, err);
            report.finish();
            return outcome.exitCode().status();
        } catch (IOException | UncheckedIOException e) {
            err.println("finsam-check: " + e.getMessage());
            return ExitCode.ERROR.status();
        } finally {
            if (file != null) {
                file.close();
            }
        }
    }

    /**
     * Checks the inputs, handing each result – waived findings marked – to the report as it comes; an input that
     * cannot be read is also told on stderr. The waiver file's own result comes last.
     */
    private static Outcome run(Checker checker, List<InputFiles.Input> inputs, Waivers.Marking waivers,
                               DocumentResult waiverError, ReportWriter report, Severity bar, Messages messages,
                               PrintWriter err) {
        Outcome outcome = new Outcome(bar);
        Progress progress = new Progress(err, messages, inputs.size());
        Consumer<DocumentResult> pass = r -> {
            if (!r.isReadable()) {
                progress.println(OutputFormat.inputError(r, messages));
            }
            outcome.add(r);
            report.add(r);
        };
        new CheckRun(checker).run(inputs, new CheckRun.Sink() {
            @Override
            public void accept(DocumentResult result) {
                pass.accept(waivers == null ? result : waivers.mark(result));
            }

            @Override
            public void inputDone() {
                progress.step();
            }
        });
        progress.finish();
        if (waivers != null) {
            pass.accept(waivers.report());
        } else if (waiverError != null) {
            pass.accept(waiverError);
        }
        return outcome;
    }

    /** The waivers that apply (--waivers, or the default file), or null when there are none. */
    private Waivers.Marking waivers() throws InputError {
        Path file = waiversFile != null ? waiversFile : defaultWaivers();
        return file == null ? null : Waivers.read(file).start(LocalDate.now());
    }

    /** finsam-waivers.yaml in a checked folder, or beside a checked file. */
    private Path defaultWaivers() {
        for (String p : paths) {
            Path path = Path.of(p);
            Path dir = Files.isDirectory(path) ? path : path.toAbsolutePath().getParent();
            if (dir != null && Files.isRegularFile(dir.resolve(Waivers.DEFAULT_NAME))) {
                return dir.resolve(Waivers.DEFAULT_NAME);
            }
        }
        return null;
    }

    private Severity severity() {
        try {
            return Severity.fromId(Options.value(parsed, "--fail-on"));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(parsed.commandSpec().commandLine(), "--fail-on: " + e.getMessage());
        }
    }
}
