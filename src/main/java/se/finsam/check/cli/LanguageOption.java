package se.finsam.check.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import se.finsam.check.findings.Messages;

/** {@code --lang sv|en}: the language of messages and documentation. */
final class LanguageOption {

    private static final String NAME = "--lang";

    private LanguageOption() {
    }

    static void addTo(CommandSpec spec) {
        Options.add(spec, NAME, "LANG", String.class, "sv", "Language: sv or en (default: ${DEFAULT-VALUE}).");
    }

    static Messages messages(ParseResult parsed) {
        String lang = Options.value(parsed, NAME);
        if (!lang.equals("sv") && !lang.equals("en")) {
            throw new ParameterException(parsed.commandSpec().commandLine(), "--lang: '" + lang + "' is not available (sv or en)");
        }
        return Messages.forLanguage(lang);
    }
}
