package nl.regiokompas.query.rebuild;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
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
 * Three things run at once: {@link PrefetchedEvents} reads and deserializes the next events while batches are
 * handled, and each projection (processing group) handles the batches on a thread and in transactions of its own.
 * Within a group every event is handled in stream order, as its live processor would; groups share no table, so
 * the order between them does not matter, and a fast group goes on with the next batches while a slow one still
 * handles an earlier one (a few batches at most). The token is that of the last batch every group committed.
 */
final class ShadowReplay implements AutoCloseable {

    private static final int IN_FLIGHT = 4;
    /** Threads deserializing events beside the reader: the rebuild's largest single cost after the handlers. */
    private static final int DESERIALIZING = 2;

    private final PrefetchedEvents events;
    private final List<String> names;
    private final List<GroupHandlers> groups;
    private final AtomicLongArray busyNanos;
    private final TransactionTemplate transactions;
    private final JdbcTemplate jdbc;
    private final int batchSize;
    private final List<ExecutorService> workers;
    private final Deque<Pending> pending = new ArrayDeque<>();
    private TrackingToken token;
    private long submitted = -1;

    /**
     * @param groups the handlers of each processing group that is rebuilt, by the group's name
     */
    ShadowReplay(BlockingStream<TrackedEventMessage<?>> stream, Map<String, GroupHandlers> groups,
                 TransactionTemplate transactions, JdbcTemplate jdbc, int batchSize) {
        this.names = List.copyOf(groups.keySet());
        this.groups = List.copyOf(groups.values());
        this.busyNanos = new AtomicLongArray(this.groups.size());
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.batchSize = batchSize;
        this.events = new PrefetchedEvents(stream, 2 * batchSize,
                type -> this.groups.stream().anyMatch(group -> !group.of(type).isEmpty()), DESERIALIZING);
        this.workers = this.groups.stream().map(group -> Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "projection-rebuild-group");
            thread.setDaemon(true);
            return thread;
        })).toList();
    }

    /** A batch handed to every group, not yet committed by all of them. */
    private record Pending(TrackingToken last, CompletableFuture<Void> done) {
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

    /**
     * Applies events until the one at {@code target} is applied (committed by every group); fails when none
     * arrives within {@code patience}.
     */
    void replayTo(long target, Duration patience) throws InterruptedException {
        while (submitted < target) {
            List<TrackedEventMessage<?>> batch = events.next(batchSize, patience.toMillis(), TimeUnit.MILLISECONDS);
            if (batch.isEmpty()) {
                throw new IllegalStateException("The event store delivered nothing after position " + submitted
                        + " within " + patience + ", while event " + target + " exists");
            }
            submit(batch);
        }
        while (!pending.isEmpty()) {
            awaitOldest();
        }
    }

    /**
     * Hands the batch to every group's own thread. A group goes on with its next batch while slower groups still
     * handle this one (no barrier per batch), at most {@link #IN_FLIGHT} batches ahead of the slowest group.
     */
    private void submit(List<TrackedEventMessage<?>> batch) {
        CompletableFuture<Void> done = CompletableFuture.allOf(IntStream.range(0, groups.size())
                .mapToObj(group -> CompletableFuture.runAsync(() -> timed(group, batch), workers.get(group)))
                .toArray(CompletableFuture[]::new));
        TrackingToken last = batch.get(batch.size() - 1).trackingToken();
        pending.addLast(new Pending(last, done));
        submitted = positionOf(last);
        while (pending.size() > IN_FLIGHT) {
            awaitOldest();
        }
    }

    private void awaitOldest() {
        Pending oldest = pending.removeFirst();
        try {
            oldest.done().join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
        token = oldest.last();
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

    private void apply(GroupHandlers handlers, List<TrackedEventMessage<?>> batch) {
        if (batch.stream().allMatch(event -> handlers.of(event.getPayloadType()).isEmpty())) {
            return;
        }
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
    private static void handle(GroupHandlers group, TrackedEventMessage<?> event) {
        List<EventMessageHandler> handlers = group.of(event.getPayloadType());
        if (handlers.isEmpty()) {
            return;
        }
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
        workers.forEach(ExecutorService::shutdownNow);
        events.close();
    }
}
