package nl.regiokompas.web.reflection;

import static nl.regiokompas.web.Api.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import nl.regiokompas.web.Api;
import nl.regiokompas.web.IntegrationTest;
import nl.regiokompas.web.assessment.AssessmentScenarios;
import org.junit.jupiter.api.Test;

/** GET /api/reflections: reflections by level, period and assessment. */
class ReflectionViewTest extends IntegrationTest {

    private static final String PROMPT = "Werkt het zoals bedoeld?";

    @Test
    void a_reflection_on_an_assessment_is_listed_with_its_theme_answers_and_author() {
        AssessmentScenarios jeugd = AssessmentScenarios.open(api, "JEUGD");
        String reflectionId = reflect("strateeg.hou", jeugd.assessmentId, "AMBTELIJK");

        JsonNode reflection = awaitSingle("/api/reflections?assessmentId=" + jeugd.assessmentId);

        assertThat(reflection.get("reflectionId").asText()).isEqualTo(reflectionId);
        assertThat(reflection.get("themeCode").asText()).isEqualTo("JEUGD");
        assertThat(reflection.get("level").asText()).isEqualTo("AMBTELIJK");
        assertThat(reflection.get("answers").get(PROMPT).asText()).isEqualTo("Grotendeels.");
        assertThat(reflection.get("text").asText()).isEqualTo("De rollen werden duidelijker.");
        assertThat(reflection.get("by").asText()).isEqualTo("strateeg.hou");
        assertThat(reflection.get("gemeente").asText()).isEqualTo("HOU");
        assertThat(reflection.get("recordedAt").asText()).endsWith("Z");
    }

    @Test
    void level_and_period_filter_the_list() {
        AssessmentScenarios wmo = AssessmentScenarios.open(api, "WMO");
        String reflectionId = reflect("programmateam", wmo.assessmentId, "BESTUURLIJK");
        awaitSingle("/api/reflections?assessmentId=" + wmo.assessmentId);

        assertThat(api.get("raadslid.bun", "/api/reflections?level=BESTUURLIJK").body()).contains(reflectionId);
        assertThat(api.get("raadslid.bun", "/api/reflections?level=UITVOEREND").body()).doesNotContain(reflectionId);
        assertThat(api.get("raadslid.bun", "/api/reflections?from=2000-01-01&to=2999-01-01").body())
                .contains(reflectionId);
        assertThat(api.get("raadslid.bun", "/api/reflections?from=2999-01-01").body()).doesNotContain(reflectionId);
    }

    @Test
    void a_reflection_without_assessment_has_no_theme() {
        String reflectionId = reflect("programmateam", null, "UITVOEREND");

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(api.get("raadslid.bun", "/api/reflections?level=UITVOEREND").body()).contains(reflectionId));
        api.get("raadslid.bun", "/api/reflections?level=UITVOEREND").json().forEach(reflection -> {
            if (reflection.get("reflectionId").asText().equals(reflectionId)) {
                assertThat(reflection.get("themeCode").isNull()).isTrue();
                assertThat(reflection.get("assessmentId").isNull()).isTrue();
            }
        });
    }

    private String reflect(String user, String assessmentId, String level) {
        Map<String, Object> body = body("level", level, "answers", Map.of(PROMPT, "Grotendeels."),
                "text", "De rollen werden duidelijker.");
        if (assessmentId != null) {
            body.put("assessmentId", assessmentId);
        }
        Api.Response response = api.post(user, "/api/reflections", body);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().get("reflectionId").asText();
    }

    private JsonNode awaitSingle(String path) {
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(api.get("raadslid.bun", path).json()).hasSize(1));
        return api.get("raadslid.bun", path).json().get(0);
    }
}
