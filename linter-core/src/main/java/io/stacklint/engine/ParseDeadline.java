package io.stacklint.engine;

import io.stacklint.extract.ExtractionException;
import io.stacklint.extract.Extractor;
import io.stacklint.extract.SourceFile;
import io.stacklint.model.Evidence;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Guards the scan against a pathological file: an extractor that has not finished one file within the deadline
 * is abandoned and the file reported, so one hostile file never hangs a CI job. Parsers do not check for
 * interruption, so an abandoned parse runs on in a daemon thread until it ends; the scan does not wait for it.
 */
final class ParseDeadline {

    /** Far above any real build file's parse time (milliseconds), well below a CI job's patience. */
    static final Duration DEFAULT = Duration.ofSeconds(20);
    private static final int MAX_MESSAGE = 100;

    private static final ExecutorService PARSERS = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "stacklint-parser");
        thread.setDaemon(true);
        return thread;
    });

    private ParseDeadline() {
    }

    static List<Evidence> extract(Extractor extractor, SourceFile file) throws ExtractionException {
        return extract(extractor, file, DEFAULT);
    }

    static List<Evidence> extract(Extractor extractor, SourceFile file, Duration deadline)
            throws ExtractionException {
        Future<List<Evidence>> parse = PARSERS.submit(() -> extractor.extract(file));
        try {
            return parse.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            parse.cancel(true);
            throw new ExtractionException(1, 1, "skipped: the " + extractor.id() + " parser did not finish within "
                    + (deadline.toMillis() < 1000 ? deadline.toMillis() + " ms" : deadline.toSeconds() + " s")
                    + "; the file looks pathological");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ExtractionException extraction) {
                throw extraction;
            }
            // A bug an input reveals in one extractor costs that file, not the scan: a stranger's pull request must
            // not be able to stop the report on every other file. The fuzz targets hunt these bugs down.
            if (e.getCause() instanceof RuntimeException || e.getCause() instanceof StackOverflowError) {
                throw new ExtractionException(1, 1, "skipped: the " + extractor.id() + " extractor failed on this"
                        + " file (" + describe(e.getCause()) + "); this is a bug in stacklint, please report it",
                        e.getCause());
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            parse.cancel(true);
            throw new ExtractionException(1, 1, "skipped: the scan was interrupted");
        } catch (CancellationException e) {
            throw new ExtractionException(1, 1, "skipped: the parse was cancelled");
        }
    }

    /** The exception's class and the start of its message, which may quote the hostile input. */
    private static String describe(Throwable bug) {
        String message = bug.getMessage() == null ? "" : ": " + bug.getMessage().lines().findFirst().orElse("");
        if (message.length() > MAX_MESSAGE) {
            message = message.substring(0, MAX_MESSAGE) + "...";
        }
        return bug.getClass().getSimpleName() + message;
    }
}
