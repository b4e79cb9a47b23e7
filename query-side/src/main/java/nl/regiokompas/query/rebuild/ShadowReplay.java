package nl.regiokompas.query.rebuild;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.stream.IntStream;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.EventMessageHandler;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads the event stream from the first event and hands every event to the projections' own handlers, in
 * batches of one transaction each whose {@code search_path} is the shadow schema: the handlers' SQL names its
 * tables without a schema, so it writes the shadow tables and cannot touch a live one. Remembers the tracking
 * token of the last event applied.
 * <p>
 * Three things run at once: {@link PrefetchedEvents} reads and deserializes the next events while the current
 * batch is handled, and each projection (processing group) handles the batch on a thread and in a transaction of
 * its own. Within a group every event is handled in stream order, as its live processor would; groups share no
 * table, so the order between them does not matter. The next batch starts when every group committed this one.
 */
final class ShadowReplay implements AutoCloseable {

    private final PrefetchedEvents events;
    private final List<String> names;
    private final List<List<EventMessageHandler>> groups;
    private final AtomicLongArray busyNanos;
    private final TransactionTemplate transactions;
    private final JdbcTemplate jdbc;
    private final int batchSize;
    private final ExecutorService workers;
    private TrackingToken token;

    /**
     * @param groups the handlers of each processing group that is rebuilt, by the group's name
     */
    ShadowReplay(BlockingStream<TrackedEventMessage<?>> stream, Map<String, List<EventMessageHandler>> groups,
                 TransactionTemplate transactions, JdbcTemplate jdbc, int batchSize) {
        this.names = List.copyOf(groups.keySet());
        this.groups = groups.values().stream().map(List::copyOf).toList();
        this.busyNanos = new AtomicLongArray(this.groups.size());
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.batchSize = batchSize;
        this.events = new PrefetchedEvents(stream, 2 * batchSize);
        this.workers = Executors.newFixedThreadPool(Math.max(1, this.groups.size()), task -> {
            Thread thread = new Thread(task, "projection-rebuild-group");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** The token of the last event applied; null before the first. */
    TrackingToken token() {
        return token;
    }

    long position() {
        return positionOf(token);
    }

    /** A token's position in the event stream; -1 for none (before the first event). */
    static long positionOf(TrackingToken token) {
        return token == null ? -1 : token.position().orElse(-1);
    }

    /** Applies events until the one at {@code target} is applied; fails when none arrives within {@code patience}. */
    void replayTo(long target, Duration patience) throws InterruptedException {
        while (position() < target) {
            List<TrackedEventMessage<?>> batch = events.next(batchSize, patience.toMillis(), TimeUnit.MILLISECONDS);
            if (batch.isEmpty()) {
                throw new IllegalStateException("The event store delivered nothing after position " + position()
                        + " within " + patience + ", while event " + target + " exists");
            }
            apply(batch);
        }
    }

    private void apply(List<TrackedEventMessage<?>> batch) {
        try {
            CompletableFuture.allOf(IntStream.range(0, groups.size())
                    .mapToObj(group -> CompletableFuture.runAsync(() -> timed(group, batch), workers))
                    .toArray(CompletableFuture[]::new)).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
        token = batch.get(batch.size() - 1).trackingToken();
    }

    private void timed(int group, List<TrackedEventMessage<?>> batch) {
        long begin = System.nanoTime();
        apply(groups.get(group), batch);
        busyNanos.addAndGet(group, System.nanoTime() - begin);
    }

    /**
     * Per processing group the time its thread spent on its batches (handling and committing), in milliseconds:
     * the rebuild waits for the slowest group in every batch, so this says which projection limits it.
     */
    Map<String, Long> busyMillis() {
        Map<String, Long> busy = new LinkedHashMap<>();
        for (int group = 0; group < names.size(); group++) {
            busy.put(names.get(group), TimeUnit.NANOSECONDS.toMillis(busyNanos.get(group)));
        }
        return busy;
    }

    private void apply(List<EventMessageHandler> handlers, List<TrackedEventMessage<?>> batch) {
        transactions.executeWithoutResult(status -> {
            jdbc.execute("SET LOCAL search_path TO " + ShadowTables.SCHEMA);
            batch.forEach(event -> handle(handlers, event));
        });
    }

    /**
     * In a unit of work that is rolled back, never committed: what a handler leaves for after the commit
     * (announcing a version to read-your-writes waiters) belongs to the live view, not to this replay. The
     * database transaction is the batch's and is committed.
     */
    private static void handle(List<EventMessageHandler> handlers, TrackedEventMessage<?> event) {
        UnitOfWork<?> unitOfWork = null;
        try {
            for (EventMessageHandler handler : handlers) {
                if (handler.canHandle(event)) {
                    if (unitOfWork == null) {
                        unitOfWork = DefaultUnitOfWork.startAndGet(event);
                    }
                    handler.handle(event);
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException("Replaying event " + event.getIdentifier() + " (" + event.getPayloadType()
                    .getSimpleName() + ") failed", e);
        } finally {
            if (unitOfWork != null) {
                unitOfWork.rollback();
            }
        }
    }

    @Override
    public void close() {
        workers.shutdownNow();
        events.close();
    }
}
