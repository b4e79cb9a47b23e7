package nl.regiokompas.web.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import nl.regiokompas.web.Api;
import nl.regiokompas.web.IntegrationTest;
import nl.regiokompas.web.assessment.AssessmentScenarios;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The test profile snapshots an assessment every 10 events; a snapshot must load as well as the events. */
class SnapshotTest extends IntegrationTest {

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void an_assessment_loaded_from_its_snapshot_keeps_every_rule_and_version() {
        AssessmentScenarios wmo = AssessmentScenarios.open(api, "WMO");
        String[] criteria = {"C1", "C2", "C3", "C4", "C5", "C6"};
        for (int n = 0; n < 24; n++) {
            Api.Response input = wmo.input(AssessmentScenarios.GEMEENTEN.get(n % 5), "BELEID", criteria[n % 6],
                    "REGIONAAL", "Inbreng " + n);
            assertThat(input.status()).as(input.toString()).isEqualTo(200);
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> snapshotsOf(wmo.assessmentId) > 0);

        int revision = wmo.propose(AssessmentScenarios.REGIONAL_SCALES);
        Api.Response confirmation = wmo.confirm("BUN", revision);
        Api.Response again = wmo.confirm("BUN", revision);

        assertThat(wmo.version).isEqualTo(26);
        assertThat(confirmation.status()).isEqualTo(200);
        assertThat(again.status()).as("the snapshot remembers the confirmation rules").isEqualTo(409);
    }

    private int snapshotsOf(String assessmentId) {
        Integer count = jdbc.queryForObject(
                "SELECT count(*) FROM snapshot_event_entry WHERE aggregate_identifier = ?", Integer.class, assessmentId);
        return count == null ? 0 : count;
    }
}
