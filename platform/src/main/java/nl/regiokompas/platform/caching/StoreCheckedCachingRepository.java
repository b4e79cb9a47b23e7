package nl.regiokompas.platform.caching;

import java.util.Objects;

import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.CachingEventSourcingRepository;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * Axon's caching repository, made safe for several application instances on one event store. Axon serves a
 * cached aggregate without looking at the store, so an instance would decide on a state that misses what
 * another instance appended since: a command with a version only the other instance produced would be refused
 * as "too high", and rules would be checked against an old state. Before a cached aggregate is used, this
 * repository asks the store for the aggregate's last sequence number (one index lookup) and, when the store is
 * ahead, drops the entry and loads the aggregate from the store (from its snapshot on). A writer that slips in
 * between that check and the append still loses on the unique (aggregate, sequence) of the event table;
 * Axon then evicts the entry on rollback and the command gateway retries the command on a fresh load.
 */
public class StoreCheckedCachingRepository<T> extends CachingEventSourcingRepository<T> {

    private final Cache cache;
    private final EventStore eventStore;

    public StoreCheckedCachingRepository(EventSourcingRepository.Builder<T> builder, Cache cache, EventStore eventStore) {
        super(builder.cache(cache).eventStore(eventStore));
        this.cache = cache;
        this.eventStore = eventStore;
    }

    @Override
    protected EventSourcedAggregate<T> doLoadWithLock(String aggregateIdentifier, Long expectedVersion) {
        boolean cached = cache.containsKey(aggregateIdentifier);
        EventSourcedAggregate<T> aggregate = super.doLoadWithLock(aggregateIdentifier, expectedVersion);
        if (cached && behindStore(aggregateIdentifier, aggregate)) {
            cache.remove(aggregateIdentifier);
            aggregate = super.doLoadWithLock(aggregateIdentifier, expectedVersion);
        }
        return aggregate;
    }

    private boolean behindStore(String aggregateIdentifier, EventSourcedAggregate<T> aggregate) {
        Long stored = eventStore.lastSequenceNumberFor(aggregateIdentifier).orElse(null);
        return !Objects.equals(stored, aggregate.version());
    }
}
