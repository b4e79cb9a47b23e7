package nl.regiokompas.web.rebuild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.JsonNode;
import nl.regiokompas.query.rebuild.ProjectionRebuilder;
import nl.regiokompas.api.rebuild.RebuildStatus;
import nl.regiokompas.web.Api;
import nl.regiokompas.web.IntegrationTest;
import nl.regiokompas.web.assessment.AssessmentScenarios;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A projection whose database session dies in the middle of applying an event loses neither that event nor
 * applies it twice: the projection change and its token roll back together, the processor retries from the
 * last committed token, and the result equals a rebuild from the event store.
 */
class ProjectionCrashTest extends IntegrationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Autowired
    private ProjectionRebuilder rebuilder;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private DataSource dataSource;

    @Test
    void a_processor_killed_halfway_through_an_event_catches_up_exactly_once_and_equals_a_rebuild() throws Exception {
        AssessmentScenarios toezicht = AssessmentScenarios.open(api, "TOEZICHT");
        toezicht.input("BUN", "BELEID", "C1", "REGIONAAL", "Eerste inbreng.");
        long before = documentVersion(toezicht, toezicht.version);

        try (Connection blocker = dataSource.getConnection()) {
            blocker.setAutoCommit(false);
            lockBoardRow(blocker, toezicht.assessmentId);
            toezicht.input("BUN", "BELEID", "C1", "BOVENREGIONAAL", "Vervangen inbreng.");
            toezicht.input("HOU", "UITVOERING", "C2", "LOKAAL", "Lokaal.");
            int processor = awaitProjectionWaitingOnTheLock();
            assertThat(committedVersion(toezicht.assessmentId)).isEqualTo(before);

            jdbc.queryForObject("SELECT pg_terminate_backend(?)", Boolean.class, processor);
            blocker.rollback();
        }

        JsonNode document = await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200))
                .until(() -> api.get("raadslid.bun", toezicht.path("?minVersion=" + toezicht.version)),
                        response -> response.status() == 200).json();
        assertThat(document.get("version").asLong()).isEqualTo(toezicht.version);
        assertThat(document.get("inputs")).hasSize(2);
        assertThat(document.get("inputs").toString()).contains("Vervangen inbreng.").doesNotContain("Eerste inbreng.");

        assertThat(rebuilder.awaitCaughtUp(rebuilder.rebuildable(), PATIENCE)).isTrue();
        Map<String, List<String>> afterCrash = ProjectionTables.snapshot(jdbc);
        assertThat(rebuilder.start(null).awaitFinished(PATIENCE).state()).isEqualTo(RebuildStatus.State.DONE);
        assertThat(ProjectionTables.snapshot(jdbc)).isEqualTo(afterCrash);
    }

    private long documentVersion(AssessmentScenarios assessment, long minVersion) {
        Api.Response response = api.get("raadslid.bun", assessment.path("?minVersion=" + minVersion));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json().get("version").asLong();
    }

    private static void lockBoardRow(Connection connection, String assessmentId) throws Exception {
        try (PreparedStatement lock = connection.prepareStatement(
                "SELECT 1 FROM assessment_board WHERE assessment_id = ? FOR UPDATE")) {
            lock.setString(1, assessmentId);
            assertThat(lock.executeQuery().next()).isTrue();
        }
    }

    /** The assessment board's session, blocked while it writes the folded document (in the transaction of its token). */
    private int awaitProjectionWaitingOnTheLock() {
        return await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForList(
                        "SELECT pid FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
                                + "AND pid <> pg_backend_pid() AND query LIKE '%INSERT INTO assessment_board (%'", Integer.class),
                pids -> pids.size() == 1).get(0);
    }

    private long committedVersion(String assessmentId) {
        return jdbc.queryForObject("SELECT version FROM assessment_board WHERE assessment_id = ?", Long.class,
                assessmentId);
    }
}
