package nl.regiokompas.web.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.regiokompas.web.Api;
import nl.regiokompas.web.IntegrationTest;
import nl.regiokompas.web.assessment.AssessmentScenarios;
import org.junit.jupiter.api.Test;

/**
 * GET /api/assessments/{id}?asOf=: the assessment as it stood at an instant, rebuilt from the event store,
 * identical to the live document the projection showed at that instant.
 */
class AsOfViewTest extends IntegrationTest {

    private record Moment(Instant at, JsonNode document) {
    }

    @Test
    void as_of_each_recorded_moment_the_document_is_identical_to_the_live_one_at_that_moment() throws Exception {
        List<Moment> moments = new ArrayList<>();
        AssessmentScenarios jeugd = AssessmentScenarios.open(api, "JEUGD");
        moments.add(liveNow(jeugd));
        jeugd.input("BUN", "BELEID", "C1", "REGIONAAL", "Schaarse expertise; samen inkopen.");
        jeugd.input("HOU", "BELEID", "C1", "LOKAAL", "Eigen lokale teams.");
        moments.add(liveNow(jeugd));
        jeugd.input("BUN", "BELEID", "C1", "BOVENREGIONAAL", "Na overleg: bovenregionaal.");
        int first = jeugd.propose(AssessmentScenarios.REGIONAL_SCALES);
        assertThat(jeugd.confirm("BUN", first).status()).isEqualTo(200);
        moments.add(liveNow(jeugd));
        Api.Response intervention = jeugd.intervene("UHR", "BEZWAAR");
        assertThat(intervention.status()).as(intervention.toString()).isEqualTo(201);
        moments.add(liveNow(jeugd));
        jeugd.resolve(intervention.json().get("interventionId").asText(), "INGETROKKEN");
        moments.add(liveNow(jeugd));
        jeugd.decide();
        moments.add(liveNow(jeugd));

        for (Moment moment : moments) {
            Api.Response asOf = api.get("auditor", jeugd.path("?asOf=" + moment.at()));
            assertThat(asOf.status()).as(asOf.toString()).isEqualTo(200);
            assertThat(asOf.json()).as("as of " + moment.at())
                    .isEqualTo(moment.document());
        }
        assertThat(moments.stream().map(m -> m.document().get("version").asLong()).distinct()).hasSize(moments.size());
    }

    @Test
    void as_of_an_instant_before_the_assessment_was_opened_is_not_found() {
        Instant before = Instant.now().minusSeconds(60);
        AssessmentScenarios wmo = AssessmentScenarios.open(api, "WMO");

        Api.Response asOf = api.get("auditor", wmo.path("?asOf=" + before));

        assertThat(asOf.status()).isEqualTo(404);
        assertThat(asOf.isProblem()).isTrue();
    }

    @Test
    void as_of_an_unreadable_instant_is_bad_input() {
        AssessmentScenarios wmo = AssessmentScenarios.open(api, "WMO");

        Api.Response asOf = api.get("auditor", wmo.path("?asOf=gisteren"));

        assertThat(asOf.status()).isEqualTo(400);
        assertThat(asOf.isProblem()).isTrue();
    }

    @Test
    void as_of_for_an_unknown_assessment_is_not_found() {
        Api.Response asOf = api.get("auditor", "/api/assessments/bestaat-niet?asOf=" + Instant.now());

        assertThat(asOf.status()).isEqualTo(404);
    }

    /** The live document once the projection shows the latest change, and the instant right after. */
    private Moment liveNow(AssessmentScenarios scenario) throws InterruptedException {
        Api.Response live = api.get("auditor", scenario.path("?minVersion=" + scenario.version));
        assertThat(live.status()).as(live.toString()).isEqualTo(200);
        Thread.sleep(5);
        Instant at = Instant.now();
        Thread.sleep(5);
        // what the caller may do next belongs to the present, not to the document as of an instant
        ObjectNode document = (ObjectNode) live.json();
        document.remove("allowedActions");
        return new Moment(at, document);
    }
}
