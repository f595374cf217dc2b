package io.stacklint.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The unit of work a scan hands to the pool: run once, by the pool or by whoever needs it first. */
@Timeout(30) // a Job that waits for a pool which never runs it would hang: fail instead
class JobTest {

    @Test
    void aThreadWaitingForWorkNoPoolThreadStartedDoesItItself() {
        List<Runnable> neverRun = new ArrayList<>();
        AtomicInteger runs = new AtomicInteger();

        Job<String> job = new Job<>(() -> {
            runs.incrementAndGet();
            return Thread.currentThread().getName();
        }, neverRun::add);

        assertThat(job.join()).isEqualTo(Thread.currentThread().getName());
        neverRun.forEach(Runnable::run); // the pool getting to it late runs nothing a second time
        assertThat(job.join()).isEqualTo(Thread.currentThread().getName());
        assertThat(runs).hasValue(1);
    }

    @Test
    void workAPoolThreadStartedIsWaitedFor() throws InterruptedException {
        ExecutorService pool = Executors.newSingleThreadExecutor(runnable -> new Thread(runnable, "pool-thread"));
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try {
            Job<String> job = new Job<>(() -> {
                started.countDown();
                await(release);
                return Thread.currentThread().getName();
            }, pool);
            assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
            release.countDown();

            assertThat(job.join()).isEqualTo("pool-thread");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void whatTheWorkThrowsReachesTheCallerAsItWasThrown() {
        Job<String> failing = new Job<>(() -> {
            throw new UncheckedIOException("disk gone", new java.io.IOException("disk gone"));
        }, Runnable::run);
        Job<String> overflowing = new Job<>(() -> {
            throw new StackOverflowError();
        }, Runnable::run);

        assertThatThrownBy(failing::join).isInstanceOf(UncheckedIOException.class).hasMessage("disk gone");
        assertThatThrownBy(overflowing::join).isInstanceOf(StackOverflowError.class);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
