package se.finsam.check.web;

import java.util.ArrayList;
import java.util.List;
import se.finsam.check.CheckRun;
import se.finsam.check.Checker;
import se.finsam.check.findings.DocumentResult;
import se.finsam.check.read.InputFiles;

/**
 * Uploaded files checked as check checks files it is given: by the one checker of the server, in order, each file
 * a result (a JSON-lines file one per line), a file that cannot be read a result that says why. The label is the
 * document's source, so the answer names the file as the user named it.
 */
final class Checking {

    /** The results of one uploaded file. */
    record Checked(Uploads.Upload upload, List<DocumentResult> results) {
    }

    private Checking() {
    }

    static List<Checked> check(Checker checker, List<Uploads.Upload> uploads) {
        List<InputFiles.Input> inputs = uploads.stream().map(u -> new InputFiles.Input(u.file(), u.label())).toList();
        List<Checked> checked = new ArrayList<>();
        List<DocumentResult> current = new ArrayList<>();
        int threads = Math.max(1, Math.min(uploads.size(), Runtime.getRuntime().availableProcessors()));
        new CheckRun(checker, threads).run(inputs, new CheckRun.Sink() {
            @Override
            public void accept(DocumentResult result) {
                current.add(result);
            }

            @Override
            public void inputDone() {
                checked.add(new Checked(uploads.get(checked.size()), List.copyOf(current)));
                current.clear();
            }
        });
        return checked;
    }

    static List<DocumentResult> results(List<Checked> checked) {
        return checked.stream().flatMap(c -> c.results().stream()).toList();
    }
}
