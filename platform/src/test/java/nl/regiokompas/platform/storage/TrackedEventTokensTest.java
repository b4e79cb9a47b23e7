package nl.regiokompas.platform.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.TreeSet;

import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;

/**
 * The engine that parses each stored timestamp once gives every stored row the tracking token Axon's own JDBC engine
 * gives it: gaps before a recent event are kept, gaps before an event older than the gap timeout are dropped.
 */
class TrackedEventTokensTest {

    private static final EventSchema SCHEMA = EventSchema.builder().build();

    @Test
    void gaps_before_an_event_older_than_the_gap_timeout_are_dropped_as_axon_drops_them() throws SQLException {
        GapAwareTrackingToken previous = GapAwareTrackingToken.newInstance(10, new TreeSet<>());
        ResultSet row = row(15, Instant.now().minus(2, ChronoUnit.HOURS));

        assertThat(ours().tracked(row, previous)).isEqualTo(axons().tracked(row, previous));
        assertThat(((GapAwareTrackingToken) ours().tracked(row, previous)).getGaps()).isEmpty();
    }

    @Test
    void gaps_before_a_recent_event_are_kept_as_axon_keeps_them() throws SQLException {
        GapAwareTrackingToken previous = GapAwareTrackingToken.newInstance(10, new TreeSet<>());
        ResultSet row = row(15, Instant.now());

        assertThat(ours().tracked(row, previous)).isEqualTo(axons().tracked(row, previous));
        assertThat(((GapAwareTrackingToken) ours().tracked(row, previous)).getGaps()).containsExactly(11L, 12L, 13L, 14L);
    }

    @Test
    void the_first_event_of_a_stream_gets_axons_token() throws SQLException {
        ResultSet recent = row(4, Instant.now());
        ResultSet old = row(4, Instant.now().minus(2, ChronoUnit.HOURS));

        assertThat(ours().tracked(recent, null)).isEqualTo(axons().tracked(recent, null));
        assertThat(ours().tracked(old, null)).isEqualTo(axons().tracked(old, null));
    }

    private interface Tracking {
        TrackingToken tracked(ResultSet row, GapAwareTrackingToken previous) throws SQLException;
    }

    private static Tracking ours() {
        TimestampOnceStorageEngine engine = new TimestampOnceStorageEngine(builder(), SCHEMA);
        return (row, previous) -> engine.getTrackedEventData(row, previous).trackingToken();
    }

    private static Tracking axons() {
        AxonsOwn engine = new AxonsOwn(builder().schema(SCHEMA));
        return (row, previous) -> engine.tracked(row, previous).trackingToken();
    }

    private static JdbcEventStorageEngine.Builder builder() {
        return JdbcEventStorageEngine.builder()
                .connectionProvider(() -> {
                    throw new SQLException("no database in this test");
                })
                .transactionManager(NoTransactionManager.INSTANCE)
                .eventSerializer(JacksonSerializer.defaultSerializer())
                .snapshotSerializer(JacksonSerializer.defaultSerializer());
    }

    /** Axon's engine, its token calculation opened to this test. */
    private static final class AxonsOwn extends JdbcEventStorageEngine {
        private AxonsOwn(Builder builder) {
            super(builder);
        }

        TrackedEventData<?> tracked(ResultSet row, GapAwareTrackingToken previous) throws SQLException {
            return getTrackedEventData(row, previous);
        }
    }

    /** One stored event row, as the event table holds it (the timestamp as Axon writes it). */
    private static ResultSet row(long globalIndex, Instant at) {
        Map<String, Object> columns = Map.of(
                SCHEMA.globalIndexColumn(), globalIndex,
                SCHEMA.aggregateIdentifierColumn(), "assessment-1",
                SCHEMA.eventIdentifierColumn(), "event-" + globalIndex,
                SCHEMA.sequenceNumberColumn(), 3L,
                SCHEMA.typeColumn(), "Assessment",
                SCHEMA.timestampColumn(), at.toString(),
                SCHEMA.payloadTypeColumn(), "java.lang.String",
                SCHEMA.payloadColumn(), "\"tekst\"".getBytes(StandardCharsets.UTF_8),
                SCHEMA.metaDataColumn(), "{}".getBytes(StandardCharsets.UTF_8));
        return (ResultSet) Proxy.newProxyInstance(ResultSet.class.getClassLoader(), new Class<?>[] {ResultSet.class},
                (proxy, method, arguments) -> {
                    Object value = arguments != null && arguments.length > 0 ? columns.get(arguments[0]) : null;
                    return switch (method.getName()) {
                        case "getLong" -> ((Number) value).longValue();
                        case "getString" -> value == null ? null : value.toString();
                        case "getBytes", "getObject" -> value;
                        case "wasNull" -> false;
                        default -> throw new AssertionError("the engine read the row with " + method.getName()
                                + ", which this test row does not answer");
                    };
                });
    }
}
