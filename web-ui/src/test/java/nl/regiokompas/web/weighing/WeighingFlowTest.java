package nl.regiokompas.web.weighing;

import static nl.regiokompas.web.Api.body;
import static nl.regiokompas.web.assessment.AssessmentScenarios.GEMEENTEN;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import nl.regiokompas.web.Api;
import nl.regiokompas.web.IntegrationTest;
import nl.regiokompas.web.assessment.AssessmentScenarios;
import org.junit.jupiter.api.Test;

/** A form weighing over HTTP: from the confirmed theme to the chosen form, and the refusals on the way. */
class WeighingFlowTest extends IntegrationTest {

    @Test
    void the_scores_stand_side_by_side_per_gemeente_with_the_spread_where_they_disagree() {
        WeighingScenario weighing = WeighingScenario.openOnDecided(api, "LEERPLICHT");
        weighing.score("BUN", "NETWERK", "SNELHEID", 2);
        weighing.score("HOU", "NETWERK", "SNELHEID", -1);
        weighing.score("HOU", "NETWERK", "EFFICIENCY", 1);
        weighing.score("ZST", "NETWERK", "EFFICIENCY", 1);

        JsonNode document = weighing.document("raadslid.uhr");

        assertThat(document.get("criteria")).hasSize(8);
        assertThat(document.get("scores")).hasSize(4);
        JsonNode snelheid = cell(document, "NETWERK", "SNELHEID");
        assertThat(snelheid.get("lowest").asInt()).isEqualTo(-1);
        assertThat(snelheid.get("highest").asInt()).isEqualTo(2);
        assertThat(snelheid.get("disagree").asBoolean()).isTrue();
        assertThat(cell(document, "NETWERK", "EFFICIENCY").get("disagree").asBoolean()).isFalse();
        assertThat(document.get("history").get(1).get("description").asText())
                .isEqualTo("Bunnik scoort netwerkorganisatie op snelheid en flexibiliteit: +2.");
        assertThat(document.get("history").get(1).get("byName").asText()).isNotBlank();
    }

    @Test
    void the_bestuurders_confirm_the_proposed_form_and_the_last_confirmation_chooses_it() {
        WeighingScenario weighing = WeighingScenario.openOnDecided(api, "TOEZICHT");
        weighing.raadRole("NETWERK");
        int revision = weighing.propose("NETWERK");

        List<Boolean> chosen = new ArrayList<>();
        for (String gemeente : GEMEENTEN) {
            Api.Response confirmed = weighing.confirm(gemeente, revision);
            assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
            chosen.add(confirmed.json().get("chosen").asBoolean());
        }

        assertThat(chosen).containsExactly(false, false, false, false, true);
        JsonNode document = weighing.document("auditor");
        assertThat(document.get("status").asText()).isEqualTo("GEKOZEN");
        assertThat(document.get("chosen").get("form").asText()).isEqualTo("NETWERK");
        assertThat(document.get("themes").get(0).get("decisionId").asText()).isNotBlank();
        assertThat(document.get("raadRoles").get(0).get("text").asText()).contains("raden");
        assertThat(document.get("allowedActions").get("mayConfirm").asBoolean()).isFalse();
        JsonNode evaluation = api.get("auditor", "/api/evaluation?from=2020-01-01T00:00:00Z").json();
        assertThat(evaluation.get("themes")).isNotNull();
        assertThat(evaluation.get("weighings").findValuesAsText("weighingId")).contains(weighing.weighingId);
    }

    @Test
    void a_new_revision_asks_every_bestuurder_again() {
        WeighingScenario weighing = WeighingScenario.openOnDecided(api, "WMO");
        weighing.raadRole("NETWERK");
        int first = weighing.propose("NETWERK");
        weighing.confirm("BUN", first);
        weighing.propose("NETWERK");

        Api.Response stale = weighing.confirm("HOU", first);

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("detail").asText()).contains("niet het actuele voorstel");
        assertThat(weighing.document("bestuurder.bun").get("allowedActions").get("mayConfirm").asBoolean()).isTrue();
    }

    @Test
    void a_theme_without_a_confirmed_assessment_cannot_be_weighed() {
        // Given: no confirmed assessment of the theme (other tests of the shared database may have confirmed one).
        for (var listed : api.get("programmateam", "/api/assessments").json()) {
            if ("SOCIALE_TEAMS".equals(listed.path("themeCode").asText())
                    && "BESLOTEN".equals(listed.path("status").asText())) {
                Api.Response reopened = api.post("programmateam", "/api/assessments/"
                        + listed.get("assessmentId").asText() + "/reopen", body("reason", "Herijking.",
                        "expectedVersion", listed.get("version").asLong()));
                assertThat(reopened.status()).as(reopened.toString()).isEqualTo(200);
            }
        }
        Api.Response refused = api.post("programmateam", "/api/weighings",
                body("themeCodes", List.of("SOCIALE_TEAMS"), "forms", WeighingScenario.FORMS));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.isProblem()).isTrue();
        assertThat(refused.json().get("detail").asText()).startsWith("Thema Sociale teams heeft nog geen bevestigd");
    }

    @Test
    void a_score_outside_minus_two_to_plus_two_is_bad_input_and_changes_nothing() {
        WeighingScenario weighing = WeighingScenario.openOnDecided(api, "JEUGD");

        Api.Response refused = weighing.score("BUN", "NETWERK", "SNELHEID", 5);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("detail").asText()).isEqualTo("Een score loopt van -2 tot en met +2; gegeven: 5.");
        assertThat(weighing.document("auditor").get("scores")).isEmpty();
    }

    @Test
    void a_strateeg_scores_only_for_the_own_gemeente() {
        WeighingScenario weighing = WeighingScenario.openOnDecided(api, "JEUGD");

        Api.Response refused = api.post("strateeg.bun", weighing.path("/scores"), body("gemeente", "HOU",
                "form", "NETWERK", "criterion", "SNELHEID", "score", 1, "argument", "x"));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("detail").asText())
                .isEqualTo("Een strateeg scoort alleen voor de eigen gemeente (Bunnik), niet voor Houten.");
    }

    @Test
    void a_raadslid_reads_a_weighing_but_opens_none() {
        Api.Response refused = api.post("raadslid.bun", "/api/weighings",
                body("themeCodes", List.of("JEUGD"), "forms", WeighingScenario.FORMS));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.isProblem()).isTrue();
    }

    @Test
    void an_unknown_weighing_is_not_found() {
        assertThat(api.get("auditor", "/api/weighings/bestaat-niet").status()).isEqualTo(404);
        Api.Response refused = api.post("strateeg.bun", "/api/weighings/bestaat-niet/scores", body("gemeente", "BUN",
                "form", "NETWERK", "criterion", "SNELHEID", "score", 1, "argument", "x"));
        assertThat(refused.status()).isEqualTo(404);
        assertThat(refused.isProblem()).isTrue();
    }

    /** Issue 11 §3 holds on the weighing as on the assessment: only the gemeente's bestuurder blocks. */
    @Test
    void a_strateeg_may_not_intervene_on_a_weighing() {
        WeighingScenario weighing = WeighingScenario.openOnDecided(api, "JEUGD");
        weighing.raadRole("NETWERK");
        weighing.propose("NETWERK");

        Api.Response refused = api.post("strateeg.bun", weighing.path("/interventions"),
                body("gemeente", "BUN", "kind", "BEZWAAR", "reason", "Eerst de raad"));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
        assertThat(refused.isProblem()).isTrue();
        assertThat(weighing.document("strateeg.bun").get("allowedActions").get("mayIntervene").asBoolean()).isFalse();
    }

    /** Issue 11 §3: the region overrules no gemeente, on a weighing neither. */
    @Test
    void verworpen_is_refused_and_the_intervention_stays_open() {
        WeighingScenario weighing = proposedOnJeugd();
        String interventionId = weighing.intervene("BUN");

        Api.Response refused = weighing.resolve("programmateam", interventionId, "outcome", "VERWORPEN",
                "note", "Wij gaan door");

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.isProblem()).isTrue();
        assertThat(refused.json().get("detail").asText()).contains("overrulet geen gemeente");
        JsonNode document = weighing.document("programmateam");
        assertThat(document.get("interventions").get(0).get("status").asText()).isEqualTo("OPEN");
        assertThat(document.get("allowedActions").get("mayResolveWith").toString())
                .isEqualTo("[\"DOORVERWEZEN\"]");
    }

    @Test
    void the_own_bestuurder_withdraws_the_intervention_and_the_form_is_chosen() {
        WeighingScenario weighing = proposedOnJeugd();
        String interventionId = weighing.intervene("BUN");
        GEMEENTEN.forEach(gemeente -> weighing.confirm(gemeente, 1));
        assertThat(weighing.document("bestuurder.bun").get("allowedActions").get("mayResolveWith").toString())
                .isEqualTo("[\"INGETROKKEN\",\"DOORVERWEZEN\"]");

        Api.Response byTheTeam = weighing.resolve("programmateam", interventionId, "outcome", "INGETROKKEN",
                "note", "Ingetrokken");
        Api.Response withdrawn = weighing.resolve("bestuurder.bun", interventionId, "outcome", "INGETROKKEN",
                "note", "De raad is gehoord");

        assertThat(byTheTeam.status()).as(byTheTeam.toString()).isEqualTo(403);
        assertThat(byTheTeam.json().get("detail").asText()).isEqualTo(
                "Alleen de bestuurder van Bunnik kan deze interventie intrekken.");
        assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);
        assertThat(withdrawn.json().get("chosen").asBoolean()).isTrue();
        JsonNode document = weighing.document("auditor");
        assertThat(document.get("interventions").get(0).get("status").asText()).isEqualTo("INGETROKKEN");
        assertThat(document.get("status").asText()).isEqualTo("GEKOZEN");
    }

    @Test
    void a_referral_to_the_bestuurstafel_keeps_the_intervention_open() {
        WeighingScenario weighing = proposedOnJeugd();
        String interventionId = weighing.intervene("BUN");

        Api.Response referred = weighing.resolve("programmateam", interventionId, "outcome", "DOORVERWEZEN",
                "note", "Naar de BT", "bestuurstafelOn", "2027-04-12");

        assertThat(referred.status()).as(referred.toString()).isEqualTo(200);
        JsonNode intervention = weighing.document("raadslid.bun").get("interventions").get(0);
        assertThat(intervention.get("status").asText()).isEqualTo("OPEN");
        assertThat(intervention.get("bestuurstafelOn").asText()).isEqualTo("2027-04-12");
    }

    @Test
    void an_intervention_without_a_kind_is_bad_input() {
        WeighingScenario weighing = WeighingScenario.openOnDecided(api, "JEUGD");

        Api.Response refused = api.post("bestuurder.bun", weighing.path("/interventions"),
                body("gemeente", "BUN", "reason", "Eerst de raad"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.isProblem()).isTrue();
    }

    @Test
    void the_governance_form_of_an_assessment_is_refused_with_a_pointer_to_the_weighing() {
        AssessmentScenarios assessment = AssessmentScenarios.open(api, "JEUGD");
        assessment.decide();

        Api.Response refused = api.post("programmateam", assessment.path("/governance-form"),
                body("form", "NETWERK", "rationale", "Past", "expectedVersion", assessment.version));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.isProblem()).isTrue();
        assertThat(refused.json().get("detail").asText()).contains("vormafweging");
    }

    /** A weighing of JEUGD with revision 1 proposed. */
    private WeighingScenario proposedOnJeugd() {
        WeighingScenario weighing = WeighingScenario.openOnDecided(api, "JEUGD");
        weighing.raadRole("NETWERK");
        weighing.propose("NETWERK");
        return weighing;
    }

    private static JsonNode cell(JsonNode document, String form, String criterion) {
        for (JsonNode spread : document.get("spread")) {
            if (spread.get("form").asText().equals(form) && spread.get("criterion").asText().equals(criterion)) {
                return spread;
            }
        }
        throw new AssertionError("no spread for " + form + "/" + criterion + " in " + document);
    }
}
