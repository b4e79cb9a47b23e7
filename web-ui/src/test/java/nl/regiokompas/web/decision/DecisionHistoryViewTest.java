package nl.regiokompas.web.decision;

import static nl.regiokompas.web.Api.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import nl.regiokompas.web.Api;
import nl.regiokompas.web.IntegrationTest;
import nl.regiokompas.web.assessment.AssessmentScenarios;
import org.junit.jupiter.api.Test;

/** GET /api/decisions: every decision of every cycle, newest first, filtered in the database. */
class DecisionHistoryViewTest extends IntegrationTest {

    private static final Map<String, String> ALL_LOCAL = Map.of(
            "BELEID", "LOKAAL", "BEDRIJFSVOERING", "LOKAAL", "UITVOERING", "LOKAAL");

    @Test
    void the_decision_of_every_cycle_stays_in_the_history_newest_first() {
        AssessmentScenarios jeugd = AssessmentScenarios.open(api, "JEUGD");
        jeugd.decide();
        reopen(jeugd);
        int first = jeugd.propose(ALL_LOCAL);
        int second = jeugd.propose(AssessmentScenarios.REGIONAL_SCALES);
        AssessmentScenarios.GEMEENTEN.forEach(gemeente -> jeugd.confirm(gemeente, second));

        List<JsonNode> decisions = decisionsOf(jeugd, "/api/decisions?themeCode=JEUGD", 2);

        assertThat(decisions).extracting(d -> d.get("cycle").asInt()).containsExactly(2, 1);
        JsonNode latest = decisions.get(0);
        assertThat(latest.get("revision").asInt()).isEqualTo(second);
        assertThat(latest.get("revisions").asInt()).isEqualTo(2);
        assertThat(second).isGreaterThan(first);
        assertThat(latest.get("themeCode").asText()).isEqualTo("JEUGD");
        assertThat(latest.get("title").asText()).isNotBlank();
        assertThat(latest.get("scales").get("UITVOERING").asText()).isEqualTo("LOKAAL");
        assertThat(latest.get("confirmations")).hasSize(5);
        assertThat(latest.get("confirmations").get(0).get("by").asText()).startsWith("bestuurder.");
        assertThat(latest.get("gemeenten")).hasSize(5);
        assertThat(latest.get("firstProposedAt").asText()).endsWith("Z");
        assertThat(latest.get("leadTimeSeconds").asLong()).isNotNegative();
        assertThat(latest.get("decidedAt").asText()).isGreaterThanOrEqualTo(decisions.get(1).get("decidedAt").asText());
    }

    @Test
    void a_decision_carries_its_responsibilities_and_preconditions() {
        AssessmentScenarios wmo = AssessmentScenarios.open(api, "WMO");
        post(wmo, "strateeg.bun", "/responsibilities", body("layer", "UITVOERING", "kind", "UITVOERING",
                "level", "OPERATIONEEL", "holder", "Sociale teams"));
        post(wmo, "strateeg.bun", "/preconditions", body("kind", "CULTUUR", "text", "Vertrouwen tussen teams."));
        wmo.decide();

        JsonNode decision = decisionsOf(wmo, "/api/decisions?themeCode=WMO", 1).get(0);

        assertThat(decision.get("responsibilities").get(0).get("holder").asText()).isEqualTo("Sociale teams");
        assertThat(decision.get("preconditions").get(0).get("kind").asText()).isEqualTo("CULTUUR");
    }

    @Test
    void layer_and_scale_filter_on_the_scale_decided_for_that_layer() {
        AssessmentScenarios toezicht = AssessmentScenarios.open(api, "TOEZICHT");
        toezicht.decide();
        decisionsOf(toezicht, "/api/decisions", 1);

        assertThat(ids("/api/decisions?layer=UITVOERING&scale=LOKAAL")).contains(toezicht.assessmentId);
        assertThat(ids("/api/decisions?layer=UITVOERING&scale=REGIONAAL")).doesNotContain(toezicht.assessmentId);
        assertThat(ids("/api/decisions?scale=REGIONAAL")).contains(toezicht.assessmentId);
        assertThat(ids("/api/decisions?scale=BOVENREGIONAAL")).doesNotContain(toezicht.assessmentId);
    }

    @Test
    void gemeente_filters_on_the_gemeenten_that_took_part() {
        AssessmentScenarios leerplicht = AssessmentScenarios.openFor(api, "LEERPLICHT", List.of("BUN", "HOU"));
        String assessmentId = leerplicht.assessmentId;
        leerplicht.propose(AssessmentScenarios.REGIONAL_SCALES);
        long version = leerplicht.version;
        for (String gemeente : List.of("BUN", "HOU")) {
            version = api.post("bestuurder." + gemeente.toLowerCase(), "/api/assessments/" + assessmentId
                    + "/confirmations", body("gemeente", gemeente, "revision", 1, "expectedVersion", version)).version();
        }

        await().atMost(Duration.ofSeconds(10)).until(() -> ids("/api/decisions?gemeente=HOU").contains(assessmentId));
        assertThat(ids("/api/decisions?gemeente=ZST")).doesNotContain(assessmentId);
    }

    @Test
    void a_period_filters_on_the_moment_of_decision() {
        AssessmentScenarios vervoer = AssessmentScenarios.open(api, "LEERLINGENVERVOER");
        vervoer.decide();
        decisionsOf(vervoer, "/api/decisions", 1);

        assertThat(ids("/api/decisions?from=2000-01-01&to=2999-01-01")).contains(vervoer.assessmentId);
        assertThat(ids("/api/decisions?from=2999-01-01")).doesNotContain(vervoer.assessmentId);
        assertThat(ids("/api/decisions?to=2000-01-01T00:00:00Z")).doesNotContain(vervoer.assessmentId);
    }

    @Test
    void a_malformed_moment_is_a_bad_request() {
        Api.Response response = api.get("raadslid.bun", "/api/decisions?from=gisteren");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.isProblem()).isTrue();
        assertThat(response.json().get("errors").get(0).get("field").asText()).isEqualTo("from");
    }

    private List<JsonNode> decisionsOf(AssessmentScenarios assessment, String path, int expected) {
        List<JsonNode> found = new ArrayList<>();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            found.clear();
            api.get("raadslid.bun", path).json().forEach(decision -> {
                if (decision.get("assessmentId").asText().equals(assessment.assessmentId)) {
                    found.add(decision);
                }
            });
            assertThat(found).hasSize(expected);
        });
        return found;
    }

    private List<String> ids(String path) {
        List<String> ids = new ArrayList<>();
        api.get("raadslid.bun", path).json().forEach(decision -> ids.add(decision.get("assessmentId").asText()));
        return ids;
    }

    private void reopen(AssessmentScenarios assessment) {
        post(assessment, "programmateam", "/reopen", body("reason", "Nieuwe ronde."));
    }

    private void post(AssessmentScenarios assessment, String user, String suffix, Map<String, Object> body) {
        body.put("expectedVersion", assessment.version);
        Api.Response response = api.post(user, assessment.path(suffix), body);
        assertThat(response.status()).as(response.toString()).isBetween(200, 201);
        assessment.version = response.version();
    }
}
