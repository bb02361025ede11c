package se.finsam.check.cli;

import picocli.CommandLine.Option;
import se.finsam.check.read.InputFiles;

/** The size limit for one input file, for users whose forms are larger than the default. */
final class LimitOptions {

    @Option(names = "--max-file-size", paramLabel = "MB",
            description = "Refuse files larger than MB megabytes (default: 20). JSON-lines archives are read line by line and have no limit.")
    private Long maxMegabytes;

    long maxBytes() {
        return maxMegabytes == null ? InputFiles.DEFAULT_MAX_BYTES : maxMegabytes * 1024 * 1024;
    }
}
