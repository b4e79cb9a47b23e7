package nl.regiokompas.web.evaluation;

import static nl.regiokompas.web.Api.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import nl.regiokompas.web.Api;
import nl.regiokompas.web.IntegrationTest;
import nl.regiokompas.web.assessment.AssessmentScenarios;
import org.junit.jupiter.api.Test;

/** GET /api/evaluation: per theme decisions, scale changes, lead times, interventions and reflections. */
class EvaluationViewTest extends IntegrationTest {

    private static final Map<String, String> REGIONAL_EXECUTION = Map.of(
            "BELEID", "REGIONAAL", "BEDRIJFSVOERING", "REGIONAAL", "UITVOERING", "REGIONAAL");

    @Test
    void a_scale_change_between_cycles_shows_in_the_evaluation() {
        AssessmentScenarios sociaal = twoCyclesWithAScaleChange();

        JsonNode decisions = awaitDecisions(sociaal, 2);

        JsonNode second = decisions.get(1);
        assertThat(second.get("cycle").asInt()).isEqualTo(2);
        assertThat(second.get("scales").get("UITVOERING").asText()).isEqualTo("REGIONAAL");
        assertThat(second.get("scaleChanges").get("UITVOERING").asText()).isEqualTo("LOKAAL>REGIONAAL");
        assertThat(second.get("scaleChanges").has("BELEID")).isFalse();
        assertThat(second.get("revisions").asInt()).isEqualTo(1);
        assertThat(second.get("leadTimeSeconds").asLong()).isNotNegative();
        assertThat(second.get("interventionsPerGemeente").get("WBD").asInt()).isEqualTo(1);
    }

    @Test
    void a_theme_counts_its_interventions_per_gemeente_and_reflections_per_level() {
        AssessmentScenarios sociaal = twoCyclesWithAScaleChange();
        awaitDecisions(sociaal, 2);

        JsonNode theme = theme(api.get("raadslid.bun", "/api/evaluation").json(), "SOCIALE_TEAMS");

        assertThat(theme.get("decisionCount").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(theme.get("interventionsPerGemeente").get("WBD").asInt()).isPositive();
        assertThat(theme.get("reflectionsPerLevel").get("BESTUURLIJK").asInt()).isPositive();
        assertThat(theme.get("averageRevisions").asDouble()).isPositive();
    }

    @Test
    void a_period_without_activity_has_no_themes() {
        JsonNode evaluation = api.get("raadslid.bun", "/api/evaluation?from=2999-01-01&to=2999-12-31").json();

        assertThat(evaluation.get("themes")).isEmpty();
        // a date is its midnight in Dutch time (CET in winter: 23:00 UTC the day before)
        assertThat(evaluation.get("from").asText()).isEqualTo("2998-12-31T23:00:00Z");
    }

    @Test
    void the_csv_export_has_a_header_and_one_row_per_decision() {
        AssessmentScenarios sociaal = twoCyclesWithAScaleChange();
        awaitDecisions(sociaal, 2);

        Api.Response csv = api.get("raadslid.bun", "/api/evaluation", "text/csv");

        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        List<String> lines = Arrays.asList(csv.body().split("\r\n"));
        assertThat(lines.get(0)).startsWith("themeCode,decisionId,assessmentId,cycle,revision,revisions,")
                .contains("scale_BELEID", "scale_UITVOERING", "leadTimeDays", "scaleChanges");
        List<String> rows = lines.stream().filter(line -> line.contains(sociaal.assessmentId)).toList();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1)).startsWith("SOCIALE_TEAMS,").contains("UITVOERING:LOKAAL>REGIONAAL");
    }

    @Test
    void the_spreadsheet_export_is_an_attachment_a_dutch_spreadsheet_splits_into_columns() throws Exception {
        AssessmentScenarios sociaal = twoCyclesWithAScaleChange();
        awaitDecisions(sociaal, 2);

        HttpResponse<byte[]> sheet = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(api.baseUrl() + "/api/evaluation/spreadsheet?from=2000-01-01"))
                .header("Authorization", Api.basic("raadslid.bun")).build(), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(sheet.statusCode()).isEqualTo(200);
        assertThat(sheet.headers().firstValue("Content-Type")).hasValue("text/csv;charset=UTF-8");
        assertThat(sheet.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"regiokompas-evaluatie.csv\"");
        assertThat(Arrays.copyOf(sheet.body(), 3)).containsExactly(0xEF, 0xBB, 0xBF);
        List<String> lines = Arrays.asList(new String(sheet.body(), StandardCharsets.UTF_8).substring(1).split("\r\n"));
        assertThat(lines.get(0)).startsWith("Thema;Bevestiging (id);Afweging (id);Cyclus;")
                .contains(";Schaal beleid;Schaal bedrijfsvoering;Schaal uitvoering;");
        List<String> rows = lines.stream().filter(line -> line.contains(sociaal.assessmentId)).toList();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1)).startsWith("Sociale teams;").contains("Uitvoering: Lokaal → Regionaal")
                .contains("Wijk bij Duurstede 1").matches(".*;\\d+,\\d;.*");
    }

    @Test
    void the_machine_readable_csv_and_json_stay_as_they_were() {
        assertThat(api.get("raadslid.bun", "/api/evaluation", "text/csv").body()).startsWith("themeCode,");
        assertThat(api.get("raadslid.bun", "/api/evaluation").json().has("themes")).isTrue();
    }

    private AssessmentScenarios twoCyclesWithAScaleChange() {
        AssessmentScenarios sociaal = AssessmentScenarios.open(api, "SOCIALE_TEAMS");
        sociaal.decide();
        Api.Response reopened = api.post("programmateam", sociaal.path("/reopen"),
                body("reason", "Evaluatie.", "expectedVersion", sociaal.version));
        sociaal.version = reopened.version();
        int revision = sociaal.propose(REGIONAL_EXECUTION);
        String interventionId = sociaal.intervene("WBD", "BEZWAAR").json().get("interventionId").asText();
        sociaal.resolve(interventionId, "INGETROKKEN");
        AssessmentScenarios.GEMEENTEN.forEach(gemeente -> sociaal.confirm(gemeente, revision));
        Api.Response reflection = api.post("programmateam", "/api/reflections", body("assessmentId",
                sociaal.assessmentId, "level", "BESTUURLIJK", "text", "Mandaten werden gevolgd."));
        assertThat(reflection.status()).as(reflection.toString()).isEqualTo(201);
        return sociaal;
    }

    private JsonNode awaitDecisions(AssessmentScenarios assessment, int expected) {
        JsonNode[] decisions = new JsonNode[1];
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode theme = theme(api.get("raadslid.bun", "/api/evaluation").json(), "SOCIALE_TEAMS");
            com.fasterxml.jackson.databind.node.ArrayNode mine =
                    new com.fasterxml.jackson.databind.ObjectMapper().createArrayNode();
            theme.get("decisions").forEach(decision -> {
                if (decision.get("assessmentId").asText().equals(assessment.assessmentId)) {
                    mine.add(decision);
                }
            });
            assertThat(mine).hasSize(expected);
            decisions[0] = mine;
        });
        return decisions[0];
    }

    private static JsonNode theme(JsonNode evaluation, String themeCode) {
        for (JsonNode theme : evaluation.get("themes")) {
            if (theme.get("themeCode").asText().equals(themeCode)) {
                return theme;
            }
        }
        throw new AssertionError("No theme " + themeCode + " in " + evaluation);
    }
}
