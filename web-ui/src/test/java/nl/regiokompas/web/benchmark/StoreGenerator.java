package nl.regiokompas.web.benchmark;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
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
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import nl.regiokompas.api.assessment.AssessmentOpened;
import nl.regiokompas.api.assessment.AssessmentReopened;
import nl.regiokompas.api.assessment.CriterionInputRecorded;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.GenericMessage;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills the event store fast for the benchmark: copies of the assessments that the demo history wrote through the
 * real command path (so every event has the shape, metadata and order the commands produce), each copy with new
 * identifiers, appended in batches through Axon's event store (so the store's own checks and hash chain apply),
 * plus one assessment of {@code largest} events (its inputs a minute apart, up to now) for the as-of figure.
 */
final class StoreGenerator {

    private static final Pattern IDENTIFIER =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final int BATCH = 1_000;
    private static final int WRITERS = 2;

    private final EventStore eventStore;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    StoreGenerator(EventStore eventStore, JdbcTemplate jdbc, TransactionTemplate transactions) {
        this.eventStore = eventStore;
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /** The store after generating: its events, and the id and event count of the largest assessment. */
    record Generated(long storeEvents, long appended, String largestAssessment, int largestEvents, long nanos) {
    }

    Generated generate(long targetEvents, int largestEvents, Consumer<String> progress) throws Exception {
        long begin = System.nanoTime();
        List<List<Template>> streams = templates();
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
                List<DomainEventMessage<?>> batch = new ArrayList<>(BATCH + 500);
                while (budget.get() > 0) {
                    List<Template> stream = streams.get(copies.getAndIncrement() % streams.size());
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

    long storeEvents() {
        Long count = jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
        return count == null ? 0 : count;
    }

    private void append(List<DomainEventMessage<?>> events, AtomicLong appended) {
        if (events.isEmpty()) {
            return;
        }
        transactions.executeWithoutResult(status -> eventStore.publish(events));
        appended.addAndGet(events.size());
    }

    /** An event of a stream written by the real commands, its payload as a JSON tree ready to copy. */
    private record Template(DomainEventMessage<?> event, JsonNode payload) {
    }

    private List<List<Template>> templates() {
        List<String> assessments = jdbc.queryForList("SELECT aggregate_identifier FROM domain_event_entry"
                + " WHERE payload_type = ? ORDER BY global_index", String.class, AssessmentOpened.class.getName());
        List<List<Template>> streams = new ArrayList<>();
        for (String assessment : assessments) {
            List<Template> stream = new ArrayList<>();
            eventStore.readEvents(assessment, 0).asStream()
                    .forEach(event -> stream.add(new Template(event, json.valueToTree(event.getPayload()))));
            streams.add(stream);
        }
        return streams;
    }

    /** Opened once, then the inputs of the first cycle of the stream with the most of them, over and over. */
    private List<DomainEventMessage<?>> largestStream(List<List<Template>> streams, String id, int events) {
        List<Template> source = streams.stream().max(Comparator.comparingLong(StoreGenerator::firstCycleInputs))
                .orElseThrow();
        List<Template> inputs = firstCycle(source).stream()
                .filter(template -> template.event().getPayload() instanceof CriterionInputRecorded).toList();
        if (inputs.isEmpty()) {
            throw new IllegalStateException("No criterion input in the demo history to copy");
        }
        Map<String, String> identifiers = new HashMap<>();
        identifiers.put(source.get(0).event().getAggregateIdentifier(), id);
        List<DomainEventMessage<?>> stream = new ArrayList<>(events);
        Instant opened = Instant.now().minus(Duration.ofMinutes(events));
        stream.add(copy(source.get(0), id, 0, identifiers, opened));
        Iterator<Template> cycle = inputs.iterator();
        for (long sequence = 1; sequence < events; sequence++) {
            if (!cycle.hasNext()) {
                cycle = inputs.iterator();
            }
            stream.add(copy(cycle.next(), id, sequence, identifiers, opened.plus(Duration.ofMinutes(sequence))));
        }
        return stream;
    }

    private static long firstCycleInputs(List<Template> stream) {
        return firstCycle(stream).stream().filter(t -> t.event().getPayload() instanceof CriterionInputRecorded).count();
    }

    private static List<Template> firstCycle(List<Template> stream) {
        List<Template> cycle = new ArrayList<>();
        for (Template template : stream) {
            if (template.event().getPayload() instanceof AssessmentReopened) {
                break;
            }
            cycle.add(template);
        }
        return cycle;
    }

    private List<DomainEventMessage<?>> copy(List<Template> stream, String id) {
        Map<String, String> identifiers = new HashMap<>();
        identifiers.put(stream.get(0).event().getAggregateIdentifier(), id);
        List<DomainEventMessage<?>> copies = new ArrayList<>(stream.size());
        for (Template template : stream) {
            copies.add(copy(template, id, template.event().getSequenceNumber(), identifiers,
                    template.event().getTimestamp()));
        }
        return copies;
    }

    /** The same event in another stream: every identifier in the payload replaced, consistently within the copy. */
    private DomainEventMessage<?> copy(Template template, String id, long sequence, Map<String, String> identifiers,
                                       Instant timestamp) {
        DomainEventMessage<?> event = template.event();
        Object payload;
        try {
            payload = json.treeToValue(withNewIdentifiers(template.payload(), identifiers), event.getPayloadType());
        } catch (Exception e) {
            throw new IllegalStateException("Cannot copy " + event.getPayloadType().getSimpleName(), e);
        }
        return new GenericDomainEventMessage<>(event.getType(), id, sequence,
                new GenericMessage<>(payload, event.getMetaData()), timestamp);
    }

    private static JsonNode withNewIdentifiers(JsonNode node, Map<String, String> identifiers) {
        if (node.isTextual() && IDENTIFIER.matcher(node.asText()).matches()) {
            return TextNode.valueOf(identifiers.computeIfAbsent(node.asText(), old -> UUID.randomUUID().toString()));
        }
        if (node instanceof ObjectNode object) {
            ObjectNode copy = object.objectNode();
            object.fields().forEachRemaining(field -> copy.set(field.getKey(), withNewIdentifiers(field.getValue(), identifiers)));
            return copy;
        }
        if (node instanceof ArrayNode array) {
            ArrayNode copy = array.arrayNode();
            array.forEach(element -> copy.add(withNewIdentifiers(element, identifiers)));
            return copy;
        }
        return node;
    }
}
