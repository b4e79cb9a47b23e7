package nl.regiokompas.query.support;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.StreamableMessageSource;

/**
 * The event store as the projections' tracking processors read it: under a steady stream of events a processor
 * handles at most one batch per {@code gathering} instead of one per event. A tracking processor's batch holds the
 * events available when it starts; under commands arriving one by one that is one event, so each projection spent a
 * transaction (its rows and its token) per event. Here, when an event is available and the processor's previous
 * batch started less than {@code gathering} ago and was not full, the stream answers once that much time has passed
 * since the previous batch, so the events of that time go in one batch. An event after a quiet moment, and a backlog
 * (full batches), are handed over at once; the events, their order and the tokens are the store's, unchanged.
 */
public final class GatheredEvents implements StreamableMessageSource<TrackedEventMessage<?>> {

    private final StreamableMessageSource<TrackedEventMessage<?>> store;
    private final long gatheringNanos;
    private final int batchSize;
    private final Clock clock;

    public GatheredEvents(StreamableMessageSource<TrackedEventMessage<?>> store, Duration gathering, int batchSize) {
        this(store, gathering, batchSize, Clock.SYSTEM);
    }

    GatheredEvents(StreamableMessageSource<TrackedEventMessage<?>> store, Duration gathering, int batchSize,
                   Clock clock) {
        this.store = store;
        this.gatheringNanos = gathering.toNanos();
        this.batchSize = batchSize;
        this.clock = clock;
    }

    /** The time a processor's thread sees and waits on. */
    interface Clock {
        Clock SYSTEM = new Clock() {
            @Override
            public long nanoTime() {
                return System.nanoTime();
            }

            @Override
            public void sleep(long nanos) throws InterruptedException {
                TimeUnit.NANOSECONDS.sleep(nanos);
            }
        };

        long nanoTime();

        void sleep(long nanos) throws InterruptedException;
    }

    @Override
    public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken from) {
        BlockingStream<TrackedEventMessage<?>> stream = store.openStream(from);
        return gatheringNanos <= 0 ? stream : new GatheringStream(stream);
    }

    @Override
    public TrackingToken createTailToken() {
        return store.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return store.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(Instant at) {
        return store.createTokenAt(at);
    }

    @Override
    public TrackingToken createTokenSince(Duration since) {
        return store.createTokenSince(since);
    }

    /**
     * A processor's batch starts with a wait for an event ({@code hasNextAvailable} with a timeout) and takes the
     * events available without waiting; the events taken since the last such wait are the previous batch.
     */
    private final class GatheringStream implements BlockingStream<TrackedEventMessage<?>> {

        private final BlockingStream<TrackedEventMessage<?>> events;
        private long previousBatchStart;
        private boolean anyBatch;
        private int takenSinceBatchStart;

        private GatheringStream(BlockingStream<TrackedEventMessage<?>> events) {
            this.events = events;
        }

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
            if (timeout <= 0) {
                return events.hasNextAvailable(timeout, unit);
            }
            if (!events.hasNextAvailable(timeout, unit)) {
                return false;
            }
            long now = clock.nanoTime();
            long wait = previousBatchStart + gatheringNanos - now;
            if (anyBatch && takenSinceBatchStart < batchSize && wait > 0) {
                clock.sleep(wait);
                now = clock.nanoTime();
            }
            previousBatchStart = now;
            anyBatch = true;
            takenSinceBatchStart = 0;
            return true;
        }

        @Override
        public boolean hasNextAvailable() {
            return events.hasNextAvailable();
        }

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            return events.peek();
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
            TrackedEventMessage<?> next = events.nextAvailable();
            takenSinceBatchStart++;
            return next;
        }

        @Override
        public void skipMessagesWithPayloadTypeOf(TrackedEventMessage<?> type) {
            events.skipMessagesWithPayloadTypeOf(type);
        }

        @Override
        public boolean setOnAvailableCallback(Runnable callback) {
            return events.setOnAvailableCallback(callback);
        }

        @Override
        public void close() {
            events.close();
        }
    }
}
