package se.finsam.check.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import se.finsam.check.edition.Editions;
import se.finsam.check.findings.DocumentResult;
import se.finsam.check.findings.Messages;
import se.finsam.check.output.ImportYaml;
import se.finsam.check.output.NewFiles;
import se.finsam.check.output.OutputFormat;
import se.finsam.check.read.InputError;
import se.finsam.check.read.InputFiles;
import se.finsam.check.read.form.FormLoader;
import se.finsam.check.read.form.FormTree;

/** {@code import}: writes the structured YAML read from forms (text exports, Word), with the source line of each value. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Reads forms (.txt, .md, .docx) and writes them as structured YAML, each value with a comment "
                + "naming its source line. Correct a misread value in the YAML and check the YAML again.")
final class ImportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private LimitOptions limits = new LimitOptions();

    @Mixin
    private LanguageOption language = new LanguageOption();

    @Parameters(paramLabel = "FORM", arity = "1..*", description = "Forms to read, or folders of forms.")
    private List<String> forms;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR",
            description = "Write FORM-NAME.yaml into DIR (created when missing) instead of to standard output.")
    private Path outputDir;

    @Option(names = "--force", description = "Replace YAML files that already exist in DIR.")
    private boolean force;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Messages messages = language.messages(spec.commandLine());
        FormLoader loader = new FormLoader(Editions.builtIn(), limits.maxBytes());
        ImportYaml yaml = new ImportYaml(messages.get("import.line"));
        ExitCode status = ExitCode.OK;
        boolean first = true;
        for (InputFiles.Input input : InputFiles.expand(forms)) {
            Path form = input.path();
            if (!FormLoader.isForm(form) && !forms.contains(input.source())) {
                continue; // a structured file found in a folder of forms is already structured
            }
            try {
                FormTree tree = loader.tree(form, form.toString());
                String text = yaml.write(form.toString(), tree);
                if (outputDir == null) {
                    out.print(first ? text : "---\n" + text);
                    first = false;
                } else {
                    Files.createDirectories(outputDir);
                    Path target = outputDir.resolve(baseName(form) + ".yaml");
                    NewFiles.write(target, text, force, messages);
                    err.println(form + " → " + target);
                }
            } catch (InputError e) {
                err.println(OutputFormat.inputError(DocumentResult.unreadable(e), messages));
                status = ExitCode.ERROR;
            } catch (IOException e) {
                err.println("finsam-check: " + e.getMessage());
                status = ExitCode.ERROR;
            }
        }
        out.flush();
        return status.status();
    }

    private static String baseName(Path form) {
        String name = form.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
