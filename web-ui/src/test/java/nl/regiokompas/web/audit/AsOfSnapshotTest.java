package nl.regiokompas.web.audit;

import static nl.regiokompas.web.Api.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;
import nl.regiokompas.web.Api;
import nl.regiokompas.web.IntegrationTest;
import nl.regiokompas.web.assessment.AssessmentScenarios;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The as-of view starts from the nearest document snapshot the assessment board kept (every 5 events in the test
 * profile) and folds only the tail: at every instant of a history of several cycles it answers exactly what the
 * fold of the whole stream answers.
 */
class AsOfSnapshotTest extends IntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void as_of_from_a_snapshot_equals_as_of_by_folding_the_whole_stream_at_every_instant() throws Exception {
        AssessmentScenarios assessment = historyOfTwoCycles();
        List<Instant> instants = instantsAround(assessment);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM assessment_document_snapshot WHERE assessment_id = ?",
                Integer.class, assessment.assessmentId)).as("snapshots kept").isGreaterThanOrEqualTo(5);

        Map<Instant, JsonNode> fromSnapshots = asOf(assessment, instants);
        jdbc.update("DELETE FROM assessment_document_snapshot WHERE assessment_id = ?", assessment.assessmentId);
        Map<Instant, JsonNode> byFullFold = asOf(assessment, instants);

        assertThat(fromSnapshots).isEqualTo(byFullFold);
        assertThat(byFullFold.values().stream().filter(Objects::nonNull)
                .map(document -> document.path("version").asLong()).distinct().count())
                .as("distinct versions seen").isGreaterThan(25);
    }

    private AssessmentScenarios historyOfTwoCycles() {
        AssessmentScenarios assessment = AssessmentScenarios.open(api, "WMO");
        String[] layers = {"BELEID", "BEDRIJFSVOERING", "UITVOERING"};
        for (int n = 0; n < 12; n++) {
            String gemeente = AssessmentScenarios.GEMEENTEN.get(n % 5);
            assertThat(assessment.input(gemeente, layers[n % 3], "C" + (1 + n % 6), n % 2 == 0 ? "REGIONAAL" : "LOKAAL",
                    "Inbreng " + n).status()).isEqualTo(200);
        }
        int first = assessment.propose(AssessmentScenarios.REGIONAL_SCALES);
        assessment.confirm("BUN", first);
        String interventionId = assessment.intervene("ZST", "LOKALE_AFWIJKING").json().get("interventionId").asText();
        assessment.resolve(interventionId, "INGETROKKEN");
        assessment.decide();
        Api.Response reopened = api.post("programmateam", assessment.path("/reopen"),
                body("reason", "Herijking.", "expectedVersion", assessment.version));
        assertThat(reopened.status()).as(reopened.toString()).isEqualTo(200);
        assessment.version = reopened.version();
        for (int n = 0; n < 6; n++) {
            assessment.input(AssessmentScenarios.GEMEENTEN.get(n % 5), "BELEID", "C" + (1 + n), "REGIONAAL", "Later " + n);
        }
        Api.Response current = api.get("auditor", assessment.path("?minVersion=" + assessment.version));
        assertThat(current.status()).as(current.toString()).isEqualTo(200);
        return assessment;
    }

    /** Every event's moment, a microsecond before and after it, and one before the opening. */
    private List<Instant> instantsAround(AssessmentScenarios assessment) {
        List<Instant> instants = new ArrayList<>();
        for (JsonNode entry : api.get("auditor", assessment.path("/history")).json()) {
            Instant at = Instant.parse(entry.get("occurredAt").asText());
            instants.add(at.minus(1, ChronoUnit.MICROS));
            instants.add(at);
            instants.add(at.plus(1, ChronoUnit.MICROS));
        }
        instants.add(Instant.now());
        return instants;
    }

    private Map<Instant, JsonNode> asOf(AssessmentScenarios assessment, List<Instant> instants) {
        Map<Instant, JsonNode> documents = new LinkedHashMap<>();
        for (Instant at : instants) {
            Api.Response response = api.get("auditor", assessment.path("?asOf=" + at));
            documents.put(at, response.status() == 200 ? response.json() : null);
        }
        return documents;
    }
}
