package nl.regiokompas.web.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.JsonNode;
import nl.regiokompas.web.Api;
import nl.regiokompas.web.IntegrationTest;
import nl.regiokompas.web.assessment.AssessmentScenarios;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * GET /api/audit/verify recomputes the hash chain over every stored event and names the first event whose
 * link no longer matches. The tampering tests change the shared database directly, as a DBA could, and put
 * back exactly what they changed, so that every other test still finds an intact chain.
 */
class EventHashChainTest extends IntegrationTest {

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private PlatformTransactionManager transactions;

    @Autowired
    private DataSource dataSource;

    @Test
    void an_untouched_event_store_verifies_ok_over_every_event() {
        AssessmentScenarios.open(api, "JEUGD").input("BUN", "BELEID", "C1", "REGIONAAL", "Samen sterker.");

        JsonNode verification = verify();

        assertThat(verification.get("ok").asBoolean()).as(verification.toString()).isTrue();
        long events = jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
        assertThat(verification.get("eventsChecked").asLong()).isEqualTo(events);
        assertThat(verification.get("firstBrokenEvent").isNull()).isTrue();
        assertThat(verification.get("headHash").asText()).hasSize(64);
    }

    @Test
    void every_stored_event_has_exactly_one_link_written_with_it() {
        AssessmentScenarios wmo = AssessmentScenarios.open(api, "WMO");
        wmo.input("HOU", "UITVOERING", "C2", "LOKAAL", "Dichtbij de inwoner.");

        long unchained = jdbc.queryForObject("""
                SELECT count(*) FROM domain_event_entry e
                WHERE NOT EXISTS (SELECT 1 FROM event_stream_link l WHERE l.event_identifier = e.event_identifier)""",
                Long.class);

        assertThat(unchained).isZero();
        assertThat(streamsWithGaps()).isZero();
    }

    @Test
    void concurrent_writers_on_different_assessments_leave_one_unbroken_chain() throws Exception {
        List<AssessmentScenarios> scenarios = new ArrayList<>();
        for (String theme : List.of("JEUGD", "WMO", "LEERPLICHT", "TOEZICHT")) {
            scenarios.add(AssessmentScenarios.open(api, theme));
        }
        ExecutorService writers = Executors.newFixedThreadPool(scenarios.size());
        try {
            List<Future<?>> done = new ArrayList<>();
            for (AssessmentScenarios scenario : scenarios) {
                done.add(writers.submit(() -> {
                    for (int i = 1; i <= 6; i++) {
                        Api.Response input = scenario.input("BUN", "BELEID", "C" + i, "REGIONAAL", "Gelijktijdig " + i);
                        assertThat(input.status()).as(input.toString()).isEqualTo(200);
                    }
                }));
            }
            for (Future<?> future : done) {
                future.get(60, TimeUnit.SECONDS);
            }
        } finally {
            writers.shutdownNow();
        }

        JsonNode verification = verify();

        assertThat(verification.get("ok").asBoolean()).as(verification.toString()).isTrue();
        assertThat(streamsWithGaps()).isZero();
    }

    @Test
    void a_writer_of_one_assessment_does_not_wait_for_an_open_transaction_that_wrote_an_event_of_another()
            throws Exception {
        AssessmentScenarios other = AssessmentScenarios.open(api, "JEUGD");
        try (Connection open = dataSource.getConnection()) {
            open.setAutoCommit(false);
            try (PreparedStatement insert = open.prepareStatement("""
                    INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,
                        time_stamp, payload_type, payload)
                    VALUES (?, ?, 0, 'Assessment', '2027-03-01T12:00:00.000Z', 'x', '{}'::bytea)""")) {
                insert.setString(1, UUID.randomUUID().toString());
                insert.setString(2, UUID.randomUUID().toString());
                insert.executeUpdate();
            }
            List<Map<String, Object>> advisoryLocks = jdbc.queryForList(
                    "SELECT objid FROM pg_locks WHERE locktype = 'advisory' AND pid = ?", backendPid(open));
            Future<Api.Response> input = Executors.newSingleThreadExecutor().submit(() ->
                    other.input("BUN", "BELEID", "C1", "REGIONAAL", "Schrijft terwijl een ander open staat."));

            assertThat(advisoryLocks).as("advisory locks held while an event is being written").isEmpty();
            assertThat(input.get(60, TimeUnit.SECONDS).status()).isEqualTo(200);
            open.rollback();
        }
    }

    @Test
    void an_event_whose_payload_was_altered_in_the_database_is_named_as_the_first_broken_event() {
        String eventId = inputEventOf(scenarioWithThreeInputs());
        assertThat(verify().get("ok").asBoolean()).isTrue();
        byte[] original = jdbc.queryForObject("SELECT payload FROM domain_event_entry WHERE event_identifier = ?",
                byte[].class, eventId);
        String altered = new String(original, StandardCharsets.UTF_8).replace("Tweede gedachte", "Vervalste gedachte");
        try {
            jdbc.update("UPDATE domain_event_entry SET payload = ? WHERE event_identifier = ?",
                    altered.getBytes(StandardCharsets.UTF_8), eventId);

            JsonNode verification = verify();

            assertThat(verification.get("ok").asBoolean()).isFalse();
            assertThat(verification.get("firstBrokenEvent").asText()).isEqualTo(eventId);
            assertThat(verification.get("broken").get("problem").asText()).isEqualTo("ALTERED");
        } finally {
            jdbc.update("UPDATE domain_event_entry SET payload = ? WHERE event_identifier = ?", original, eventId);
        }
        assertThat(verify().get("ok").asBoolean()).isTrue();
    }

    @Test
    void the_history_flags_an_event_altered_in_the_database_as_a_link_that_does_not_verify() {
        AssessmentScenarios scenario = scenarioWithThreeInputs();
        String eventId = inputEventOf(scenario);
        assertThat(api.get("auditor", scenario.path("/history")).json())
                .allSatisfy(entry -> assertThat(entry.get("linkVerified").asBoolean()).as(entry.toString()).isTrue());
        ChainRewrite alteration = ChainRewrite.alter(jdbc, eventId, "Tweede gedachte", "Vervalste gedachte");
        try {
            JsonNode history = api.get("auditor", scenario.path("/history")).json();
            String page = api.get("raadslid.bun", scenario.path("/record.html"), "text/html").body();

            assertThat(history).allSatisfy(entry -> assertThat(entry.get("linkVerified").asBoolean())
                    .as(entry.toString()).isEqualTo(!entry.get("eventId").asText().equals(eventId)));
            assertThat(page).contains("de hashschakel van deze gebeurtenis klopt niet");
        } finally {
            alteration.undo();
        }
    }

    @Test
    void an_event_whose_metadata_was_altered_is_named_as_well() {
        String eventId = inputEventOf(scenarioWithThreeInputs());
        byte[] original = jdbc.queryForObject("SELECT meta_data FROM domain_event_entry WHERE event_identifier = ?",
                byte[].class, eventId);
        String altered = new String(original, StandardCharsets.UTF_8).replace("strateeg.hou", "strateeg.bun");
        try {
            jdbc.update("UPDATE domain_event_entry SET meta_data = ? WHERE event_identifier = ?",
                    altered.getBytes(StandardCharsets.UTF_8), eventId);

            assertThat(verify().get("firstBrokenEvent").asText()).isEqualTo(eventId);
        } finally {
            jdbc.update("UPDATE domain_event_entry SET meta_data = ? WHERE event_identifier = ?", original, eventId);
        }
        assertThat(verify().get("ok").asBoolean()).isTrue();
    }

    @Test
    void a_deleted_event_is_named_by_the_link_that_still_refers_to_it() {
        String eventId = inputEventOf(scenarioWithThreeInputs());
        assertThat(verify().get("ok").asBoolean()).isTrue();
        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM domain_event_entry WHERE event_identifier = ?",
                eventId);
        try {
            jdbc.update("DELETE FROM domain_event_entry WHERE event_identifier = ?", eventId);

            JsonNode verification = verify();

            assertThat(verification.get("ok").asBoolean()).isFalse();
            assertThat(verification.get("firstBrokenEvent").asText()).isEqualTo(eventId);
            assertThat(verification.get("broken").get("problem").asText()).isEqualTo("MISSING");
        } finally {
            restoreEvent(row);
        }
        assertThat(verify().get("ok").asBoolean()).isTrue();
    }

    @Test
    void an_event_deleted_together_with_its_link_is_noticed_at_the_next_event_in_the_chain() {
        String eventId = inputEventOf(scenarioWithThreeInputs());
        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM domain_event_entry WHERE event_identifier = ?",
                eventId);
        Map<String, Object> link = jdbc.queryForMap("SELECT * FROM event_stream_link WHERE event_identifier = ?",
                eventId);
        String nextEventId = jdbc.queryForObject("""
                        SELECT event_identifier FROM event_stream_link
                        WHERE aggregate_identifier = ? AND sequence_number = ?""",
                String.class, link.get("aggregate_identifier"), (Long) link.get("sequence_number") + 1);
        try {
            jdbc.update("DELETE FROM domain_event_entry WHERE event_identifier = ?", eventId);
            jdbc.update("DELETE FROM event_stream_link WHERE event_identifier = ?", eventId);

            JsonNode verification = verify();

            assertThat(verification.get("ok").asBoolean()).isFalse();
            assertThat(verification.get("firstBrokenEvent").asText()).isEqualTo(nextEventId);
            assertThat(verification.get("broken").get("problem").asText()).isEqualTo("OUT_OF_SEQUENCE");
        } finally {
            StreamTampering.restoreLinks(jdbc, List.of(link));
            restoreEvent(row);
        }
        assertThat(verify().get("ok").asBoolean()).isTrue();
    }

    @Test
    void only_the_auditor_and_the_programmateam_run_the_integrity_check() {
        assertThat(api.get("auditor", "/api/audit/verify").status()).isEqualTo(200);
        assertThat(api.get("programmateam", "/api/audit/verify").status()).isEqualTo(200);
        assertThat(api.get("raadslid.bun", "/api/audit/verify").status()).isEqualTo(403);
        assertThat(api.get("strateeg.bun", "/api/audit/verify").status()).isEqualTo(403);
        assertThat(api.get(null, "/api/audit/verify").status()).isEqualTo(401);
    }

    private JsonNode verify() {
        Api.Response response = api.get("auditor", "/api/audit/verify");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private AssessmentScenarios scenarioWithThreeInputs() {
        return ChainScenario.withThreeInputs(api);
    }

    private String inputEventOf(AssessmentScenarios scenario) {
        return ChainScenario.secondInputEvent(jdbc, scenario);
    }

    /** Puts a deleted event row back as it was, without writing a new link for it. */
    private void restoreEvent(Map<String, Object> row) {
        StreamTampering.restoreEvents(jdbc, transactions, List.of(row));
    }

    private static int backendPid(Connection connection) throws java.sql.SQLException {
        try (var statement = connection.createStatement(); var rs = statement.executeQuery("SELECT pg_backend_pid()")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** Streams whose links do not run gapless from sequence 0. */
    private long streamsWithGaps() {
        return jdbc.queryForObject("""
                SELECT count(*) FROM (SELECT aggregate_identifier FROM event_stream_link GROUP BY aggregate_identifier
                                      HAVING max(sequence_number) + 1 <> count(*) OR min(sequence_number) <> 0) s""",
                Long.class);
    }
}
