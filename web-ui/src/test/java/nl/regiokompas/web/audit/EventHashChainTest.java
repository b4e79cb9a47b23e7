package nl.regiokompas.web.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import nl.regiokompas.web.Api;
import nl.regiokompas.web.IntegrationTest;
import nl.regiokompas.web.assessment.AssessmentScenarios;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

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
                WHERE NOT EXISTS (SELECT 1 FROM event_hash_chain c WHERE c.event_identifier = e.event_identifier)""",
                Long.class);
        long links = jdbc.queryForObject("SELECT count(*) FROM event_hash_chain", Long.class);
        long lastPosition = jdbc.queryForObject("SELECT max(position) FROM event_hash_chain", Long.class);

        assertThat(unchained).isZero();
        assertThat(lastPosition).isEqualTo(links);
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
        assertThat(jdbc.queryForObject("SELECT max(position) = count(*) FROM event_hash_chain", Boolean.class)).isTrue();
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
        Map<String, Object> link = jdbc.queryForMap("SELECT * FROM event_hash_chain WHERE event_identifier = ?",
                eventId);
        String nextEventId = jdbc.queryForObject("SELECT event_identifier FROM event_hash_chain WHERE position = ?",
                String.class, (Long) link.get("position") + 1);
        try {
            jdbc.update("DELETE FROM domain_event_entry WHERE event_identifier = ?", eventId);
            jdbc.update("DELETE FROM event_hash_chain WHERE event_identifier = ?", eventId);

            JsonNode verification = verify();

            assertThat(verification.get("ok").asBoolean()).isFalse();
            assertThat(verification.get("firstBrokenEvent").asText()).isEqualTo(nextEventId);
            assertThat(verification.get("broken").get("problem").asText()).isEqualTo("OUT_OF_SEQUENCE");
        } finally {
            jdbc.update("""
                            INSERT INTO event_hash_chain (position, global_index, event_identifier, previous_hash, hash,
                                chained_at)
                            VALUES (?, ?, ?, ?, ?, ?)""", link.get("position"), link.get("global_index"),
                    link.get("event_identifier"), link.get("previous_hash"), link.get("hash"), link.get("chained_at"));
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
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            jdbc.execute("ALTER TABLE domain_event_entry DISABLE TRIGGER event_hash_chain_append");
            jdbc.update("""
                            INSERT INTO domain_event_entry (global_index, event_identifier, aggregate_identifier,
                                sequence_number, type, time_stamp, payload_type, payload_revision, payload, meta_data)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    row.get("global_index"), row.get("event_identifier"), row.get("aggregate_identifier"),
                    row.get("sequence_number"), row.get("type"), row.get("time_stamp"), row.get("payload_type"),
                    row.get("payload_revision"), row.get("payload"), row.get("meta_data"));
            jdbc.execute("ALTER TABLE domain_event_entry ENABLE TRIGGER event_hash_chain_append");
        });
    }
}
