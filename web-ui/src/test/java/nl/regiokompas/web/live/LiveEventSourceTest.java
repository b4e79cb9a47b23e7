package nl.regiokompas.web.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import nl.regiokompas.web.IntegrationTest;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingEventStream;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.PostgresEventTableFactory;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Where the live-updates processor reads its events ({@link LiveUpdatesProcessor#eventSource}), on an event store of
 * its own (a table of this test, an {@link EmbeddedEventStore} over it) so that no other processor reads it: a store
 * whose shared reader holds an open gap (a sequence number taken by a rolled-back insert) that the live processor's
 * head token lacks, and no other processor reading.
 */
class LiveEventSourceTest extends IntegrationTest {

    /** Far longer than any wait for an event below: a push may not depend on this wait ending. */
    private static final long LONG_AVAILABILITY_TIMEOUT_SECONDS = 120;

    @Autowired
    private ConnectionProvider connections;
    @Autowired
    private TransactionManager transactions;
    @Autowired
    private Serializer serializer;
    @Autowired
    @Qualifier("eventSerializer")
    private Serializer eventSerializer;
    @Autowired
    private DataSource dataSource;

    private String table;
    private JdbcEventStorageEngine engine;
    private EmbeddedEventStore store;
    private final List<TrackingEventProcessor> processors = new ArrayList<>();
    private final List<String> handled = new CopyOnWriteArrayList<>();
    private long sequence;

    @BeforeEach
    void ownEventStore() {
        table = "live_source_" + UUID.randomUUID().toString().replace("-", "");
        engine = JdbcEventStorageEngine.builder()
                .connectionProvider(connections)
                .transactionManager(transactions)
                .eventSerializer(eventSerializer)
                .snapshotSerializer(serializer)
                .schema(EventSchema.builder().eventTable(table + "_event").snapshotTable(table + "_snapshot").build())
                .build();
        engine.createSchema(PostgresEventTableFactory.INSTANCE);
        store = EmbeddedEventStore.builder().storageEngine(engine).build();
    }

    @AfterEach
    void stop() {
        processors.forEach(TrackingEventProcessor::shutDown);
        store.shutDown();
        new JdbcTemplate(dataSource).execute("DROP TABLE " + table + "_event, " + table + "_snapshot");
    }

    @Test
    void an_event_reaches_the_live_processor_at_its_commit_while_the_shared_reader_holds_a_gap_its_token_lacks() throws Exception {
        publish("een");
        openGap();
        publish("twee");
        sharedReaderReadsPastTheGapAndStops();
        TrackingEventProcessor live = startLiveProcessor(LONG_AVAILABILITY_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        awaitWaitingForEvents(live);

        publish("vier");

        await().atMost(Duration.ofSeconds(30)).until(() -> handled.contains("vier"));
        assertThat(handled).containsExactly("vier");
    }

    @Test
    void the_live_source_reads_the_events_and_tokens_the_store_reads_across_a_gap() throws Exception {
        publish("een");
        openGap();
        publish("twee");
        publish("drie");
        StreamableMessageSource<TrackedEventMessage<?>> source = LiveUpdatesProcessor.eventSource(store, engine);

        assertThat(readAll(source)).containsExactlyElementsOf(readAll(store));
        assertThat(readAll(source)).hasSize(3);
    }

    @Test
    void an_event_that_wakes_nobody_here_is_read_when_the_processors_wait_ends() {
        startLiveProcessor(LiveUpdatesProcessor.EVENT_AVAILABILITY_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
        await().atMost(Duration.ofSeconds(30)).until(() -> processors.get(0).processingStatus().values().stream()
                .allMatch(status -> status.isCaughtUp()));

        // appended to the storage engine past this instance's event store, as another instance would
        engine.appendEvents(event("van elders"));

        await().atMost(Duration.ofSeconds(30)).until(() -> handled.contains("van elders"));
    }

    /** A reader of this store that took the open gap into its tokens, then stopped: the shared reader holds its tokens. */
    private void sharedReaderReadsPastTheGapAndStops() throws InterruptedException {
        TrackingEventStream reader = store.openStream(null);
        reader.nextAvailable();
        reader.nextAvailable();
        assertThat(reader.hasNextAvailable(100, TimeUnit.MILLISECONDS)).isFalse();
        publish("drie");
        assertThat(reader.nextAvailable().getPayload()).isEqualTo("drie");
        reader.close();
    }

    private TrackingEventProcessor startLiveProcessor(long eventAvailabilityTimeout, TimeUnit unit) {
        TrackingEventProcessor processor = TrackingEventProcessor.builder()
                .name("live-source-test@" + UUID.randomUUID())
                .eventHandlerInvoker(SimpleEventHandlerInvoker.builder().eventHandlers(new Recorder()).build())
                .messageSource(LiveUpdatesProcessor.eventSource(store, engine))
                .tokenStore(new InMemoryTokenStore())
                .transactionManager(NoTransactionManager.INSTANCE)
                .trackingEventProcessorConfiguration(
                        LiveUpdatesProcessor.processorConfiguration(eventAvailabilityTimeout, unit))
                .build();
        processors.add(processor);
        processor.start();
        return processor;
    }

    /** Until the processor's thread waits for an event: an event published earlier would be found by its first read. */
    private static void awaitWaitingForEvents(TrackingEventProcessor processor) {
        String threadName = "EventProcessor[" + processor.getName() + "]";
        await().atMost(Duration.ofSeconds(30)).until(() -> Thread.getAllStackTraces().keySet().stream()
                .anyMatch(thread -> thread.getName().startsWith(threadName)
                        && thread.getState() == Thread.State.TIMED_WAITING));
    }

    private static List<String> readAll(StreamableMessageSource<TrackedEventMessage<?>> source)
            throws InterruptedException {
        List<String> read = new ArrayList<>();
        try (var stream = source.openStream(null)) {
            while (stream.hasNextAvailable(200, TimeUnit.MILLISECONDS)) {
                TrackedEventMessage<?> event = stream.nextAvailable();
                TrackingToken token = event.trackingToken();
                read.add(event.getPayload() + " at " + token);
            }
        }
        return read;
    }

    private void publish(String text) {
        store.publish(event(text));
    }

    private GenericDomainEventMessage<String> event(String text) {
        return new GenericDomainEventMessage<>("LiveSourceTest", "a", sequence++, text);
    }

    /** A global sequence number taken and never stored, as by an insert that rolled back. */
    private void openGap() {
        new JdbcTemplate(dataSource).queryForObject(
                "SELECT nextval(pg_get_serial_sequence(?, 'globalindex'))", Long.class, table + "_event");
    }

    private final class Recorder {

        @EventHandler
        void on(String text) {
            handled.add(text);
        }
    }
}
