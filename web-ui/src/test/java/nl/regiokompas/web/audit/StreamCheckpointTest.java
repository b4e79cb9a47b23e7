package nl.regiokompas.web.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import nl.regiokompas.web.Api;
import nl.regiokompas.web.IntegrationTest;
import nl.regiokompas.web.assessment.AssessmentScenarios;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * What the per-stream chains cannot see by themselves and the checkpoints catch: a stream deleted whole, the
 * newest events of a stream deleted, a stream rewritten in itself; and a checkpoint changed. Each case puts back
 * exactly what it removed or changed, since the tests share one database.
 */
class StreamCheckpointTest extends IntegrationTest {

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private PlatformTransactionManager transactions;

    @Test
    void a_stream_deleted_whole_with_its_links_is_named_by_the_checkpoint_that_recorded_it() {
        AssessmentScenarios scenario = checkpointedScenario();
        StreamTampering deletion = StreamTampering.deleteStream(jdbc, transactions, scenario.assessmentId);
        try {
            JsonNode verification = verify();

            assertThat(verification.get("ok").asBoolean()).as(verification.toString()).isFalse();
            JsonNode broken = verification.get("broken");
            assertThat(broken.get("problem").asText()).isEqualTo("STREAM_REMOVED");
            assertThat(broken.get("aggregateIdentifier").asText()).isEqualTo(scenario.assessmentId);
            assertThat(broken.get("sequenceNumber").asLong()).isEqualTo(scenario.version);
        } finally {
            deletion.undo();
        }
        assertThat(verify().get("ok").asBoolean()).isTrue();
    }

    @Test
    void a_truncated_tail_of_a_stream_is_named_with_the_first_missing_sequence() {
        AssessmentScenarios scenario = checkpointedScenario();
        StreamTampering truncation = StreamTampering.truncate(jdbc, transactions, scenario.assessmentId, 2);
        try {
            JsonNode broken = verify().get("broken");

            assertThat(broken.get("problem").asText()).as(broken.toString()).isEqualTo("STREAM_TRUNCATED");
            assertThat(broken.get("aggregateIdentifier").asText()).isEqualTo(scenario.assessmentId);
            assertThat(broken.get("sequenceNumber").asLong()).isEqualTo(2);
        } finally {
            truncation.undo();
        }
        assertThat(verify().get("ok").asBoolean()).isTrue();
    }

    @Test
    void a_stream_rewritten_in_itself_no_longer_matches_the_head_its_checkpoint_recorded() {
        AssessmentScenarios scenario = checkpointedScenario();
        ChainRewrite rewrite = ChainRewrite.rewriteStream(jdbc, ChainScenario.secondInputEvent(jdbc, scenario),
                "Tweede gedachte", "Vervalst");
        try {
            JsonNode broken = verify().get("broken");

            assertThat(broken.get("problem").asText()).as(broken.toString()).isEqualTo("STREAM_REWRITTEN");
            assertThat(broken.get("aggregateIdentifier").asText()).isEqualTo(scenario.assessmentId);
        } finally {
            rewrite.undo();
        }
        assertThat(verify().get("ok").asBoolean()).isTrue();
    }

    @Test
    void a_changed_checkpoint_is_named_by_its_number() {
        checkpointedScenario();
        long number = jdbc.queryForObject("SELECT max(number) FROM event_checkpoint", Long.class);
        String createdAt = jdbc.queryForObject("SELECT created_at FROM event_checkpoint WHERE number = ?", String.class,
                number);
        try {
            jdbc.update("UPDATE event_checkpoint SET created_at = ? WHERE number = ?", "2020-01-01T00:00:00.000Z", number);

            JsonNode verification = verify();

            assertThat(verification.get("ok").asBoolean()).isFalse();
            assertThat(verification.get("broken").get("problem").asText()).isEqualTo("CHECKPOINT_BROKEN");
            assertThat(verification.get("broken").get("position").asLong()).isEqualTo(number);
        } finally {
            jdbc.update("UPDATE event_checkpoint SET created_at = ? WHERE number = ?", createdAt, number);
        }
        assertThat(verify().get("ok").asBoolean()).isTrue();
    }

    @Test
    void checkpoints_chain_on_each_other_and_record_only_the_streams_that_moved() {
        AssessmentScenarios scenario = checkpointedScenario();
        long before = ChainScenario.checkpoint(jdbc);
        scenario.input("ZST", "BELEID", "C2", "LOKAAL", "Na het controlepunt.");

        long after = ChainScenario.checkpoint(jdbc);

        assertThat(after).isEqualTo(before + 1);
        assertThat(jdbc.queryForObject("""
                SELECT c.previous_hash = p.hash FROM event_checkpoint c JOIN event_checkpoint p ON p.number = c.number - 1
                WHERE c.number = ?""", Boolean.class, after)).isTrue();
        assertThat(jdbc.queryForList("SELECT aggregate_identifier FROM event_checkpoint_head WHERE checkpoint = ?",
                String.class, after)).contains(scenario.assessmentId);
        JsonNode verification = verify();
        assertThat(verification.get("ok").asBoolean()).as(verification.toString()).isTrue();
        assertThat(verification.get("headAnchor").asText()).startsWith("cp" + after + ":");
        assertThat(verification.get("checkpointsChecked").asLong()).isEqualTo(after);
    }

    private AssessmentScenarios checkpointedScenario() {
        AssessmentScenarios scenario = ChainScenario.withThreeInputs(api);
        ChainScenario.checkpoint(jdbc);
        assertThat(verify().get("ok").asBoolean()).isTrue();
        return scenario;
    }

    private JsonNode verify() {
        Api.Response response = api.get("auditor", "/api/audit/verify");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }
}
