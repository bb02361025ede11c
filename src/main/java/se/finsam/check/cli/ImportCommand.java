package se.finsam.check.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParseResult;
import se.finsam.check.edition.Editions;
import se.finsam.check.findings.DocumentResult;
import se.finsam.check.findings.Messages;
import se.finsam.check.output.ImportYaml;
import se.finsam.check.output.NewFiles;
import se.finsam.check.output.OutputFormat;
import se.finsam.check.output.OutputNames;
import se.finsam.check.output.Printable;
import se.finsam.check.read.InputError;
import se.finsam.check.read.InputFiles;
import se.finsam.check.read.InputType;
import se.finsam.check.read.form.FormLoader;
import se.finsam.check.read.form.FormTree;

/** {@code import}: writes the structured YAML read from forms (text exports, Word), with the source line of each value. */
final class ImportCommand {

    static CommandSpec spec() {
        CommandSpec spec = Options.command("import",
                "Reads forms (" + InputType.forms() + ") and writes them as structured YAML, each value with a comment "
                        + "naming its source line. Correct a misread value in the YAML and check the YAML again.");
        LimitOptions.addTo(spec);
        WalkOptions.addTo(spec);
        LanguageOption.addTo(spec);
        Options.inputs(spec, "FORM", "Forms to read, or folders of forms.");
        Options.add(spec, new String[] {"-o", "--output"}, "DIR", Path.class, null,
                "Write FORM-NAME.yaml into DIR (created when missing) instead of to standard output.");
        Options.flag(spec, "--force", "Replace YAML files that already exist in DIR.");
        EditionsOption.addTo(spec);
        return spec;
    }

    private final ParseResult parsed;
    private final Preload preload;
    private final List<String> forms;
    private final Path outputDir;
    private final boolean force;

    ImportCommand(ParseResult parsed, Preload preload) {
        this.parsed = parsed;
        this.preload = preload;
        this.forms = Options.inputs(parsed);
        this.outputDir = Options.value(parsed, "--output");
        this.force = Options.isSet(parsed, "--force");
    }

    int call() {
        PrintWriter out = parsed.commandSpec().commandLine().getOut();
        PrintWriter err = parsed.commandSpec().commandLine().getErr();
        Messages messages = LanguageOption.messages(parsed);
        Editions editions = EditionsOption.load(parsed, EditionsOption.file(parsed, forms), preload, messages, err);
        if (editions == null) {
            return ExitCode.ERROR.status();
        }
        FormLoader loader = new FormLoader(editions);
        ImportYaml yaml = new ImportYaml(messages.get("import.line"));
        ExitCode status = ExitCode.OK;
        boolean first = true;
        List<InputFiles.Input> inputs = InputFiles.expand(forms, WalkOptions.filter(parsed, messages));
        OutputNames names = outputDir == null ? null
                : new OutputNames(outputDir, inputs.stream().map(InputFiles.Input::path).toList());
        for (InputFiles.Input input : inputs) {
            try {
                InputFiles.checkReadable(input, LimitOptions.maxBytes(parsed));
                if (input.type().isContainer()) { // its forms have no file of their own to import beside
                    err.println(messages.get("import.container", Printable.line(input.source())));
                    status = ExitCode.ERROR;
                    continue;
                }
                if (!input.type().isForm()) {
                    err.println(messages.get("import.structured", Printable.line(input.source())));
                    continue;
                }
                FormTree tree = loader.tree(input.path(), input.source());
                String text = yaml.write(input.source(), tree);
                if (outputDir == null) {
                    out.print(first ? text : "---\n" + text);
                    first = false;
                } else {
                    Files.createDirectories(outputDir);
                    Path target = names.next(baseName(input.path()), ".yaml").get(0);
                    NewFiles.write(target, text, force, messages);
                    err.println(Printable.line(input.source()) + " → " + Printable.line(target.toString()));
                }
            } catch (InputError e) {
                err.println(OutputFormat.inputError(DocumentResult.unreadable(e), messages));
                status = ExitCode.ERROR;
            } catch (IOException e) {
                err.println("finsam-check: " + e.getMessage());
                status = ExitCode.ERROR;
            }
        }
        if (out.checkError()) {
            err.println("finsam-check: " + messages.get("output.stdoutFailed"));
            status = ExitCode.ERROR;
        }
        return status.status();
    }

    /** The form's name without its extension, fit for a file name. */
    private static String baseName(Path form) {
        String name = Printable.fileName(form.getFileName().toString());
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
