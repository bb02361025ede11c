package se.finsam.check.cli;

import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import se.finsam.check.findings.Messages;

/** {@code --lang sv|en}: the language of messages and documentation. */
final class LanguageOption {

    @Option(names = "--lang", defaultValue = "sv", paramLabel = "LANG",
            description = "Language: sv or en (default: ${DEFAULT-VALUE}).")
    private String lang;

    Messages messages(CommandLine cl) {
        if (!lang.equals("sv") && !lang.equals("en")) {
            throw new ParameterException(cl, "--lang: '" + lang + "' is not available (sv or en)");
        }
        return Messages.forLanguage(lang);
    }
}
