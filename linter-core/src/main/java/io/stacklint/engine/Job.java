package io.stacklint.engine;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * Work run once: on a pool thread, or on the thread that needs the result first if no pool thread has started
 * it, so a thread waiting for results does the pending work itself instead of idling.
 */
final class Job<T> {
    private final Supplier<T> work;
    private final AtomicBoolean claimed = new AtomicBoolean();
    private final CompletableFuture<T> result = new CompletableFuture<>();

    /** Hands the work to {@code pool} at once. */
    Job(Supplier<T> work, Executor pool) {
        this.work = work;
        pool.execute(this::run);
    }

    private void run() {
        if (claimed.compareAndSet(false, true)) {
            try {
                result.complete(work.get());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        }
    }

    /** The work's result, or what it threw, as it threw it. */
    T join() {
        run();
        try {
            return result.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
