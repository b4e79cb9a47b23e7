package nl.regiokompas.web.concurrency;

import static nl.regiokompas.web.Api.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import nl.regiokompas.web.Api;
import nl.regiokompas.web.IntegrationTest;
import nl.regiokompas.web.assessment.AssessmentScenarios;
import org.junit.jupiter.api.Test;

class ConcurrentEditingTest extends IntegrationTest {

    private static final int WRITERS = 20;
    private static final int COMMANDS_PER_WRITER = 10;

    @Test
    void an_edit_of_another_cell_made_meanwhile_is_merged() {
        AssessmentScenarios jeugd = AssessmentScenarios.open(api, "JEUGD");
        long seen = jeugd.version;
        jeugd.input("BUN", "BELEID", "C1", "REGIONAAL", "Bunnik eerst.");

        Api.Response houten = api.post("strateeg.hou", jeugd.path("/inputs"), body(
                "gemeente", "HOU", "layer", "BELEID", "criterion", "C1", "text", "Houten, zonder Bunnik gezien te hebben.",
                "expectedVersion", seen));

        assertThat(houten.status()).as(houten.toString()).isEqualTo(200);
        assertThat(houten.version()).isEqualTo(2);
    }

    @Test
    void an_unseen_edit_of_the_same_cell_is_refused_with_the_change_listed() {
        AssessmentScenarios jeugd = AssessmentScenarios.open(api, "JEUGD");
        long seen = jeugd.version;
        jeugd.input("BUN", "BELEID", "C1", "REGIONAAL", "Eerste versie.");

        Api.Response second = api.post("programmateam", jeugd.path("/inputs"), body(
                "gemeente", "BUN", "layer", "BELEID", "criterion", "C1", "text", "Tweede, blind.",
                "expectedVersion", seen));

        assertThat(second.status()).isEqualTo(409);
        JsonNode unseen = second.json().get("unseenChanges");
        assertThat(unseen).hasSize(1);
        assertThat(unseen.get(0).get("type").asText()).isEqualTo("CriterionInputRecorded");
        assertThat(unseen.get(0).get("description").asText()).contains(" gaf input op '").contains("neiging ")
                .doesNotContain("criterium", "laag");
        assertThat(unseen.get(0).get("by").asText()).as("a person with role, not a user id")
                .startsWith("Strateeg Bunnik (strateeg, ").doesNotContain("strateeg.bun");
        assertThat(unseen.get(0).get("at").asText()).isNotBlank();
    }

    @Test
    void an_unseen_new_revision_refuses_a_confirmation() {
        AssessmentScenarios jeugd = AssessmentScenarios.open(api, "JEUGD");
        int revision = jeugd.propose(AssessmentScenarios.REGIONAL_SCALES);
        long seen = jeugd.version;
        jeugd.propose(AssessmentScenarios.REGIONAL_SCALES);

        Api.Response confirmation = api.post("bestuurder.bun", jeugd.path("/confirmations"), body(
                "gemeente", "BUN", "revision", revision, "expectedVersion", seen));

        assertThat(confirmation.status()).isEqualTo(409);
        assertThat(confirmation.json().get("unseenChanges").get(0).get("type").asText()).isEqualTo("ThemeScaleProposed");
    }

    @Test
    void twenty_concurrent_writers_lose_nothing_and_refusals_leave_no_trace() throws Exception {
        AssessmentScenarios jeugd = AssessmentScenarios.open(api, "WMO");
        ConcurrentEditors editors = new ConcurrentEditors();

        editors.run(List.of(api), jeugd.assessmentId, WRITERS, COMMANDS_PER_WRITER);

        JsonNode history = api.get("auditor", jeugd.path("/history")).json();
        editors.assertNothingLostAndNoTraceOfRefusals(history);
        long last = history.get(history.size() - 1).get("sequence").asLong();
        JsonNode document = api.get("auditor", jeugd.path("?minVersion=" + last)).json();
        ConcurrentEditors.assertDocumentEqualsReplay(document, history);
        assertThat(editors.textsByStatus.get(200)).hasSizeGreaterThan(WRITERS);
    }
}
