package se.finsam.check.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParseResult;
import se.finsam.check.read.InputFiles;

/** The size limit for one input file, for users whose forms are larger than the default. */
final class LimitOptions {

    private static final String NAME = "--max-file-size";

    private LimitOptions() {
    }

    static void addTo(CommandSpec spec) {
        Options.add(spec, NAME, "MB", Long.class, null,
                "Refuse files larger than MB megabytes (default: 20). JSON-lines archives are read line by line and have no limit.");
    }

    static long maxBytes(ParseResult parsed) {
        Long megabytes = Options.value(parsed, NAME);
        return megabytes == null ? InputFiles.DEFAULT_MAX_BYTES : megabytes * 1024 * 1024;
    }
}
