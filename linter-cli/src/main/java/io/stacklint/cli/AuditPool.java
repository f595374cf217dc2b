package io.stacklint.cli;

import io.stacklint.model.Audit;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Audits several repositories at once on a small fixed pool: cloning is network-bound and each audit already parses
 * its files in parallel, so a few repositories at a time keep the machine busy without thrashing it. On a terminal
 * a one-line counter on standard error shows how far it got; elsewhere (CI logs, pipes) nothing is printed.
 */
final class AuditPool {

    /** Repositories audited at the same time. */
    static final int THREADS = Math.max(2, Math.min(4, Runtime.getRuntime().availableProcessors()));

    private final PrintWriter progress;

    /** @param progress where the counter goes, or null for none */
    AuditPool(PrintWriter progress) {
        this.progress = progress;
    }

    /** A target's audit, given its 1-based position in the list. */
    @FunctionalInterface
    interface Auditor {
        Audit audit(int index, String target);
    }

    /** The audits of the targets, in the targets' order. */
    List<Audit> run(List<Map.Entry<Integer, String>> targets, Auditor auditor) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(THREADS, Math.max(1, targets.size())), task -> {
            Thread thread = new Thread(task, "stacklint-audit");
            thread.setDaemon(true);
            return thread;
        });
        AtomicInteger done = new AtomicInteger();
        try {
            List<Future<Audit>> futures = new ArrayList<>();
            for (Map.Entry<Integer, String> target : targets) {
                futures.add(pool.submit(() -> {
                    Audit audit = auditor.audit(target.getKey(), target.getValue());
                    tick(done.incrementAndGet(), targets.size(), target.getValue());
                    return audit;
                }));
            }
            List<Audit> audits = new ArrayList<>();
            for (Future<Audit> future : futures) {
                audits.add(future.get());
            }
            if (progress != null && !targets.isEmpty()) {
                progress.print("\r\u001b[2K");
                progress.flush();
            }
            return audits;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private void tick(int done, int total, String target) {
        if (progress == null) {
            return;
        }
        synchronized (progress) {
            String name = target.length() > 50 ? "..." + target.substring(target.length() - 47) : target;
            progress.print("\r\u001b[2Kaudited " + done + "/" + total + "  " + name);
            progress.flush();
        }
    }
}
