package nl.regiokompas.query.support;

import java.time.Duration;

import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

/**
 * Projections handle events in batches: one transaction (projection rows and token together) per batch
 * instead of per event. A failure rolls the whole batch back and it is handled again; the handlers are
 * idempotent. Batches make a rebuild many times faster and cost nothing in normal operation, where a
 * batch holds whatever arrived since the last one, gathered for a few milliseconds under a steady stream
 * ({@link GatheredEvents}). Processors registered with a source of their own (the live updates) read the store
 * directly.
 */
@Configuration(proxyBeanMethods = false)
class ProjectionProcessing {

    @Autowired
    void configure(EventProcessingConfigurer processing,
                   ProjectionProperties projections) {
        processing.registerTrackingEventProcessorConfiguration(configuration ->
                TrackingEventProcessorConfiguration.forSingleThreadedProcessing().andBatchSize(projections.batchSize()));
        processing.configureDefaultStreamableMessageSource(configuration -> new GatheredEvents(
                configuration.eventStore(), Duration.ofMillis(projections.batchGatheringMillis()), projections.batchSize()));
    }
}
