package nl.regiokompas.web.assessment;

import static nl.regiokompas.web.Api.body;
import static org.assertj.core.api.Assertions.assertThat;

import nl.regiokompas.web.Api;
import nl.regiokompas.web.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Bad input of any kind answers problem+json with the right status and leaves no trace in the history. */
class BadInputTest extends IntegrationTest {

    private AssessmentScenarios assessment;
    private int eventsBefore;

    @BeforeEach
    void openAssessment() {
        assessment = AssessmentScenarios.open(api, "TOEZICHT");
        assessment.input("BUN", "BELEID", "C1", "REGIONAAL", "Kennis bundelen.");
        eventsBefore = historySize();
    }

    @Test
    void malformed_json_is_a_bad_request() {
        Api.Response response = api.postRaw("strateeg.bun", assessment.path("/inputs"), "{\"gemeente\": \"BUN\", ");

        assertProblem(response, 400);
    }

    @Test
    void a_field_of_the_wrong_type_is_a_bad_request() {
        Api.Response response = api.postRaw("strateeg.bun", assessment.path("/inputs"),
                "{\"gemeente\":\"BUN\",\"layer\":\"BELEID\",\"criterion\":\"C1\",\"text\":\"x\",\"expectedVersion\":\"een\"}");

        assertProblem(response, 400);
    }

    @Test
    void unknown_layer_is_refused_naming_the_field() {
        Api.Response response = api.post("strateeg.bun", assessment.path("/inputs"), body(
                "gemeente", "BUN", "layer", "STRATEGIE", "criterion", "C1", "text", "Tekst",
                "expectedVersion", assessment.version));

        assertProblem(response, 400);
        assertThat(response.json().get("errors").get(0).get("field").asText()).isEqualTo("layer");
        assertThat(response.json().get("detail").asText()).contains("STRATEGIE");
    }

    @Test
    void unknown_criterion_is_refused() {
        Api.Response response = api.post("strateeg.bun", assessment.path("/inputs"), body(
                "gemeente", "BUN", "layer", "BELEID", "criterion", "C9", "text", "Tekst",
                "expectedVersion", assessment.version));

        assertProblem(response, 400);
    }

    @Test
    void unknown_scale_in_a_proposal_is_refused() {
        Api.Response response = api.post("strateeg.bun", assessment.path("/proposals"), body(
                "scales", java.util.Map.of("BELEID", "LANDELIJK", "BEDRIJFSVOERING", "LOKAAL", "UITVOERING", "LOKAAL"),
                "rationale", "Waarom niet.", "expectedVersion", assessment.version));

        assertProblem(response, 400);
    }

    @Test
    void text_longer_than_ten_thousand_characters_is_refused() {
        Api.Response response = api.post("strateeg.bun", assessment.path("/inputs"), body(
                "gemeente", "BUN", "layer", "BELEID", "criterion", "C2", "text", "x".repeat(10_001),
                "expectedVersion", assessment.version));

        assertProblem(response, 400);
    }

    @Test
    void half_a_utf16_pair_in_a_text_is_refused_naming_the_field() {
        Api.Response response = api.postRaw("strateeg.bun", assessment.path("/inputs"),
                "{\"gemeente\":\"BUN\",\"layer\":\"BELEID\",\"criterion\":\"C2\",\"text\":\"Half \\ud800 teken\","
                        + "\"expectedVersion\":" + assessment.version + "}");

        assertProblem(response, 400);
        assertThat(response.json().get("errors").get(0).get("field").asText()).isEqualTo("text");
        assertThat(response.json().get("detail").asText()).startsWith("De toelichting bevat een ongeldig teken");
    }

    @Test
    void missing_expected_version_is_refused() {
        Api.Response response = api.post("strateeg.bun", assessment.path("/inputs"), body(
                "gemeente", "BUN", "layer", "BELEID", "criterion", "C2", "text", "Tekst"));

        assertProblem(response, 400);
        assertThat(response.json().get("errors").get(0).get("field").asText()).isEqualTo("expectedVersion");
    }

    @Test
    void unknown_theme_is_refused() {
        Api.Response response = api.post("strateeg.bun", "/api/assessments", body("themeCode", "ONBEKEND"));

        assertProblem(response, 400);
    }

    @Test
    void a_raadslid_may_not_write() {
        Api.Response response = api.post("raadslid.bun", assessment.path("/inputs"), body(
                "gemeente", "BUN", "layer", "BELEID", "criterion", "C2", "text", "Tekst",
                "expectedVersion", assessment.version));

        assertProblem(response, 403);
    }

    @Test
    void a_bestuurder_may_not_confirm_for_another_gemeente() {
        int revision = assessment.propose(AssessmentScenarios.REGIONAL_SCALES);
        eventsBefore = historySize();

        Api.Response response = api.post("bestuurder.bun", assessment.path("/confirmations"), body(
                "gemeente", "HOU", "revision", revision, "expectedVersion", assessment.version));

        assertProblem(response, 403);
    }

    @Test
    void confirming_an_old_revision_is_a_conflict() {
        assessment.propose(AssessmentScenarios.REGIONAL_SCALES);
        assessment.propose(AssessmentScenarios.REGIONAL_SCALES);
        eventsBefore = historySize();

        Api.Response response = api.post("bestuurder.bun", assessment.path("/confirmations"), body(
                "gemeente", "BUN", "revision", 1, "expectedVersion", assessment.version));

        assertProblem(response, 409);
    }

    @Test
    void unknown_assessment_is_not_found() {
        Api.Response response = api.post("strateeg.bun", "/api/assessments/bestaat-niet/inputs", body(
                "gemeente", "BUN", "layer", "BELEID", "criterion", "C2", "text", "Tekst", "expectedVersion", 0));

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.isProblem()).isTrue();
    }

    @Test
    void an_unseen_change_to_the_same_cell_is_a_conflict() {
        Api.Response asProgrammateam = api.post("programmateam", assessment.path("/inputs"), body(
                "gemeente", "BUN", "layer", "BELEID", "criterion", "C1", "text", "Anders",
                "expectedVersion", 0));

        assertProblem(asProgrammateam, 409);
        assertThat(asProgrammateam.json().get("unseenChanges").get(0).get("by").asText()).isNotBlank();
    }

    @Test
    void a_strateeg_may_not_give_input_for_another_gemeente() {
        Api.Response response = api.post("strateeg.hou", assessment.path("/inputs"), body(
                "gemeente", "BUN", "layer", "BELEID", "criterion", "C2", "text", "Namens Bunnik",
                "expectedVersion", assessment.version));

        assertProblem(response, 403);
    }

    @Test
    void not_signed_in_is_unauthorized() {
        Api.Response response = api.get(null, "/api/assessments");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.isProblem()).isTrue();
    }

    private void assertProblem(Api.Response response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.isProblem()).as(response.contentType()).isTrue();
        assertThat(response.json().get("title").asText()).isNotBlank();
        assertThat(response.json().get("detail").asText()).isNotBlank();
        assertThat(historySize()).as("a refused command leaves no event").isEqualTo(eventsBefore);
    }

    private int historySize() {
        return api.get("auditor", assessment.path("/history")).json().size();
    }
}
