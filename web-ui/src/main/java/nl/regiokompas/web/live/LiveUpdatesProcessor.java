package nl.regiokompas.web.live;

import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

/**
 * The live-updates handler gets a tracking processor of its own in every application instance: a unique
 * name, a token kept in memory and a start at the head of the stream. A shared token would let only one
 * instance push; a persisted one would replay old events to new clients after a restart. Clients that
 * missed events catch up through the history endpoint instead.
 */
@Configuration(proxyBeanMethods = false)
class LiveUpdatesProcessor {

    private static final Logger log = LoggerFactory.getLogger(LiveUpdatesProcessor.class);
    /**
     * How long the processor waits for an event before it asks the store again (Axon's default: a second): with the
     * embedded store it bounds how late an event stored by another instance is pushed here, as the store's fetch delay
     * does for the projections; events committed through this instance wake the processor at once
     * ({@link CommitWokenEventSource}).
     */
    static final long EVENT_AVAILABILITY_TIMEOUT_MILLIS = 100;

    @Autowired
    void configure(EventProcessingConfigurer processing, ObjectProvider<EventStorageEngine> engine) {
        String name = LiveUpdates.GROUP + "@" + UUID.randomUUID();
        processing.assignProcessingGroup(LiveUpdates.GROUP, name);
        processing.registerTrackingEventProcessor(name,
                configuration -> eventSource(configuration.eventStore(), engine.getIfAvailable()),
                configuration -> processorConfiguration(EVENT_AVAILABILITY_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS));
        processing.registerTokenStore(name, configuration -> new InMemoryTokenStore());
        processing.registerTransactionManager(name, configuration -> NoTransactionManager.INSTANCE);
        log.info("Live updates are pushed by processor {}", name);
    }

    /**
     * Where the live processor reads its events: with the embedded event store, a source woken by this instance's
     * commits whatever the processor's token ({@link CommitWokenEventSource}); otherwise (Axon Server) the store.
     */
    static StreamableMessageSource<TrackedEventMessage<?>> eventSource(EventStore store, EventStorageEngine engine) {
        return store instanceof EmbeddedEventStore && engine != null ? CommitWokenEventSource.over(store, engine) : store;
    }

    static TrackingEventProcessorConfiguration processorConfiguration(long eventAvailabilityTimeout, TimeUnit unit) {
        return TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                .andInitialTrackingToken(StreamableMessageSource::createHeadToken)
                .andEventAvailabilityTimeout(eventAvailabilityTimeout, unit);
    }
}
