package nl.regiokompas.query.rebuild;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Drops and replays projections: for each streaming processor it shuts the processor down, resets its
 * tokens (which calls the projection's {@code @ResetHandler} and stores replay tokens in one transaction)
 * and starts it again. Only processors that support a reset take part. In a deployment with several
 * query-side instances, every instance must release the processor's segments first; the reset fails
 * otherwise and nothing changes.
 */
@Component
public class ProjectionRebuilder {

    private static final Logger log = LoggerFactory.getLogger(ProjectionRebuilder.class);
    private static final Duration POLL_INTERVAL = Duration.ofMillis(50);

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;

    ProjectionRebuilder(EventProcessingConfiguration processing, EventStore eventStore) {
        this.processing = processing;
        this.eventStore = eventStore;
    }

    /** The processing groups that can be rebuilt, in name order. */
    public List<String> rebuildable() {
        return processing.eventProcessors().entrySet().stream()
                .filter(entry -> entry.getValue() instanceof StreamingEventProcessor streaming
                        && streaming.supportsReset())
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
    }

    /** Rebuilds one processing group, or every rebuildable one when {@code name} is null; answers the names. */
    public List<String> rebuild(String name) {
        List<String> names = name == null ? rebuildable() : List.of(name);
        names.forEach(this::requireRebuildable);
        List<StreamingEventProcessor> processors = names.stream().map(this::processor).toList();
        log.info("Rebuilding projections {}", names);
        // Processors stop in parallel: each waits up to a second for its worker to notice the stop.
        CompletableFuture.allOf(processors.stream().map(StreamingEventProcessor::shutdownAsync)
                .toArray(CompletableFuture[]::new)).join();
        processors.forEach(processor -> {
            processor.resetTokens();
            processor.start();
        });
        return names;
    }

    /**
     * Waits until every named processor has processed every event that was in the store when this call
     * started; false when that did not happen within the timeout.
     */
    public boolean awaitCaughtUp(Collection<String> names, Duration timeout) {
        long head = headPosition();
        Instant deadline = Instant.now().plus(timeout);
        while (!names.stream().allMatch(name -> reached(processor(name), head))) {
            if (Instant.now().isAfter(deadline)) {
                names.stream().filter(name -> !reached(processor(name), head)).forEach(name -> log.warn(
                        "Projection {} has not reached event {}: {}", name, head, processor(name).processingStatus()));
                return false;
            }
            sleep();
        }
        return true;
    }

    private void requireRebuildable(String name) {
        StreamingEventProcessor processor = processing
                .eventProcessorByProcessingGroup(name, StreamingEventProcessor.class)
                .orElseThrow(() -> new UnknownProjection(name));
        if (!processor.supportsReset()) {
            throw new UnknownProjection(name);
        }
    }

    private StreamingEventProcessor processor(String name) {
        return processing.eventProcessorByProcessingGroup(name, StreamingEventProcessor.class)
                .orElseThrow(() -> new UnknownProjection(name));
    }

    private long headPosition() {
        TrackingToken head = eventStore.createHeadToken();
        return head == null ? -1 : head.position().orElse(-1);
    }

    /**
     * Whether every segment processed the event at {@code head}. A replaying segment counts as well: Axon ends
     * the replay only when an event after the reset position arrives.
     */
    private static boolean reached(StreamingEventProcessor processor, long head) {
        if (head < 0) {
            return processor.isRunning();
        }
        Map<Integer, EventTrackerStatus> status = processor.processingStatus();
        return processor.isRunning() && !status.isEmpty() && status.values().stream().allMatch(segment -> {
            OptionalLong position = segment.getCurrentPosition();
            return !segment.isErrorState() && position.isPresent() && position.getAsLong() >= head;
        });
    }

    private static void sleep() {
        try {
            Thread.sleep(POLL_INTERVAL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for projections to catch up", e);
        }
    }
}
