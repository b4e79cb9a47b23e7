package nl.regiokompas.command.assessment;

import nl.regiokompas.platform.caching.LruAggregateCache;
import nl.regiokompas.platform.caching.StoreCheckedCachingRepository;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.annotation.HandlerDefinition;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.modelling.command.Repository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Assessments stay loaded between commands (an LRU cache per instance), on top of the snapshots: a command
 * on a cached assessment reads no events, only the assessment's last sequence number to see that no other
 * instance wrote since ({@link StoreCheckedCachingRepository}).
 */
@Configuration(proxyBeanMethods = false)
class AssessmentCaching {

    @Bean
    Cache assessmentCache(AssessmentCacheProperties cacheProperties) {
        return new LruAggregateCache(cacheProperties.assessmentCacheSize());
    }

    @Bean
    Repository<Assessment> assessmentRepository(EventStore eventStore, SnapshotTriggerDefinition assessmentSnapshotTrigger,
                                                ParameterResolverFactory parameterResolverFactory,
                                                HandlerDefinition handlerDefinition, Cache assessmentCache) {
        return new StoreCheckedCachingRepository<>(EventSourcingRepository.builder(Assessment.class)
                .snapshotTriggerDefinition(assessmentSnapshotTrigger)
                .parameterResolverFactory(parameterResolverFactory)
                .handlerDefinition(handlerDefinition),
                assessmentCache, eventStore);
    }
}
