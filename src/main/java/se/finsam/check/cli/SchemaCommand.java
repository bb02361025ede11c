package se.finsam.check.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParseResult;
import se.finsam.check.Project;
import se.finsam.check.findings.Messages;

/**
 * {@code schema}: prints the JSON Schema of the structured format as it is in the repository
 * (src/main/resources/finsam-document.schema.json), for editors and other tools. The check itself never reads it:
 * the reader is the checker at run time, and tests hold the two to the same format.
 */
final class SchemaCommand {

    static final String RESOURCE = "finsam-document.schema.json";

    private SchemaCommand() {
    }

    static CommandSpec spec() {
        CommandSpec spec = Options.command("schema", "Prints the JSON Schema (draft 2020-12) of the structured YAML/JSON "
                + "format, for editors: ./finsam-check schema > " + RESOURCE);
        spec.version(Project.NAME + " " + Project.version()); // -V answers here as at the top
        return spec;
    }

    static int call(ParseResult parsed) {
        PrintWriter out = parsed.commandSpec().commandLine().getOut();
        try (InputStream in = SchemaCommand.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the build");
            }
            out.print(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.flush();
        if (out.checkError()) {
            parsed.commandSpec().commandLine().getErr().println("finsam-check: "
                    + Messages.forLanguage("sv").get("output.stdoutFailed"));
            return ExitCode.ERROR.status();
        }
        return ExitCode.OK.status();
    }
}
