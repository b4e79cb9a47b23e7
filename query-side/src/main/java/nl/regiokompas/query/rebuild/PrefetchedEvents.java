package nl.regiokompas.query.rebuild;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;

/**
 * Reads an event stream ahead on a thread of its own and deserializes each event's payload and metadata there, so
 * that a rebuild's handlers find the next events ready. Holds at most {@code capacity} events; a read that fails
 * is reported to the consumer.
 */
final class PrefetchedEvents implements AutoCloseable {

    private final BlockingStream<TrackedEventMessage<?>> stream;
    private final BlockingQueue<TrackedEventMessage<?>> ready;
    private final Thread reader;
    private volatile RuntimeException failure;

    PrefetchedEvents(BlockingStream<TrackedEventMessage<?>> stream, int capacity) {
        this.stream = stream;
        this.ready = new ArrayBlockingQueue<>(capacity);
        this.reader = new Thread(this::read, "projection-rebuild-reader");
        reader.setDaemon(true);
        reader.start();
    }

    /** Up to {@code max} events in stream order, waiting at most the timeout for the first; empty when none came. */
    List<TrackedEventMessage<?>> next(int max, long timeout, TimeUnit unit) throws InterruptedException {
        List<TrackedEventMessage<?>> batch = new ArrayList<>(max);
        TrackedEventMessage<?> first = ready.poll(timeout, unit);
        if (first == null) {
            if (failure != null) {
                throw new IllegalStateException("Reading the event stream failed", failure);
            }
            return batch;
        }
        batch.add(first);
        ready.drainTo(batch, max - 1);
        return batch;
    }

    private void read() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                if (stream.hasNextAvailable(1, TimeUnit.SECONDS)) {
                    TrackedEventMessage<?> event = stream.nextAvailable();
                    event.getPayload();
                    event.getMetaData();
                    ready.put(event);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            failure = e;
        }
    }

    @Override
    public void close() {
        reader.interrupt();
        try {
            reader.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        stream.close();
    }
}
