package nl.regiokompas.web.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import nl.regiokompas.web.Api;
import nl.regiokompas.web.IntegrationTest;
import nl.regiokompas.web.assessment.AssessmentScenarios;
import org.junit.jupiter.api.Test;

/** GET /api/decisions/{decisionId}/provenance: how a decision came about, event by event, within its cycle. */
class DecisionProvenanceTest extends IntegrationTest {

    private static final Map<String, String> FIRST_SCALES = Map.of(
            "BELEID", "REGIONAAL", "BEDRIJFSVOERING", "REGIONAAL", "UITVOERING", "REGIONAAL");

    @Test
    void a_decision_after_two_revisions_and_one_taken_over_intervention_is_traced_back_to_its_inputs() {
        AssessmentScenarios jeugd = AssessmentScenarios.open(api, "JEUGD");
        jeugd.input("BUN", "BELEID", "C1", "REGIONAAL", "Schaarse expertise.");
        jeugd.input("ZST", "UITVOERING", "C4", "LOKAAL", "Dicht bij de inwoner.");
        int first = jeugd.propose(FIRST_SCALES);
        assertThat(jeugd.confirm("BUN", first).status()).isEqualTo(200);
        Api.Response intervention = jeugd.intervene("ZST", "LOKALE_AFWIJKING");
        String interventionId = intervention.json().get("interventionId").asText();
        // OVERGENOMEN only once a later revision exists, and the resolution names it (issue 11 §3)
        int second = jeugd.propose(AssessmentScenarios.REGIONAL_SCALES);
        assertThat(jeugd.send("programmateam", "/interventions/" + interventionId + "/resolution", "outcome",
                "OVERGENOMEN", "note", "Besproken in de Bestuurstafel.", "revision", second).status()).isEqualTo(200);
        for (String gemeente : AssessmentScenarios.GEMEENTEN) {
            assertThat(jeugd.confirm(gemeente, second).status()).isEqualTo(200);
        }
        String decisionId = document(jeugd).get("decision").get("decisionId").asText();

        JsonNode provenance = provenanceOf(decisionId);

        assertThat(provenance.get("assessmentId").asText()).isEqualTo(jeugd.assessmentId);
        assertThat(provenance.get("cycle").asInt()).isEqualTo(1);
        assertThat(provenance.get("revision").asInt()).isEqualTo(2);
        // Besides the complete package made before the first proposal (inputs, responsibilities, a precondition):
        assertThat(types(provenance.get("chain")).stream().filter(type -> !List.of("CriterionInputRecorded",
                "ResponsibilityAssigned", "PreconditionRecorded").contains(type)).toList()).containsExactly(
                "AssessmentOpened", "ThemeScaleProposed", "ConfirmedByBestuurder", "LocalInterventionOpened",
                "ThemeScaleProposed", "InterventionResolved", "ConfirmedByBestuurder", "ConfirmedByBestuurder",
                "ConfirmedByBestuurder", "ConfirmedByBestuurder", "ConfirmedByBestuurder", "DecisionRecorded");
        assertThat(sequences(provenance.get("chain"))).isSorted();
        for (JsonNode step : provenance.get("chain")) {
            assertThat(step.get("occurredAt").asText()).endsWith("Z");
            assertThat(step.get("actor").get("userId").asText()).isNotBlank();
            assertThat(step.get("description").asText()).isNotBlank();
        }

        JsonNode revisions = provenance.get("revisions");
        assertThat(revisions).hasSize(2);
        assertThat(revisions.get(0).get("revision").asInt()).isEqualTo(1);
        assertThat(revisions.get(0).get("decided").asBoolean()).isFalse();
        assertThat(revisions.get(0).get("confirmations")).hasSize(1);
        assertThat(revisions.get(0).get("by").get("userId").asText()).isEqualTo("strateeg.hou");
        JsonNode change = revisions.get(1).get("changes").get(0);
        assertThat(revisions.get(1).get("changes")).hasSize(1);
        assertThat(change.get("what").asText()).isEqualTo("SCHAAL");
        assertThat(change.get("layer").asText()).isEqualTo("UITVOERING");
        assertThat(change.get("from").asText()).isEqualTo("REGIONAAL");
        assertThat(change.get("to").asText()).isEqualTo("LOKAAL");
        assertThat(revisions.get(1).get("decided").asBoolean()).isTrue();
        assertThat(revisions.get(1).get("confirmations")).hasSize(5);

        JsonNode resolved = provenance.get("interventions").get(0);
        assertThat(provenance.get("interventions")).hasSize(1);
        assertThat(resolved.get("interventionId").asText()).isEqualTo(interventionId);
        assertThat(resolved.get("gemeente").asText()).isEqualTo("ZST");
        assertThat(resolved.get("reason").asText()).isEqualTo("De gemeenteraad wil de uitvoering lokaal houden.");
        assertThat(resolved.get("openedBy").get("userId").asText()).isEqualTo("bestuurder.zst");
        assertThat(resolved.get("duringRevision").asInt()).isEqualTo(1);
        assertThat(resolved.get("outcome").asText()).isEqualTo("OVERGENOMEN");
        assertThat(resolved.get("note").asText()).isEqualTo("Besproken in de Bestuurstafel.");
        assertThat(resolved.get("resolvedBy").get("userId").asText()).isEqualTo("programmateam");

        JsonNode confirmations = provenance.get("confirmations");
        assertThat(texts(confirmations, "gemeente")).containsExactlyElementsOf(AssessmentScenarios.GEMEENTEN);
        for (JsonNode confirmation : confirmations) {
            assertThat(confirmation.get("revision").asInt()).isEqualTo(2);
            assertThat(confirmation.get("by").get("userId").asText())
                    .isEqualTo("bestuurder." + confirmation.get("gemeente").asText().toLowerCase());
            assertThat(Instant.parse(confirmation.get("at").asText()))
                    .isBeforeOrEqualTo(Instant.parse(provenance.get("decidedAt").asText()));
        }

        JsonNode inputs = provenance.get("inputs");
        assertThat(inputs).hasSize(AssessmentScenarios.GEMEENTEN.size() * 3);
        assertThat(revisions.get(1).get("deviations").get("UITVOERING").asText()).isNotBlank();
        assertThat(inputs.get(1).get("by").get("gemeente").asText()).isEqualTo("ZST");
    }

    @Test
    void the_provenance_of_a_decision_in_a_later_cycle_starts_at_the_reopening() {
        AssessmentScenarios wmo = AssessmentScenarios.open(api, "WMO");
        wmo.decide();
        String firstDecision = document(wmo).get("decision").get("decisionId").asText();
        Api.Response reopened = api.post("programmateam", wmo.path("/reopen"),
                Api.body("reason", "Evaluatie 2028.", "expectedVersion", wmo.version));
        assertThat(reopened.status()).as(reopened.toString()).isEqualTo(200);
        wmo.version = reopened.version();
        wmo.decide();
        String secondDecision = document(wmo).get("decision").get("decisionId").asText();

        JsonNode second = provenanceOf(secondDecision);

        assertThat(second.get("cycle").asInt()).isEqualTo(2);
        assertThat(types(second.get("chain")).get(0)).isEqualTo("AssessmentReopened");
        assertThat(second.get("chain").get(0).get("reason").asText()).isEqualTo("Evaluatie 2028.");
        assertThat(provenanceOf(firstDecision).get("cycle").asInt()).isEqualTo(1);
    }

    @Test
    void an_unknown_decision_has_no_provenance() {
        Api.Response response = api.get("auditor", "/api/decisions/bestaat-niet/provenance");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.isProblem()).isTrue();
    }

    private JsonNode document(AssessmentScenarios scenario) {
        Api.Response response = api.get("auditor", scenario.path("?minVersion=" + scenario.version));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    /** The decision index is a projection: it may take a moment before it knows a fresh decision. */
    private JsonNode provenanceOf(String decisionId) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (true) {
            Api.Response response = api.get("raadslid.bun", "/api/decisions/" + decisionId + "/provenance");
            if (response.status() == 200 || Instant.now().isAfter(deadline)) {
                assertThat(response.status()).as(response.toString()).isEqualTo(200);
                return response.json();
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static List<String> types(JsonNode chain) {
        return texts(chain, "type");
    }

    private static List<Long> sequences(JsonNode chain) {
        List<Long> values = new ArrayList<>();
        chain.forEach(step -> values.add(step.get("sequence").asLong()));
        return values;
    }

    private static List<String> texts(JsonNode items, String field) {
        List<String> values = new ArrayList<>();
        items.forEach(item -> values.add(item.get(field).asText()));
        return values;
    }
}
