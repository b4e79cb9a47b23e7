package nl.regiokompas.query.report;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The few threads on which one report's independent reads and sections run side by side, so that a whole-period
 * report waits for its largest part instead of the sum of its parts. Bounded: more reports at once queue here
 * rather than take more connections or cores. A task run here never waits for another task run here, so the
 * queue cannot deadlock.
 */
@Component
class ReportThreads implements DisposableBean {

    /** Runs every part on the calling thread, one after the other: the same work, without the threads. */
    static final Executor IN_TURN = Runnable::run;

    private static final int THREADS = 4;

    private final AtomicInteger created = new AtomicInteger();
    private final ExecutorService threads = Executors.newFixedThreadPool(THREADS, task -> {
        Thread thread = new Thread(task, "evaluation-report-" + created.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });

    Executor executor() {
        return threads;
    }

    /** Starts a part of the report on {@code executor}. */
    static <T> CompletableFuture<T> start(Executor executor, Supplier<T> part) {
        return CompletableFuture.supplyAsync(part, executor);
    }

    /** The part's result; its exception as thrown by the part. */
    static <T> T result(CompletableFuture<T> part) {
        try {
            return part.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    @Override
    public void destroy() {
        threads.shutdownNow();
    }
}
