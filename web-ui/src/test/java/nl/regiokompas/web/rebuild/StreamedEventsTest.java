package nl.regiokompas.web.rebuild;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import nl.regiokompas.query.rebuild.ProjectionRebuilder;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

import nl.regiokompas.web.IntegrationTest;

/**
 * The event stream every processor and every rebuild reads (the application's storage engine, which parses each
 * stored timestamp once, with the serializer that remembers classes and readers) hands the handlers exactly the
 * messages Axon's own JDBC engine and Jackson serializer give for the same store: same tokens (gaps included),
 * identifiers, aggregates, sequence numbers, payloads, metadata and timestamps. So the tables the handlers write
 * are the same as well.
 */
class StreamedEventsTest extends IntegrationTest {

    @Autowired
    private EventStorageEngine storage;

    @Autowired
    private ProjectionRebuilder rebuilder;

    @Autowired
    @Qualifier("eventSerializer")
    private Serializer eventSerializer;

    @Autowired
    private Serializer serializer;

    @Autowired
    private ConnectionProvider connections;

    @Autowired
    private TransactionManager transactionManager;

    @Autowired
    private EventSchema schema;

    @Autowired
    private Configuration axon;

    @Test
    void the_stream_gives_the_messages_axons_own_engine_gives() {
        DemoLikeHistory.write(api, "WMO");
        assertThat(rebuilder.awaitCaughtUp(rebuilder.rebuildable(), Duration.ofSeconds(60))).isTrue();
        JdbcEventStorageEngine axonsOwn = JdbcEventStorageEngine.builder()
                .snapshotSerializer(plain(serializer))
                .eventSerializer(plain(eventSerializer))
                .upcasterChain(axon.upcasterChain())
                .connectionProvider(connections)
                .transactionManager(transactionManager)
                .schema(schema)
                .batchSize(1000)
                .build();

        List<List<Object>> expected = read(axonsOwn);
        assertThat(expected).hasSizeGreaterThan(50);
        assertThat(read(storage)).isEqualTo(expected);
    }

    /** Axon's Jackson serializer on a copy of the same mapper. */
    private static Serializer plain(Serializer configured) {
        return JacksonSerializer.builder().objectMapper(((JacksonSerializer) configured).getObjectMapper().copy())
                .build();
    }

    private static List<List<Object>> read(EventStorageEngine engine) {
        try (Stream<? extends TrackedEventMessage<?>> events = engine.readEvents(null, false)) {
            // an event stored without an aggregate of its own (its identifier as the aggregate's) is not a domain event
            return events.map(event -> event instanceof DomainEventMessage<?> domain
                    ? List.<Object>of(event.getClass(), event.trackingToken(), event.getIdentifier(),
                            event.getTimestamp(), event.getPayloadType(), event.getPayload(), event.getMetaData(),
                            domain.getType(), String.valueOf(domain.getAggregateIdentifier()), domain.getSequenceNumber())
                    : List.<Object>of(event.getClass(), event.trackingToken(), event.getIdentifier(),
                            event.getTimestamp(), event.getPayloadType(), event.getPayload(), event.getMetaData()))
                    .toList();
        }
    }
}
