package nl.regiokompas.web.intervention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import nl.regiokompas.web.Api;
import nl.regiokompas.web.IntegrationTest;
import nl.regiokompas.web.assessment.AssessmentScenarios;
import org.junit.jupiter.api.Test;

/** GET /api/interventions: local interventions of every cycle with how long each was open. */
class InterventionViewTest extends IntegrationTest {

    @Test
    void an_open_intervention_is_listed_with_its_theme_and_the_time_it_has_been_open() {
        AssessmentScenarios jeugd = AssessmentScenarios.open(api, "JEUGD");
        jeugd.propose(AssessmentScenarios.REGIONAL_SCALES);
        String interventionId = jeugd.intervene("UHR", "UITSTEL").json().get("interventionId").asText();

        JsonNode intervention = awaitIntervention("/api/interventions?gemeente=UHR&status=OPEN", interventionId, "OPEN");

        assertThat(intervention.get("assessmentId").asText()).isEqualTo(jeugd.assessmentId);
        assertThat(intervention.get("themeCode").asText()).isEqualTo("JEUGD");
        assertThat(intervention.get("cycle").asInt()).isEqualTo(1);
        assertThat(intervention.get("kind").asText()).isEqualTo("UITSTEL");
        assertThat(intervention.get("layer").asText()).isEqualTo("UITVOERING");
        assertThat(intervention.get("openedBy").asText()).isEqualTo("bestuurder.uhr");
        assertThat(intervention.get("openedAt").asText()).endsWith("Z");
        assertThat(intervention.get("resolvedAt").isNull()).isTrue();
        assertThat(intervention.get("openDurationSeconds").asLong()).isNotNegative();
    }

    @Test
    void a_resolved_intervention_shows_its_outcome_note_and_how_long_it_was_open() {
        AssessmentScenarios wmo = AssessmentScenarios.open(api, "WMO");
        wmo.propose(AssessmentScenarios.REGIONAL_SCALES);
        String interventionId = wmo.intervene("BUN", "BEZWAAR").json().get("interventionId").asText();
        wmo.resolve(interventionId, "INGETROKKEN");

        JsonNode intervention = awaitIntervention("/api/interventions?themeCode=WMO&status=INGETROKKEN", interventionId,
                "INGETROKKEN");

        assertThat(intervention.get("outcome").asText()).isEqualTo("INGETROKKEN");
        assertThat(intervention.get("note").asText()).isEqualTo("Besproken in de Bestuurstafel.");
        assertThat(intervention.get("resolvedBy").asText()).isEqualTo("bestuurder.bun");
        assertThat(intervention.get("openedByName").asText()).isNotBlank().isNotEqualTo("bestuurder.bun");
        assertThat(intervention.get("resolvedByName").asText()).isNotBlank().isNotEqualTo("bestuurder.bun");
        assertThat(intervention.get("resolvedAt").asText()).isGreaterThanOrEqualTo(intervention.get("openedAt").asText());
        assertThat(intervention.get("openDurationSeconds").asLong()).isNotNegative();
    }

    @Test
    void filters_leave_out_interventions_of_other_gemeenten_and_statuses() {
        AssessmentScenarios toezicht = AssessmentScenarios.open(api, "TOEZICHT");
        toezicht.propose(AssessmentScenarios.REGIONAL_SCALES);
        String interventionId = toezicht.intervene("ZST", "LOKALE_AFWIJKING").json().get("interventionId").asText();
        awaitIntervention("/api/interventions?gemeente=ZST", interventionId, "OPEN");

        assertThat(api.get("raadslid.bun", "/api/interventions?gemeente=BUN").body()).doesNotContain(interventionId);
        assertThat(api.get("raadslid.bun", "/api/interventions?status=INGETROKKEN").body()).doesNotContain(interventionId);
        assertThat(api.get("raadslid.bun", "/api/interventions?themeCode=JEUGD").body()).doesNotContain(interventionId);
    }

    @Test
    void an_unknown_status_is_a_bad_request() {
        Api.Response response = api.get("raadslid.bun", "/api/interventions?status=VERGETEN");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.isProblem()).isTrue();
    }

    private JsonNode awaitIntervention(String path, String interventionId, String status) {
        JsonNode[] found = new JsonNode[1];
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            found[0] = null;
            api.get("raadslid.bun", path).json().forEach(intervention -> {
                if (intervention.get("interventionId").asText().equals(interventionId)) {
                    found[0] = intervention;
                }
            });
            assertThat(found[0]).isNotNull();
            assertThat(found[0].get("status").asText()).isEqualTo(status);
        });
        return found[0];
    }
}
