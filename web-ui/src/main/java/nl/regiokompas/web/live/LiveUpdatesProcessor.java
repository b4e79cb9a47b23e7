package nl.regiokompas.web.live;

import java.util.UUID;

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

    @Autowired
    void configure(EventProcessingConfigurer processing) {
        String name = LiveUpdates.GROUP + "@" + UUID.randomUUID();
        processing.assignProcessingGroup(LiveUpdates.GROUP, name);
        processing.registerTrackingEventProcessor(name, org.axonframework.config.Configuration::eventStore,
                configuration -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                        .andInitialTrackingToken(StreamableMessageSource::createHeadToken));
        processing.registerTokenStore(name, configuration -> new InMemoryTokenStore());
        processing.registerTransactionManager(name, configuration -> NoTransactionManager.INSTANCE);
        log.info("Live updates are pushed by processor {}", name);
    }
}
