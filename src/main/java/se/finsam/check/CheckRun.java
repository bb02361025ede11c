package se.finsam.check;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import se.finsam.check.Checker.JsonLine;
import se.finsam.check.findings.DocumentResult;
import se.finsam.check.read.InputError;
import se.finsam.check.read.InputFiles;
import se.finsam.check.read.InputFiles.Input;
import se.finsam.check.read.InputType;

/**
 * Checks many inputs on every core and hands the results on in input order, as if they had been checked one after
 * the other. Only a bounded window of documents is in flight, so memory does not grow with the number of
 * documents: a JSON-lines archive of a million plans is read line by line while earlier lines are being checked.
 * What compares documents with each other – a report with its plan – is the sink's: {@link se.finsam.check.year.Links}.
 */
public final class CheckRun {

    /** What the run hands its results to, in input order. */
    public interface Sink {
        void accept(DocumentResult result);

        /** All documents of an input have been handed on (one for a file, one per line of a JSON-lines file). */
        default void inputDone() {
        }
    }

    /**
     * Lines of a JSON-lines file checked by one task: handing each line to a worker and its result back cost a
     * twentieth of a large run's CPU in waking threads.
     */
    private static final int LINES_PER_TASK = 16;
    /**
     * Files read and checked by one task at most, for the same reason: a folder is then handed on as an archive is.
     * Fewer when there are few files, so that a handful of forms still goes to every core.
     */
    private static final int FILES_PER_TASK = 16;
    /**
     * Tasks checked or waiting per thread (a file, or up to LINES_PER_TASK lines): enough to keep every core busy,
     * few enough to stay small.
     */
    private static final int TASKS_PER_THREAD = 4;

    private final Checker checker;
    private final int threads;

    public CheckRun(Checker checker, int threads) {
        this.checker = checker;
        this.threads = Math.max(1, threads);
    }

    /** A run on every core of this machine. */
    public CheckRun(Checker checker) {
        this(checker, Runtime.getRuntime().availableProcessors());
    }

    /**
     * Queued documents, in order: of files, each list the results of a whole input (wholeInputs: one for a file, one
     * for each file of a container), or lines of one input (one list); or the
     * end of an input (results null); or the end of the run (END).
     */
    private record Pending(Future<List<List<DocumentResult>>> results, boolean endOfInput, boolean wholeInputs) {
        Pending(Future<List<List<DocumentResult>>> results, boolean endOfInput) {
            this(results, endOfInput, false);
        }
    }

    private static final Pending END = new Pending(null, false);

    public void run(List<Input> inputs, Sink sink) {
        ExecutorService workers = Executors.newFixedThreadPool(threads, r -> daemon(r, "finsam-check"));
        BlockingQueue<Pending> queue = new ArrayBlockingQueue<>(threads * TASKS_PER_THREAD);
        Thread reader = daemon(() -> read(inputs, workers, queue), "finsam-check-reader");
        reader.start();
        try {
            for (Pending p = take(queue); p != END; p = take(queue)) {
                if (p.endOfInput()) {
                    sink.inputDone();
                } else if (p.wholeInputs()) {
                    for (List<DocumentResult> input : get(p.results())) {
                        input.forEach(sink::accept);
                        sink.inputDone();
                    }
                } else {
                    get(p.results()).forEach(results -> results.forEach(sink::accept));
                }
            }
        } finally {
            reader.interrupt();
            workers.shutdownNow();
        }
    }

    /** Queues every document of the inputs, in order; blocks while the window is full. */
    private void read(List<Input> inputs, ExecutorService workers, BlockingQueue<Pending> queue) {
        try {
            int perTask = Math.max(1, Math.min(FILES_PER_TASK, inputs.size() / (threads * TASKS_PER_THREAD * 4)));
            List<Input> files = new ArrayList<>();
            for (Input input : inputs) {
                if (input.type() == InputType.JSON_LINES) {
                    checkFiles(files, workers, queue);
                    DocumentResult refused = checker.refusal(input);
                    if (refused == null) {
                        readLines(input, workers, queue);
                    } else {
                        queue.put(done(refused));
                    }
                    queue.put(new Pending(null, true));
                } else {
                    files.add(input);
                    if (files.size() == perTask) {
                        checkFiles(files, workers, queue);
                    }
                }
            }
            checkFiles(files, workers, queue);
            queue.put(END);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the run was given up; nobody waits for the rest
        } catch (RuntimeException e) {
            // a fault of the reader reaches the waiting run instead of leaving it waiting
            try {
                queue.put(new Pending(CompletableFuture.failedFuture(e), false));
            } catch (InterruptedException given) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void readLines(Input input, ExecutorService workers, BlockingQueue<Pending> queue) throws InterruptedException {
        try (BufferedReader lines = Files.newBufferedReader(input.path(), StandardCharsets.UTF_8)) {
            List<JsonLine> task = new ArrayList<>();
            int index = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine(), index++) {
                if (!line.isBlank()) {
                    task.add(new JsonLine(line, index));
                }
                if (task.size() == LINES_PER_TASK) {
                    queue.put(checkLines(input, task, workers));
                    task = new ArrayList<>();
                }
            }
            if (!task.isEmpty()) {
                queue.put(checkLines(input, task, workers));
            }
        } catch (CharacterCodingException e) {
            queue.put(done(DocumentResult.unreadable(new InputError(input.source(), 0, 0, "input.encoding"))));
        } catch (IOException e) {
            queue.put(done(DocumentResult.unreadable(new InputError(input.source(), 0, 0, "input.ioError"))));
        }
    }

    /** Queues the files gathered so far as one task, each read and checked on the worker; empties the list. */
    private void checkFiles(List<Input> files, ExecutorService workers, BlockingQueue<Pending> queue)
            throws InterruptedException {
        if (files.isEmpty()) {
            return;
        }
        List<Input> task = List.copyOf(files);
        files.clear();
        queue.put(new Pending(workers.submit(() -> checker.results(task)), false, true));
    }

    private Pending checkLines(Input input, List<JsonLine> task, ExecutorService workers) {
        return new Pending(workers.submit(() -> List.of(checker.checkJsonLines(input.source(), task))), false);
    }

    private static Pending done(DocumentResult result) {
        return new Pending(CompletableFuture.completedFuture(List.of(List.of(result))), false);
    }

    private static Pending take(BlockingQueue<Pending> queue) {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while checking", e);
        }
    }

    /** A fault inside a check is a fault of the program, as it would be without threads. */
    private static List<List<DocumentResult>> get(Future<List<List<DocumentResult>>> result) {
        try {
            return result.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while checking", e);
        }
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }
}
