package nl.regiokompas.web.framework;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import nl.regiokompas.web.Api;
import nl.regiokompas.web.IntegrationTest;
import org.junit.jupiter.api.Test;

class ReferenceDataTest extends IntegrationTest {

    @Test
    void the_region_lists_its_gemeenten_and_gremia_from_the_seed() {
        JsonNode region = api.get("raadslid.bun", "/api/region").json();

        assertThat(region.get("code").asText()).isEqualTo("ZOU");
        assertThat(region.get("gemeenten")).hasSize(5);
        assertThat(region.get("gemeenten").get(0).get("code").asText()).isEqualTo("BUN");
        assertThat(region.get("gremia").size()).isPositive();
    }

    @Test
    void the_current_framework_has_six_criteria_with_a_question_per_layer() {
        JsonNode framework = api.get("strateeg.hou", "/api/framework").json();

        assertThat(framework.get("version").asInt()).isPositive();
        assertThat(framework.get("criteria")).hasSize(6);
        assertThat(framework.get("criteria").get(2).get("questions").get("UITVOERING").asText()).isNotBlank();
        assertThat(framework.get("layers")).hasSize(3);
        assertThat(framework.get("scales")).hasSize(3);
        assertThat(framework.get("outcomeGuideline").has("REGIONAAL")).isTrue();
    }

    @Test
    void the_framework_versions_start_with_the_seeded_version() {
        JsonNode versions = api.get("auditor", "/api/framework/versions").json();

        assertThat(versions.get(0).get("version").asInt()).isEqualTo(1);
        assertThat(versions.get(0).get("adoptedBy").asText()).isEqualTo("system");
    }

    @Test
    void an_unknown_framework_version_is_not_found() {
        Api.Response response = api.get("auditor", "/api/framework/versions/99");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.isProblem()).isTrue();
    }

    @Test
    void the_contract_is_published_as_openapi() {
        Api.Response docs = api.get(null, "/v3/api-docs");

        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().get("paths").has("/api/assessments/{id}/confirmations")).isTrue();
    }

    @Test
    void the_openapi_page_is_browsable() {
        Api.Response page = api.get(null, "/swagger-ui/index.html", "text/html");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("swagger");
    }
}
