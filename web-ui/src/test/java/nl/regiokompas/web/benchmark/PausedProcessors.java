package nl.regiokompas.web.benchmark;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The tracking processors, stopped while the generator fills the store, so that the projections are filled by
 * the measured rebuild alone and the live pushes do not fold a million generated events for no subscriber.
 */
final class PausedProcessors {

    private final EventProcessingConfiguration processing;
    private final List<String> names;

    private PausedProcessors(EventProcessingConfiguration processing, List<String> names) {
        this.processing = processing;
        this.names = names;
    }

    static PausedProcessors pause(EventProcessingConfiguration processing) {
        List<String> names = processing.eventProcessors().entrySet().stream()
                .filter(entry -> entry.getValue() instanceof StreamingEventProcessor)
                .map(Map.Entry::getKey).sorted().toList();
        CompletableFuture.allOf(names.stream().map(name -> streaming(processing, name).shutdownAsync())
                .toArray(CompletableFuture[]::new)).join();
        return new PausedProcessors(processing, names);
    }

    /** Starts every paused processor that the rebuild will not start, after the events generated meanwhile. */
    void resumeAtHead(Collection<String> restartedByRebuild, TrackingToken head, TransactionTemplate transactions) {
        for (String name : names) {
            if (restartedByRebuild.contains(name)) {
                continue;
            }
            TokenStore tokens = processing.tokenStore(name);
            transactions.executeWithoutResult(status -> {
                for (int segment : tokens.fetchSegments(name)) {
                    tokens.fetchToken(name, segment);
                    tokens.storeToken(head, name, segment);
                    tokens.releaseClaim(name, segment);
                }
            });
            streaming(processing, name).start();
        }
    }

    private static StreamingEventProcessor streaming(EventProcessingConfiguration processing, String name) {
        return (StreamingEventProcessor) processing.eventProcessor(name).orElseThrow();
    }
}
