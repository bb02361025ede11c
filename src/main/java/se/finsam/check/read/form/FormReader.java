package se.finsam.check.read.form;

import java.io.IOException;
import se.finsam.check.read.InputError;

/** Reads a form file's bytes into the neutral representation, or says in one line why it cannot. */
@FunctionalInterface
public interface FormReader {

    FormText read(String source, byte[] bytes) throws IOException, InputError;
}
