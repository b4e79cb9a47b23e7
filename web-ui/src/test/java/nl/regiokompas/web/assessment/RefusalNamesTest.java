package nl.regiokompas.web.assessment;

import static nl.regiokompas.web.Api.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import nl.regiokompas.web.Api;
import nl.regiokompas.web.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Problem details are read by people: they name gemeenten, layers and scales by their names in the
 * framework, never by their codes. {@code errors[].field} keeps the field name of the request.
 */
class RefusalNamesTest extends IntegrationTest {

    private AssessmentScenarios assessment;

    @BeforeEach
    void openAssessment() {
        assessment = AssessmentScenarios.open(api, "LEERPLICHT");
    }

    @Test
    void a_proposal_without_a_scale_for_a_layer_names_the_layer_and_the_scales() {
        Api.Response response = api.post("strateeg.bun", assessment.path("/proposals"), body(
                "scales", Map.of("BEDRIJFSVOERING", "LOKAAL", "UITVOERING", "LOKAAL"),
                "rationale", "Waarom niet.", "expectedVersion", assessment.version));

        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(detail(response))
                .isEqualTo("Kies een schaal voor laag Beleid uit lokaal, regionaal, bovenregionaal.")
                .doesNotContain("BELEID", "REGIONAAL");
        assertThat(response.json().get("errors").get(0).get("field").asText()).isEqualTo("scales");
    }

    @Test
    void input_for_another_gemeente_names_both_gemeenten() {
        Api.Response response = api.post("strateeg.bun", assessment.path("/inputs"), body(
                "gemeente", "HOU", "layer", "BELEID", "criterion", "C2", "text", "Namens Houten",
                "expectedVersion", assessment.version));

        assertThat(response.status()).as(response.toString()).isEqualTo(403);
        assertThat(detail(response))
                .isEqualTo("Een strateeg geeft alleen input voor de eigen gemeente (Bunnik), niet voor Houten.")
                .doesNotContain("BUN", "HOU");
    }

    @Test
    void a_missing_responsibility_level_is_asked_for_in_dutch() {
        Api.Response response = api.post("strateeg.bun", assessment.path("/responsibilities"), body(
                "layer", "BELEID", "kind", "RICHTING", "holder", "Bestuurstafel",
                "expectedVersion", assessment.version));

        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(detail(response)).isEqualTo("Kies het niveau uit bestuurlijk, ambtelijk, operationeel.");
        assertThat(response.json().get("errors").get(0).get("field").asText()).isEqualTo("level");
    }

    @Test
    void a_missing_expected_version_is_asked_for_in_dutch_naming_the_field() {
        Api.Response response = api.post("strateeg.bun", assessment.path("/inputs"), body(
                "gemeente", "BUN", "layer", "BELEID", "criterion", "C2", "text", "Tekst"));

        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asText()).isEqualTo("expectedVersion");
        assertThat(response.json().get("errors").get(0).get("message").asText())
                .isEqualTo(AssessmentCommandController.VERSION_MISSING);
    }

    @Test
    void opening_answers_the_version_the_command_side_reports() {
        Api.Response opened = api.post("strateeg.bun", "/api/assessments", body("themeCode", "WMO"));

        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        Api.Response history = api.get("auditor",
                "/api/assessments/" + opened.json().get("assessmentId").asText() + "/history");
        assertThat(opened.version()).isEqualTo(history.json().get(history.json().size() - 1).get("sequence").asLong());
    }

    private static String detail(Api.Response response) {
        return response.json().get("detail").asText();
    }
}
