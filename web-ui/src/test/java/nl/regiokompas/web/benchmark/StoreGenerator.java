package nl.regiokompas.web.benchmark;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import nl.regiokompas.api.assessment.AssessmentOpened;
import nl.regiokompas.api.assessment.AssessmentReopened;
import nl.regiokompas.api.assessment.CriterionInputRecorded;
import org.axonframework.common.DateTimeUtils;
import nl.regiokompas.query.audit.EventHashLayout;
import nl.regiokompas.query.audit.EventHashLayout.StoredEvent;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Fills the event store fast for the benchmark: copies of the assessments that the demo history wrote through the
 * real command path (so every event has the stored bytes, metadata and order the commands produce), each copy
 * with new identifiers, plus one assessment of {@code largest} events (its inputs a minute apart, up to now) for
 * the as-of figure.
 * <p>
 * The rows are copied as the storage engine stored them, not through Axon's event store: every identifier in a
 * payload's JSON (a whole JSON string that is a UUID) is replaced consistently within the copy. Each batch of
 * whole streams is one transaction of three {@code COPY}s: the events (global indexes taken as a block from the
 * table's sequence), their stream links and the streams' heads. The links are what the chain trigger would have
 * written (docs/audit.md): per stream, each link's hash is {@link EventHashLayout#link} of the previous link's hash
 * and the stored row, the layout that {@code verify} recomputes; the trigger itself is left out for these
 * transactions ({@code session_replication_role = replica}, superuser only), which makes generating several times
 * faster. The background checkpoints take the new heads as they take any. {@link #mismatchedLinks} checks the
 * links against the database's own {@code event_hash_link}.
 */
final class StoreGenerator {

    private static final Pattern IDENTIFIER =
            Pattern.compile("\"([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\"");
    private static final String COPY_EVENTS = "COPY domain_event_entry (global_index, event_identifier,"
            + " aggregate_identifier, sequence_number, type, time_stamp, payload_type, payload_revision, payload,"
            + " meta_data) FROM STDIN";
    private static final String COPY_LINKS = "COPY event_stream_link (aggregate_identifier, sequence_number,"
            + " event_identifier, global_index, previous_hash, hash) FROM STDIN";
    private static final String COPY_HEADS = "COPY event_stream_head (aggregate_identifier, sequence_number, hash)"
            + " FROM STDIN";
    private static final int BATCH = 10_000;
    private static final int WRITERS = 2;
    private static final int SAMPLE = 100;
    private static final HexFormat HEX = HexFormat.of();

    private final DataSource dataSource;

    StoreGenerator(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The store after generating: its events, and the id and event count of the largest assessment. */
    record Generated(long storeEvents, long appended, String largestAssessment, int largestEvents, long nanos,
                     List<String> sample) {
    }

    Generated generate(long targetEvents, int largestEvents, Consumer<String> progress) throws Exception {
        long begin = System.nanoTime();
        List<List<Row>> streams = templates();
        if (streams.isEmpty()) {
            throw new IllegalStateException("No assessment in the store to copy: start with a demo history");
        }
        AtomicLong appended = new AtomicLong();
        String largest = UUID.randomUUID().toString();
        append(largestStream(streams, largest, largestEvents), appended);
        long remaining = targetEvents - storeEvents();
        AtomicLong budget = new AtomicLong(remaining);
        AtomicInteger copies = new AtomicInteger();
        List<String> sample = java.util.Collections.synchronizedList(new ArrayList<>(List.of(largest)));
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        List<Future<?>> done = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            done.add(writers.submit(() -> {
                List<Row> batch = new ArrayList<>(BATCH + 500);
                while (budget.get() > 0) {
                    List<Row> stream = streams.get(copies.getAndIncrement() % streams.size());
                    budget.addAndGet(-stream.size());
                    String id = UUID.randomUUID().toString();
                    if (sample.size() < SAMPLE) {
                        sample.add(id);
                    }
                    batch.addAll(copy(stream, id));
                    if (batch.size() >= BATCH) {
                        append(batch, appended);
                        batch.clear();
                        progress.accept(String.format("%,d of %,d events", appended.get(), remaining));
                    }
                }
                append(batch, appended);
                return null;
            }));
        }
        try {
            for (Future<?> future : done) {
                future.get(30, TimeUnit.MINUTES);
            }
        } finally {
            writers.shutdownNow();
        }
        return new Generated(storeEvents(), appended.get(), largest, largestEvents, System.nanoTime() - begin,
                List.copyOf(sample));
    }

    long storeEvents() throws Exception {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement count = connection.prepareStatement("SELECT count(*) FROM domain_event_entry");
             ResultSet rows = count.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** A stored event row, its payload as JSON text; the event identifier is made anew for each copy. */
    private record Row(String aggregate, long sequence, String type, String timeStamp, String payloadType,
                       String payloadRevision, String payload, byte[] metaData) {

        Row in(String aggregate, long sequence, String timeStamp, String payload) {
            return new Row(aggregate, sequence, type, timeStamp, payloadType, payloadRevision, payload, metaData);
        }

        StoredEvent stored(long globalIndex, String eventIdentifier) {
            return new StoredEvent(globalIndex, eventIdentifier, aggregate, sequence, type, timeStamp, payloadType,
                    payloadRevision, payload.getBytes(StandardCharsets.UTF_8), metaData);
        }

        boolean is(Class<?> payload) {
            return payloadType.equals(payload.getName());
        }
    }

    /** One transaction: the rows of whole streams in order, with their stream links and heads. */
    private void append(List<Row> rows, AtomicLong appended) throws Exception {
        if (rows.isEmpty()) {
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                long first = globalIndexes(connection, rows.size());
                StringBuilder events = new StringBuilder(rows.size() * 3_000);
                StringBuilder links = new StringBuilder(rows.size() * 250);
                Map<String, String> heads = new java.util.LinkedHashMap<>();
                byte[] previous = null;
                for (int i = 0; i < rows.size(); i++) {
                    Row row = rows.get(i);
                    StoredEvent event = row.stored(first + i, UUID.randomUUID().toString());
                    if (row.sequence() == 0 || previous == null) {
                        previous = EventHashLayout.genesis();
                    }
                    byte[] hash = EventHashLayout.link(previous, event);
                    eventLine(events, event);
                    links.append(event.aggregateIdentifier()).append('\t').append(event.sequenceNumber()).append('\t')
                            .append(event.eventIdentifier()).append('\t').append(event.globalIndex()).append('\t')
                            .append(bytes(previous)).append('\t').append(bytes(hash)).append('\n');
                    heads.put(event.aggregateIdentifier(), event.sequenceNumber() + "\t" + bytes(hash));
                    previous = hash;
                }
                StringBuilder headLines = new StringBuilder(heads.size() * 120);
                heads.forEach((aggregate, head) -> headLines.append(aggregate).append('\t').append(head).append('\n'));
                try (Statement statement = connection.createStatement()) {
                    statement.execute("SET LOCAL session_replication_role = replica");
                }
                CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
                copy.copyIn(COPY_EVENTS, new StringReader(events.toString()));
                copy.copyIn(COPY_LINKS, new StringReader(links.toString()));
                copy.copyIn(COPY_HEADS, new StringReader(headLines.toString()));
                connection.commit();
            } catch (Exception e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
        appended.addAndGet(rows.size());
    }

    /** A block of {@code count} global indexes of the event table's own sequence (the generator writes alone). */
    private static synchronized long globalIndexes(Connection connection, int count) throws Exception {
        try (Statement statement = connection.createStatement();
             ResultSet block = statement.executeQuery("SELECT nextval(pg_get_serial_sequence('domain_event_entry',"
                     + " 'global_index')) AS first, setval(pg_get_serial_sequence('domain_event_entry', 'global_index'),"
                     + " currval(pg_get_serial_sequence('domain_event_entry', 'global_index')) + " + (count - 1) + ")")) {
            block.next();
            return block.getLong("first");
        }
    }

    /**
     * Links of the given streams whose hash or previous hash is not what the database's own {@code event_hash_link}
     * gives for the stored row after the previous link of the stream (32 zero bytes before the first).
     */
    long mismatchedLinks(List<String> aggregates) throws Exception {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement check = connection.prepareStatement("""
                     SELECT count(*) FROM domain_event_entry e
                     JOIN event_stream_link l ON l.aggregate_identifier = e.aggregate_identifier
                                             AND l.sequence_number = e.sequence_number
                     LEFT JOIN event_stream_link p ON p.aggregate_identifier = e.aggregate_identifier
                                                  AND p.sequence_number = e.sequence_number - 1
                     WHERE e.aggregate_identifier = ANY (?)
                       AND (l.previous_hash <> coalesce(p.hash, decode(repeat('00', 32), 'hex'))
                            OR l.hash <> event_hash_link(l.previous_hash, e)
                            OR l.global_index <> e.global_index OR l.event_identifier <> e.event_identifier)""")) {
            check.setArray(1, connection.createArrayOf("varchar", aggregates.toArray()));
            try (ResultSet rows = check.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /** The links of the given streams (to tell a check of nothing from a check that passed). */
    long links(List<String> aggregates) throws Exception {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement count = connection.prepareStatement(
                     "SELECT count(*) FROM event_stream_link WHERE aggregate_identifier = ANY (?)")) {
            count.setArray(1, connection.createArrayOf("varchar", aggregates.toArray()));
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /** A row in COPY's text format: no field holds a tab, newline or backslash except the hex of the bytes. */
    private static void eventLine(StringBuilder line, StoredEvent event) {
        line.append(event.globalIndex()).append('\t').append(event.eventIdentifier()).append('\t')
                .append(event.aggregateIdentifier()).append('\t').append(event.sequenceNumber()).append('\t')
                .append(nullable(event.type())).append('\t').append(event.timeStamp()).append('\t')
                .append(event.payloadType()).append('\t').append(nullable(event.payloadRevision())).append('\t')
                .append(bytes(event.payload())).append('\t')
                .append(event.metaData() == null ? "\\N" : bytes(event.metaData())).append('\n');
    }

    private static String bytes(byte[] value) {
        return "\\\\x" + HEX.formatHex(value);
    }

    private static String nullable(String value) {
        return value == null ? "\\N" : value;
    }

    private List<List<Row>> templates() throws Exception {
        Map<String, List<Row>> streams = new java.util.LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement read = connection.prepareStatement("""
                     SELECT aggregate_identifier, sequence_number, type, time_stamp, payload_type, payload_revision,
                            payload, meta_data
                     FROM domain_event_entry
                     WHERE aggregate_identifier IN (SELECT aggregate_identifier FROM domain_event_entry
                                                    WHERE payload_type = ?)
                     ORDER BY aggregate_identifier, sequence_number""")) {
            read.setString(1, AssessmentOpened.class.getName());
            try (ResultSet rows = read.executeQuery()) {
                while (rows.next()) {
                    Row row = new Row(rows.getString(1), rows.getLong(2), rows.getString(3), rows.getString(4),
                            rows.getString(5), rows.getString(6), new String(rows.getBytes(7), StandardCharsets.UTF_8),
                            rows.getBytes(8));
                    streams.computeIfAbsent(row.aggregate(), id -> new ArrayList<>()).add(row);
                }
            }
        }
        return new ArrayList<>(streams.values());
    }

    /** Opened once, then the inputs of the first cycle of the stream with the most of them, over and over. */
    private List<Row> largestStream(List<List<Row>> streams, String id, int events) {
        List<Row> source = streams.stream().max(Comparator.comparingLong(StoreGenerator::firstCycleInputs))
                .orElseThrow();
        List<Row> inputs = firstCycle(source).stream().filter(row -> row.is(CriterionInputRecorded.class)).toList();
        if (inputs.isEmpty()) {
            throw new IllegalStateException("No criterion input in the demo history to copy");
        }
        Map<String, String> identifiers = new HashMap<>();
        identifiers.put(source.get(0).aggregate(), id);
        List<Row> stream = new ArrayList<>(events);
        Instant opened = Instant.now().minus(Duration.ofMinutes(events));
        stream.add(copy(source.get(0), id, 0, identifiers, DateTimeUtils.formatInstant(opened)));
        Iterator<Row> cycle = inputs.iterator();
        for (long sequence = 1; sequence < events; sequence++) {
            if (!cycle.hasNext()) {
                cycle = inputs.iterator();
            }
            stream.add(copy(cycle.next(), id, sequence, identifiers,
                    DateTimeUtils.formatInstant(opened.plus(Duration.ofMinutes(sequence)))));
        }
        return stream;
    }

    private static long firstCycleInputs(List<Row> stream) {
        return firstCycle(stream).stream().filter(row -> row.is(CriterionInputRecorded.class)).count();
    }

    private static List<Row> firstCycle(List<Row> stream) {
        List<Row> cycle = new ArrayList<>();
        for (Row row : stream) {
            if (row.is(AssessmentReopened.class)) {
                break;
            }
            cycle.add(row);
        }
        return cycle;
    }

    private static List<Row> copy(List<Row> stream, String id) {
        Map<String, String> identifiers = new HashMap<>();
        identifiers.put(stream.get(0).aggregate(), id);
        List<Row> copies = new ArrayList<>(stream.size());
        for (Row row : stream) {
            copies.add(copy(row, id, row.sequence(), identifiers, row.timeStamp()));
        }
        return copies;
    }

    /** The same event in another stream: every identifier in the payload replaced, consistently within the copy. */
    private static Row copy(Row row, String id, long sequence, Map<String, String> identifiers, String timeStamp) {
        Matcher matcher = IDENTIFIER.matcher(row.payload());
        StringBuilder payload = new StringBuilder(row.payload().length());
        while (matcher.find()) {
            String replaced = identifiers.computeIfAbsent(matcher.group(1), old -> UUID.randomUUID().toString());
            matcher.appendReplacement(payload, "\"" + replaced + "\"");
        }
        matcher.appendTail(payload);
        return row.in(id, sequence, timeStamp, payload.toString());
    }
}
