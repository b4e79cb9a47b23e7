package nl.regiokompas.web.benchmark;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;

/** Waits until the named streaming processors have handled every event stored when the wait began. */
final class ProcessorsAtHead {

    private static final long PATIENCE_NANOS = TimeUnit.MINUTES.toNanos(5);

    private final EventProcessingConfiguration processing;
    private final EventStore store;

    ProcessorsAtHead(EventProcessingConfiguration processing, EventStore store) {
        this.processing = processing;
        this.store = store;
    }

    /** Waits at most five minutes, calling {@code waiting} while it waits; answers the nanoseconds it took. */
    long await(Predicate<String> names, Runnable waiting) throws InterruptedException {
        long begin = System.nanoTime();
        long head = store.createHeadToken().position().orElse(-1);
        List<StreamingEventProcessor> processors = processing.eventProcessors().entrySet().stream()
                .filter(entry -> names.test(entry.getKey()) && entry.getValue() instanceof StreamingEventProcessor)
                .map(entry -> (StreamingEventProcessor) entry.getValue()).toList();
        while (System.nanoTime() - begin < PATIENCE_NANOS
                && processors.stream().anyMatch(processor -> position(processor) < head)) {
            waiting.run();
            Thread.sleep(100);
        }
        return System.nanoTime() - begin;
    }

    private static long position(StreamingEventProcessor processor) {
        return processor.processingStatus().values().stream()
                .mapToLong(status -> status.getCurrentPosition().orElse(-1)).min().orElse(Long.MAX_VALUE);
    }
}
