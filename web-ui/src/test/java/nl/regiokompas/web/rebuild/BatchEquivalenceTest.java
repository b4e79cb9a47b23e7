package nl.regiokompas.web.rebuild;

import static nl.regiokompas.web.Api.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import nl.regiokompas.query.rebuild.ProjectionRebuilder;
import nl.regiokompas.query.support.ProjectionGroups;
import nl.regiokompas.web.Api;
import nl.regiokompas.web.IntegrationTest;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Projections that fold rows per transaction in memory and write them when the transaction commits (the
 * evaluation report's themes and phase changes, the raad's versions, and the deferred statements of these groups
 * and of the decision history, sent per statement in batches): the whole history handled in one
 * transaction (a rebuild's batch) gives exactly the rows that handling every event in a transaction of its own
 * gives (each event reading what the one before it wrote, as the per-event statements did).
 */
class BatchEquivalenceTest extends IntegrationTest {

    @Autowired
    private ProjectionRebuilder rebuilder;

    @Autowired
    private EventProcessingConfiguration processing;

    @Autowired
    private EventStorageEngine storage;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private TransactionTemplate transactions;

    @ParameterizedTest
    @CsvSource({ProjectionGroups.EVALUATION_REPORT + ", report_phase_change",
            ProjectionGroups.RAAD + ", raad_confirmation", ProjectionGroups.DECISION_HISTORY + ", decision_scale"})
    void a_projection_handled_in_one_batch_equals_the_projection_handled_event_by_event(String group,
                                                                                        String foldedTable) {
        List<String> tables = ProjectionGroups.tables(group);
        DemoLikeHistory.write(api, "WMO");
        DemoLikeHistory.write(api, "JEUGD");
        Api.Response order = api.post("programmateam", "/api/route/bestuurstafel", body("meetingDate", "2027-03-04",
                "order", List.of("WMO", "LEERPLICHT"), "currentRound", List.of("WMO", "LEERPLICHT"), "note", "Ronde"));
        assertThat(order.status()).as(order.toString()).isEqualTo(201);
        assertThat(rebuilder.awaitCaughtUp(rebuilder.rebuildable(), Duration.ofSeconds(60))).isTrue();
        List<TrackedEventMessage<?>> history;
        try (var events = storage.readEvents(null, false)) {
            history = events.<TrackedEventMessage<?>>map(event -> event).toList();
        }
        EventHandlerInvoker handlers = ((AbstractEventProcessor) processing.eventProcessor(group).orElseThrow())
                .eventHandlerInvoker();

        createTables("batch_test_by_event", tables);
        createTables("batch_test_in_one", tables);
        try {
            history.forEach(event -> inTransactionOf("batch_test_by_event", () -> handle(handlers, event)));
            inTransactionOf("batch_test_in_one", () -> history.forEach(event -> handle(handlers, event)));

            Map<String, List<String>> byEvent = rows("batch_test_by_event", tables);
            assertThat(byEvent.get(foldedTable)).isNotEmpty();
            assertThat(rows("batch_test_in_one", tables)).isEqualTo(byEvent);
        } finally {
            jdbc.execute("DROP SCHEMA IF EXISTS batch_test_by_event CASCADE");
            jdbc.execute("DROP SCHEMA IF EXISTS batch_test_in_one CASCADE");
        }
    }

    private void createTables(String schema, List<String> tables) {
        jdbc.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        String live = jdbc.queryForObject("SELECT quote_ident(current_schema())", String.class);
        jdbc.execute("CREATE SCHEMA " + schema);
        tables.forEach(table -> jdbc.execute("CREATE TABLE " + schema + "." + table + " (LIKE " + live + "." + table
                + " INCLUDING ALL)"));
    }

    private void inTransactionOf(String schema, Runnable work) {
        transactions.executeWithoutResult(status -> {
            jdbc.execute("SET LOCAL search_path TO " + schema);
            work.run();
        });
    }

    /** As a rebuild does: in a unit of work that is rolled back, so that nothing is announced. */
    private static void handle(EventHandlerInvoker handlers, TrackedEventMessage<?> event) {
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(event);
        try {
            handlers.handle(event, Segment.ROOT_SEGMENT);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            unitOfWork.rollback();
        }
    }

    private Map<String, List<String>> rows(String schema, List<String> tables) {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (String table : tables) {
            rows.put(table, jdbc.queryForList("SELECT * FROM " + schema + "." + table).stream()
                    .map(row -> new TreeMap<>(row).toString()).sorted().toList());
        }
        return rows;
    }
}
