package nl.regiokompas.web.live;

import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingEventStream;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

/**
 * The live-updates processor's events: read from the storage engine at the processor's own token, and woken by every
 * commit of events through this instance's event store.
 * <p>
 * Axon's embedded event store wakes a tracking processor at a commit only while that processor reads from its shared
 * reader, and it does so only while the processor's token, gaps included, equals one the shared reader holds. The live
 * processor starts at the head, whose token carries no gaps; while the store has open gaps (a sequence number taken by a
 * rolled-back insert stays open for the next 10,000 events) it read on a stream of its own, which learned of an event
 * only when the shared reader happened to read for another processor, or when its wait ended (docs/performance.md,
 * section {@code pushgaps}). Here the reading is the same as on that stream (the engine's query from the token, gaps
 * included), only the waking does not depend on the tokens matching. Events that another instance stored wake nobody
 * here: they are read when the processor's wait (its event-availability timeout) ends.
 */
final class CommitWokenEventSource implements StreamableMessageSource<TrackedEventMessage<?>> {

    private final EventStore store;
    private final EventStorageEngine engine;
    private final Commits commits = new Commits();

    private CommitWokenEventSource(EventStore store, EventStorageEngine engine) {
        this.store = store;
        this.engine = engine;
    }

    /** A source over the engine that {@code store} appends to, woken by the store's commits from now on. */
    static CommitWokenEventSource over(EventStore store, EventStorageEngine engine) {
        CommitWokenEventSource source = new CommitWokenEventSource(store, engine);
        store.subscribe(source::published);
        return source;
    }

    /** Called as the store appends events; wakes the readers once the unit of work that appended them has committed. */
    private void published(List<? extends EventMessage<?>> events) {
        if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().root().afterCommit(unitOfWork -> commits.signal());
        } else {
            commits.signal();
        }
    }

    @Override
    public TrackingEventStream openStream(TrackingToken trackingToken) {
        return new Reader(trackingToken);
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
    public TrackingToken createTokenAt(Instant dateTime) {
        return store.createTokenAt(dateTime);
    }

    @Override
    public TrackingToken createTokenSince(Duration duration) {
        return store.createTokenSince(duration);
    }

    /** One processor's stream: reads a batch from its last token; when none is left, waits for a commit. */
    private final class Reader implements TrackingEventStream {

        private TrackingToken lastToken;
        private Stream<? extends TrackedEventMessage<?>> batch;
        private Iterator<? extends TrackedEventMessage<?>> events;
        private TrackedEventMessage<?> peeked;

        private Reader(TrackingToken startToken) {
            this.lastToken = startToken;
        }

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            return Optional.ofNullable(peeked != null || readNext() ? peeked : null);
        }

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
            long deadline = System.nanoTime() + unit.toNanos(timeout);
            while (true) {
                // taken before reading, so that a commit between the read and the wait still ends the wait
                long seen = commits.count();
                if (peeked != null || readNext()) {
                    return true;
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                commits.awaitAfter(seen, left);
            }
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
            while (!hasNextAvailable(Integer.MAX_VALUE, TimeUnit.MILLISECONDS)) {
                // keeps waiting, as the blocking contract asks
            }
            TrackedEventMessage<?> next = peeked;
            peeked = null;
            return next;
        }

        /** Reads the next event into {@code peeked}; a finished batch is closed so that the next call queries again. */
        private boolean readNext() {
            if (events == null) {
                batch = engine.readEvents(lastToken, false);
                events = batch.iterator();
            }
            if (events.hasNext()) {
                peeked = events.next();
                lastToken = peeked.trackingToken();
                return true;
            }
            closeBatch();
            return false;
        }

        private void closeBatch() {
            if (batch != null) {
                batch.close();
            }
            batch = null;
            events = null;
        }

        @Override
        public void close() {
            closeBatch();
        }
    }

    /** Counts the commits, so that a reader can wait for one after a given count. */
    private static final class Commits {

        private final ReentrantLock lock = new ReentrantLock();
        private final Condition committed = lock.newCondition();
        private long count;

        long count() {
            lock.lock();
            try {
                return count;
            } finally {
                lock.unlock();
            }
        }

        void signal() {
            lock.lock();
            try {
                count++;
                committed.signalAll();
            } finally {
                lock.unlock();
            }
        }

        /** Waits at most {@code nanos} for a commit after the one counted as {@code seen}. */
        void awaitAfter(long seen, long nanos) throws InterruptedException {
            lock.lock();
            try {
                long left = nanos;
                while (count == seen && left > 0) {
                    left = committed.awaitNanos(left);
                }
            } finally {
                lock.unlock();
            }
        }
    }
}
