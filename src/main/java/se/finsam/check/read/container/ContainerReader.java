package se.finsam.check.read.container;

import se.finsam.check.read.InputError;

/** Lists a container's files from its bytes, or says in one line why it cannot be read (damaged, encrypted). */
@FunctionalInterface
public interface ContainerReader {

    /** maxBytes: the limit of one file, which each part keeps to as a file on disk does. */
    Contents read(String source, byte[] bytes, long maxBytes) throws InputError;
}
