package nl.regiokompas.web.storage;

import static nl.regiokompas.web.Api.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.regiokompas.web.Api;
import nl.regiokompas.web.IntegrationTest;
import nl.regiokompas.web.assessment.AssessmentScenarios;
import org.axonframework.common.caching.Cache;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The test profile snapshots an assessment every 10 events; a snapshot must load as well as the events. */
class SnapshotTest extends IntegrationTest {

    @Autowired
    private JdbcTemplate jdbc;

    /** Emptied where a test needs the assessment loaded from its snapshot, as after a restart. */
    @Autowired
    private Cache assessmentCache;

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
        assessmentCache.remove(wmo.assessmentId);

        int revision = wmo.propose(AssessmentScenarios.REGIONAL_SCALES);
        Api.Response confirmation = wmo.confirm("BUN", revision);
        Api.Response again = wmo.confirm("BUN", revision);

        // 24 inputs, the rest of the complete package (10 inputs, 9 responsibilities, 1 precondition), the
        // proposal and one confirmation.
        assertThat(wmo.version).isEqualTo(24 + 20 + 1 + 1);
        assertThat(confirmation.status()).isEqualTo(200);
        assertThat(again.status()).as("the snapshot remembers the confirmation rules").isEqualTo(409);
    }

    /**
     * Snapshots written before this version carry the write-only {@code inputs} and terms without names. Such a
     * snapshot still loads: unknown properties are ignored and a code without a name is named by itself.
     */
    @Test
    void a_snapshot_of_the_old_shape_still_loads() throws Exception {
        AssessmentScenarios jeugd = AssessmentScenarios.open(api, "JEUGD");
        for (int n = 0; n < 12; n++) {
            Api.Response input = jeugd.input(AssessmentScenarios.GEMEENTEN.get(n % 5), "UITVOERING",
                    "C" + (n % 6 + 1), "LOKAAL", "Inbreng " + n);
            assertThat(input.status()).as(input.toString()).isEqualTo(200);
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> snapshotsOf(jeugd.assessmentId) > 0);
        rewriteSnapshotsInTheOldShape(jeugd.assessmentId);
        assessmentCache.remove(jeugd.assessmentId);

        Api.Response outsider = api.post("programmateam", jeugd.path("/inputs"), body(
                "gemeente", "XYZ", "layer", "BELEID", "criterion", "C1", "text", "Tekst",
                "expectedVersion", jeugd.version));
        Api.Response input = jeugd.input("BUN", "BELEID", "C1", "REGIONAAL", "Na het oude snapshot");

        assertThat(outsider.json().get("detail").asText())
                .as("the terms of the old snapshot, which name no gemeente, were loaded")
                .endsWith("deelnemers: BUN, HOU, UHR, WBD, ZST.");
        assertThat(input.status()).as(input.toString()).isEqualTo(200);
        assertThat(jeugd.version).isEqualTo(13);
    }

    private void rewriteSnapshotsInTheOldShape(String assessmentId) throws Exception {
        ObjectMapper json = new ObjectMapper();
        for (Map<String, Object> row : jdbc.queryForList(
                "SELECT sequence_number, payload FROM snapshot_event_entry WHERE aggregate_identifier = ?",
                assessmentId)) {
            ObjectNode assessment = (ObjectNode) json.readTree((byte[]) row.get("payload"));
            ((ObjectNode) assessment.get("terms")).remove("names");
            ObjectNode cell = json.createObjectNode().put("gemeente", "BUN").put("layer", "UITVOERING")
                    .put("criterion", "C1");
            assessment.putArray("inputs").addObject().put("leaning", "LOKAAL").put("text", "Inbreng 0")
                    .set("cell", cell);
            jdbc.update("UPDATE snapshot_event_entry SET payload = ? WHERE aggregate_identifier = ? AND sequence_number = ?",
                    json.writeValueAsBytes(assessment), assessmentId, row.get("sequence_number"));
        }
    }

    private int snapshotsOf(String assessmentId) {
        Integer count = jdbc.queryForObject(
                "SELECT count(*) FROM snapshot_event_entry WHERE aggregate_identifier = ?", Integer.class, assessmentId);
        return count == null ? 0 : count;
    }
}
