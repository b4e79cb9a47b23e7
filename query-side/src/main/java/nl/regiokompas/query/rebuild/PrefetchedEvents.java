package nl.regiokompas.query.rebuild;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;

/**
 * Reads an event stream ahead on a thread of its own and deserializes the events in chunks on a few threads
 * beside it, handing them out in stream order, so that a rebuild's handlers find the next events ready. Only the
 * events whose payload type someone wants are deserialized: the others keep their place in the stream (their
 * position moves the token on) and are never read further. Holds at most about {@code capacity} events; a read
 * that fails is reported to the consumer.
 */
final class PrefetchedEvents implements AutoCloseable {

    private static final int CHUNK = 250;

    private final BlockingStream<TrackedEventMessage<?>> stream;
    private final Predicate<Class<?>> wanted;
    private final BlockingQueue<CompletableFuture<List<TrackedEventMessage<?>>>> ready;
    private final ExecutorService deserializers;
    private final Thread reader;
    private volatile RuntimeException failure;

    /**
     * @param wanted       whether an event of this payload type is handled by someone (and so deserialized)
     * @param deserializing threads that deserialize chunks beside the reader
     */
    PrefetchedEvents(BlockingStream<TrackedEventMessage<?>> stream, int capacity, Predicate<Class<?>> wanted,
                     int deserializing) {
        this.stream = stream;
        this.wanted = wanted;
        this.ready = new ArrayBlockingQueue<>(Math.max(2, capacity / CHUNK));
        this.deserializers = Executors.newFixedThreadPool(deserializing, task -> {
            Thread thread = new Thread(task, "projection-rebuild-deserializer");
            thread.setDaemon(true);
            return thread;
        });
        this.reader = new Thread(this::read, "projection-rebuild-reader");
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * Up to about {@code max} events in stream order (whole chunks: at most one chunk more), waiting at most the
     * timeout for the first; empty when none came.
     */
    List<TrackedEventMessage<?>> next(int max, long timeout, TimeUnit unit) throws InterruptedException {
        List<TrackedEventMessage<?>> batch = new ArrayList<>(max + CHUNK);
        CompletableFuture<List<TrackedEventMessage<?>>> first = ready.poll(timeout, unit);
        if (first == null) {
            if (failure != null) {
                throw new IllegalStateException("Reading the event stream failed", failure);
            }
            return batch;
        }
        batch.addAll(join(first));
        CompletableFuture<List<TrackedEventMessage<?>>> more;
        while (batch.size() < max && (more = ready.poll()) != null) {
            batch.addAll(join(more));
        }
        return batch;
    }

    private static List<TrackedEventMessage<?>> join(CompletableFuture<List<TrackedEventMessage<?>>> chunk) {
        try {
            return chunk.join();
        } catch (CompletionException e) {
            throw new IllegalStateException("Deserializing events failed", e.getCause());
        }
    }

    /** Chunks of what is available; a partial chunk as soon as the stream has nothing more at once. */
    private void read() {
        try {
            List<TrackedEventMessage<?>> chunk = new ArrayList<>(CHUNK);
            while (!Thread.currentThread().isInterrupted()) {
                if (chunk.size() == CHUNK || (!chunk.isEmpty() && !stream.hasNextAvailable())) {
                    List<TrackedEventMessage<?>> full = chunk;
                    ready.put(CompletableFuture.supplyAsync(() -> deserialized(full), deserializers));
                    chunk = new ArrayList<>(CHUNK);
                } else if (stream.hasNextAvailable(1, TimeUnit.SECONDS)) {
                    chunk.add(stream.nextAvailable());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            failure = e;
        }
    }

    private List<TrackedEventMessage<?>> deserialized(List<TrackedEventMessage<?>> chunk) {
        for (TrackedEventMessage<?> event : chunk) {
            if (wanted.test(event.getPayloadType())) {
                event.getPayload();
                event.getMetaData();
            }
        }
        return chunk;
    }

    @Override
    public void close() {
        reader.interrupt();
        try {
            reader.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        deserializers.shutdownNow();
        stream.close();
    }
}
