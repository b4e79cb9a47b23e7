package nl.regiokompas.web.rebuild;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

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
 * The assessment board keeps the documents it wrote in memory and goes on from them in the next batch, but only
 * while the stored row holds that version: the stored row decides, whoever wrote it.
 */
class BoardDocumentMemoryTest extends IntegrationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Autowired
    private ProjectionRebuilder rebuilder;

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void documents_written_after_a_rebuild_equal_a_rebuild_from_the_event_store() {
        AssessmentScenarios jeugd = AssessmentScenarios.open(api, "JEUGD");
        jeugd.input("BUN", "BELEID", "C1", "REGIONAAL", "Voor de herbouw.");
        read(jeugd);
        assertThat(rebuilder.start(null).awaitFinished(PATIENCE).state()).isEqualTo(RebuildStatus.State.DONE);

        jeugd.input("HOU", "UITVOERING", "C2", "LOKAAL", "Na de herbouw.");
        jeugd.input("BUN", "BELEID", "C1", "BOVENREGIONAAL", "Na de herbouw vervangen.");
        read(jeugd);

        assertThat(rebuilder.awaitCaughtUp(rebuilder.rebuildable(), PATIENCE)).isTrue();
        Map<String, List<String>> live = ProjectionTables.snapshot(jdbc);
        assertThat(rebuilder.start(null).awaitFinished(PATIENCE).state()).isEqualTo(RebuildStatus.State.DONE);
        assertThat(ProjectionTables.snapshot(jdbc)).isEqualTo(live);
    }

    @Test
    void the_next_event_goes_on_from_the_stored_row_when_another_writer_left_another_version_there() {
        AssessmentScenarios wmo = AssessmentScenarios.open(api, "WMO");
        wmo.input("BUN", "BELEID", "C1", "REGIONAAL", "Eerste inbreng.");
        read(wmo);
        Map<String, Object> earlier = jdbc.queryForMap(
                "SELECT version, document, events_until FROM assessment_board WHERE assessment_id = ?", wmo.assessmentId);
        wmo.input("HOU", "BELEID", "C2", "LOKAAL", "Tweede inbreng, straks niet meer in de opgeslagen rij.");
        read(wmo);
        jdbc.update("UPDATE assessment_board SET version = ?, document = ?, events_until = ? WHERE assessment_id = ?",
                earlier.get("version"), earlier.get("document"), earlier.get("events_until"), wmo.assessmentId);

        wmo.input("UHR", "BELEID", "C3", "REGIONAAL", "Derde inbreng.");

        JsonNode document = read(wmo);
        assertThat(document.get("version").asLong()).isEqualTo(wmo.version);
        assertThat(document.get("inputs").toString()).contains("Eerste inbreng.", "Derde inbreng.")
                .doesNotContain("Tweede inbreng");
    }

    private JsonNode read(AssessmentScenarios assessment) {
        Api.Response response = api.get("raadslid.bun", assessment.path("?minVersion=" + assessment.version));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }
}
