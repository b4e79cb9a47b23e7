package nl.regiokompas.web.live;

import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
     * How long the processor waits for an event before it asks the store again (Axon's default: a second). Axon's
     * embedded event store serves a processor from its shared reader only while the processor's token, gaps
     * included, equals one the reader holds (the head token this processor starts with has no gaps); otherwise the
     * processor reads on a stream of its own, which learns of a new event when the shared reader fetches for another
     * processor, or when this wait ends. With no processor on the shared reader every push waited up to a second
     * (docs/performance.md, section {@code pushlive}).
     */
    static final long EVENT_AVAILABILITY_TIMEOUT_MILLIS = 100;

    @Autowired
    void configure(EventProcessingConfigurer processing) {
        String name = LiveUpdates.GROUP + "@" + UUID.randomUUID();
        processing.assignProcessingGroup(LiveUpdates.GROUP, name);
        processing.registerTrackingEventProcessor(name, org.axonframework.config.Configuration::eventStore,
                configuration -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                        .andInitialTrackingToken(StreamableMessageSource::createHeadToken)
                        .andEventAvailabilityTimeout(EVENT_AVAILABILITY_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS));
        processing.registerTokenStore(name, configuration -> new InMemoryTokenStore());
        processing.registerTransactionManager(name, configuration -> NoTransactionManager.INSTANCE);
        log.info("Live updates are pushed by processor {}", name);
    }
}
