package se.finsam.check.cli;

import picocli.CommandLine.IVersionProvider;
import se.finsam.check.Project;

/** The version, as the build wrote it. */
public final class Version implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {Project.NAME + " " + Project.version()};
    }
}
