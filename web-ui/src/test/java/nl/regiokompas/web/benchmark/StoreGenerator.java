package nl.regiokompas.web.benchmark;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
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
import org.postgresql.PGConnection;

/**
 * Fills the event store fast for the benchmark: copies of the assessments that the demo history wrote through the
 * real command path (so every event has the stored bytes, metadata and order the commands produce), each copy
 * with new identifiers, plus one assessment of {@code largest} events (its inputs a minute apart, up to now) for
 * the as-of figure.
 * <p>
 * The rows are copied as the storage engine stored them, not through Axon's event store: every identifier in a
 * payload's JSON (a whole JSON string that is a UUID) is replaced consistently within the copy, and the rows go in
 * with PostgreSQL's {@code COPY}, thousands per transaction, from two connections. {@code COPY} fires the row
 * trigger of the hash chain like any insert, so every copied stream is chained link by link exactly as the
 * commands' events are (docs/audit.md), and the store's constraints apply.
 */
final class StoreGenerator {

    private static final Pattern IDENTIFIER =
            Pattern.compile("\"([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\"");
    private static final String COPY = "COPY domain_event_entry (event_identifier, aggregate_identifier,"
            + " sequence_number, type, time_stamp, payload_type, payload_revision, payload, meta_data) FROM STDIN";
    private static final int BATCH = 10_000;
    private static final int WRITERS = 2;
    private static final HexFormat HEX = HexFormat.of();

    private final DataSource dataSource;

    StoreGenerator(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The store after generating: its events, and the id and event count of the largest assessment. */
    record Generated(long storeEvents, long appended, String largestAssessment, int largestEvents, long nanos) {
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
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        List<Future<?>> done = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            done.add(writers.submit(() -> {
                List<Row> batch = new ArrayList<>(BATCH + 500);
                while (budget.get() > 0) {
                    List<Row> stream = streams.get(copies.getAndIncrement() % streams.size());
                    budget.addAndGet(-stream.size());
                    batch.addAll(copy(stream, UUID.randomUUID().toString()));
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
        return new Generated(storeEvents(), appended.get(), largest, largestEvents, System.nanoTime() - begin);
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

        boolean is(Class<?> payload) {
            return payloadType.equals(payload.getName());
        }
    }

    /** One transaction: the rows in order, through {@code COPY} (the chain trigger runs per row). */
    private void append(List<Row> rows, AtomicLong appended) throws Exception {
        if (rows.isEmpty()) {
            return;
        }
        ByteArrayOutputStream text = new ByteArrayOutputStream(rows.size() * 2_048);
        for (Row row : rows) {
            line(text, row);
        }
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                connection.unwrap(PGConnection.class).getCopyAPI()
                        .copyIn(COPY, new ByteArrayInputStream(text.toByteArray()));
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

    /** A row in COPY's text format: no field holds a tab, newline or backslash except the hex of the bytes. */
    private static void line(ByteArrayOutputStream text, Row row) {
        StringBuilder line = new StringBuilder(256 + 2 * row.payload().length());
        line.append(UUID.randomUUID()).append('\t').append(row.aggregate()).append('\t').append(row.sequence())
                .append('\t').append(nullable(row.type())).append('\t').append(row.timeStamp()).append('\t')
                .append(row.payloadType()).append('\t').append(nullable(row.payloadRevision())).append('\t')
                .append("\\\\x").append(HEX.formatHex(row.payload().getBytes(StandardCharsets.UTF_8))).append('\t')
                .append(row.metaData() == null ? "\\N" : "\\\\x" + HEX.formatHex(row.metaData())).append('\n');
        text.writeBytes(line.toString().getBytes(StandardCharsets.UTF_8));
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
