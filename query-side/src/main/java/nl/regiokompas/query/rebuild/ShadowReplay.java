package nl.regiokompas.query.rebuild;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

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
 */
final class ShadowReplay implements AutoCloseable {

    private final BlockingStream<TrackedEventMessage<?>> stream;
    private final List<EventMessageHandler> handlers;
    private final TransactionTemplate transactions;
    private final JdbcTemplate jdbc;
    private final int batchSize;
    private TrackingToken token;

    ShadowReplay(BlockingStream<TrackedEventMessage<?>> stream, List<EventMessageHandler> handlers,
                 TransactionTemplate transactions, JdbcTemplate jdbc, int batchSize) {
        this.stream = stream;
        this.handlers = List.copyOf(handlers);
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.batchSize = batchSize;
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
            if (!stream.hasNextAvailable((int) patience.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("The event store delivered nothing after position " + position()
                        + " within " + patience + ", while event " + target + " exists");
            }
            List<TrackedEventMessage<?>> batch = new ArrayList<>();
            do {
                batch.add(stream.nextAvailable());
            } while (batch.size() < batchSize && stream.hasNextAvailable());
            apply(batch);
        }
    }

    private void apply(List<TrackedEventMessage<?>> batch) {
        transactions.executeWithoutResult(status -> {
            jdbc.execute("SET LOCAL search_path TO " + ShadowTables.SCHEMA);
            batch.forEach(this::handle);
        });
        token = batch.get(batch.size() - 1).trackingToken();
    }

    /**
     * In a unit of work that is rolled back, never committed: what a handler leaves for after the commit
     * (announcing a version to read-your-writes waiters) belongs to the live view, not to this replay. The
     * database transaction is the batch's and is committed.
     */
    private void handle(TrackedEventMessage<?> event) {
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(event);
        try {
            for (EventMessageHandler handler : handlers) {
                if (handler.canHandle(event)) {
                    handler.handle(event);
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException("Replaying event " + event.getIdentifier() + " (" + event.getPayloadType()
                    .getSimpleName() + ") failed", e);
        } finally {
            unitOfWork.rollback();
        }
    }

    @Override
    public void close() {
        stream.close();
    }
}
