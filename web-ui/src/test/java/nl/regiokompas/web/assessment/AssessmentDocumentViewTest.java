package nl.regiokompas.web.assessment;

import static nl.regiokompas.web.Api.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import nl.regiokompas.web.Api;
import nl.regiokompas.web.IntegrationTest;
import org.junit.jupiter.api.Test;

/** GET /api/assessments and /api/assessments/{id}: the document of the current cycle, as docs/api.md describes it. */
class AssessmentDocumentViewTest extends IntegrationTest {

    @Test
    void a_newly_opened_assessment_is_open_at_version_zero_with_every_gemeente() {
        AssessmentScenarios jeugd = AssessmentScenarios.open(api, "JEUGD");

        JsonNode document = documentAt(jeugd);

        assertThat(document.get("assessmentId").asText()).isEqualTo(jeugd.assessmentId);
        assertThat(document.get("themeCode").asText()).isEqualTo("JEUGD");
        assertThat(document.get("status").asText()).isEqualTo("OPEN");
        assertThat(document.get("cycle").asInt()).isEqualTo(1);
        assertThat(document.get("version").asLong()).isZero();
        assertThat(document.get("frameworkVersion").asInt())
                .isEqualTo(api.get("strateeg.bun", "/api/framework").json().get("version").asInt());
        assertThat(texts(document.get("gemeenten"))).containsExactlyElementsOf(AssessmentScenarios.GEMEENTEN);
        assertThat(document.get("inputs")).isEmpty();
        assertThat(document.get("proposal").isNull()).isTrue();
        assertThat(document.get("decision").isNull()).isTrue();
    }

    @Test
    void a_later_input_on_the_same_cell_replaces_the_earlier_one() {
        AssessmentScenarios wmo = AssessmentScenarios.open(api, "WMO");
        wmo.input("BUN", "BELEID", "C1", "REGIONAAL", "Eerste gedachte.");
        wmo.input("HOU", "BELEID", "C1", "LOKAAL", "Houten ziet het anders.");
        wmo.input("BUN", "BELEID", "C1", "BOVENREGIONAAL", "Na overleg: bovenregionaal.");

        JsonNode inputs = documentAt(wmo).get("inputs");

        assertThat(inputs).hasSize(2);
        JsonNode bunnik = find(inputs, "gemeente", "BUN");
        assertThat(bunnik.get("leaning").asText()).isEqualTo("BOVENREGIONAAL");
        assertThat(bunnik.get("text").asText()).isEqualTo("Na overleg: bovenregionaal.");
        assertThat(bunnik.get("by").asText()).isEqualTo("strateeg.bun");
        assertThat(bunnik.get("at").asText()).endsWith("Z");
    }

    @Test
    void a_proposal_with_its_responsibilities_and_preconditions_shows_as_voorgesteld() {
        AssessmentScenarios toezicht = AssessmentScenarios.open(api, "TOEZICHT");
        int revision = toezicht.propose(AssessmentScenarios.REGIONAL_SCALES);
        post(toezicht, "strateeg.bun", "/responsibilities", body("layer", "BELEID", "kind", "RICHTING",
                "level", "BESTUURLIJK", "holder", "Bestuurstafel Sociaal Domein"));
        post(toezicht, "strateeg.bun", "/responsibilities", body("layer", "BELEID", "kind", "RICHTING",
                "level", "BESTUURLIJK", "holder", "Portefeuillehoudersoverleg"));
        String preconditionId = post(toezicht, "strateeg.bun", "/preconditions",
                body("kind", "MIDDELEN", "text", "Gezamenlijk budget voor contractmanagement."))
                .json().get("preconditionId").asText();

        JsonNode document = documentAt(toezicht);

        assertThat(document.get("status").asText()).isEqualTo("VOORGESTELD");
        JsonNode proposal = document.get("proposal");
        // each change of the package after the proposal made a new revision of it
        assertThat(proposal.get("revision").asInt()).isEqualTo(revision + 3);
        assertThat(proposal.get("scales").get("UITVOERING").asText()).isEqualTo("LOKAAL");
        assertThat(proposal.get("rationale").asText()).isNotBlank();
        assertThat(proposal.get("by").asText()).isEqualTo("strateeg.hou");
        assertThat(document.get("responsibilities")).hasSize(9);
        assertThat(document.get("responsibilities").get(8).get("holder").asText())
                .isEqualTo("Portefeuillehoudersoverleg");
        assertThat(document.get("preconditions").get(1).get("preconditionId").asText()).isEqualTo(preconditionId);
        assertThat(document.get("preconditions").get(1).get("kind").asText()).isEqualTo("MIDDELEN");
    }

    @Test
    void a_new_revision_voids_the_confirmations_of_the_earlier_one() {
        AssessmentScenarios leerplicht = AssessmentScenarios.open(api, "LEERPLICHT");
        int first = leerplicht.propose(AssessmentScenarios.REGIONAL_SCALES);
        leerplicht.confirm("BUN", first);
        leerplicht.confirm("HOU", first);
        assertThat(documentAt(leerplicht).get("confirmations")).hasSize(2);

        int second = leerplicht.propose(AssessmentScenarios.REGIONAL_SCALES);
        leerplicht.confirm("UHR", second);

        JsonNode confirmations = documentAt(leerplicht).get("confirmations");
        assertThat(confirmations).hasSize(1);
        assertThat(confirmations.get(0).get("gemeente").asText()).isEqualTo("UHR");
        assertThat(confirmations.get(0).get("revision").asInt()).isEqualTo(second);
        assertThat(confirmations.get(0).get("by").asText()).isEqualTo("bestuurder.uhr");
        assertThat(summaryOf(leerplicht).get("confirmations").asInt()).isEqualTo(1);
    }

    @Test
    void a_confirmation_shows_the_note_of_the_bestuurder_now_and_as_of_later() {
        AssessmentScenarios jeugd = AssessmentScenarios.open(api, "JEUGD");
        int revision = jeugd.propose(AssessmentScenarios.REGIONAL_SCALES);
        post(jeugd, "bestuurder.bun", "/confirmations",
                body("gemeente", "BUN", "revision", revision, "note", "Akkoord, mits de raad wordt gehoord."));
        jeugd.confirm("HOU", revision);

        JsonNode confirmations = documentAt(jeugd).get("confirmations");
        JsonNode asOf = api.get("auditor", jeugd.path("?asOf=" + java.time.Instant.now())).json().get("confirmations");

        assertThat(find(confirmations, "gemeente", "BUN").get("note").asText()).isEqualTo("Akkoord, mits de raad wordt gehoord.");
        assertThat(find(confirmations, "gemeente", "HOU").get("note").isNull()).isTrue();
        assertThat(asOf).isEqualTo(confirmations);
    }

    @Test
    void an_intervention_shows_as_open_until_it_is_resolved() {
        AssessmentScenarios sociaal = AssessmentScenarios.open(api, "SOCIALE_TEAMS");
        sociaal.propose(AssessmentScenarios.REGIONAL_SCALES);
        String interventionId = sociaal.intervene("WBD", "BEZWAAR").json().get("interventionId").asText();

        JsonNode open = find(documentAt(sociaal).get("interventions"), "interventionId", interventionId);
        assertThat(open.get("status").asText()).isEqualTo("OPEN");
        assertThat(open.get("gemeente").asText()).isEqualTo("WBD");
        assertThat(open.get("kind").asText()).isEqualTo("BEZWAAR");
        assertThat(open.get("by").asText()).isEqualTo("bestuurder.wbd");
        assertThat(summaryOf(sociaal).get("openInterventions").asInt()).isEqualTo(1);

        sociaal.resolve(interventionId, "INGETROKKEN");

        JsonNode resolved = find(documentAt(sociaal).get("interventions"), "interventionId", interventionId);
        assertThat(resolved.get("status").asText()).isEqualTo("INGETROKKEN");
        assertThat(summaryOf(sociaal).get("openInterventions").asInt()).isZero();
    }

    @Test
    void the_last_confirmation_shows_the_decision() {
        AssessmentScenarios vervoer = AssessmentScenarios.open(api, "LEERLINGENVERVOER");
        vervoer.decide();

        JsonNode document = documentAt(vervoer);

        assertThat(document.get("status").asText()).isEqualTo("BESLOTEN");
        JsonNode decision = document.get("decision");
        assertThat(decision.get("decisionId").asText()).isNotBlank();
        assertThat(decision.get("revision").asInt()).isEqualTo(1);
        assertThat(decision.get("scales").get("BELEID").asText()).isEqualTo("REGIONAAL");
        assertThat(decision.get("decidedAt").asText()).endsWith("Z");
        assertThat(document.get("confirmations")).hasSize(5);
        assertThat(summaryOf(vervoer).get("status").asText()).isEqualTo("BESLOTEN");
    }

    @Test
    void reopening_starts_an_empty_next_cycle() {
        AssessmentScenarios werk = AssessmentScenarios.open(api, "WERK_INKOMEN");
        werk.input("ZST", "UITVOERING", "C2", "LOKAAL", "Dicht bij inwoners.");
        werk.decide();
        Api.Response reopened = post(werk, "programmateam", "/reopen", body("reason", "Evaluatie 2028."));
        assertThat(reopened.json().get("cycle").asInt()).isEqualTo(2);

        JsonNode document = documentAt(werk);

        assertThat(document.get("status").asText()).isEqualTo("OPEN");
        assertThat(document.get("cycle").asInt()).isEqualTo(2);
        assertThat(document.get("version").asLong()).isEqualTo(werk.version);
        assertThat(document.get("inputs")).isEmpty();
        assertThat(document.get("proposal").isNull()).isTrue();
        assertThat(document.get("confirmations")).isEmpty();
        assertThat(document.get("decision").isNull()).isTrue();
    }

    @Test
    void the_list_shows_each_assessment_with_its_version_and_cycle() {
        AssessmentScenarios jeugd = AssessmentScenarios.open(api, "JEUGD");
        jeugd.input("BUN", "BELEID", "C3", "REGIONAAL", "Aanbieders werken regionaal.");
        documentAt(jeugd);

        JsonNode summary = summaryOf(jeugd);

        assertThat(summary.get("themeCode").asText()).isEqualTo("JEUGD");
        assertThat(summary.get("title").asText()).isNotBlank();
        assertThat(summary.get("status").asText()).isEqualTo("OPEN");
        assertThat(summary.get("version").asLong()).isEqualTo(1);
        assertThat(summary.get("cycle").asInt()).isEqualTo(1);
        assertThat(summary.get("openInterventions").asInt()).isZero();
        assertThat(summary.get("confirmations").asInt()).isZero();
    }

    @Test
    void the_document_says_what_the_caller_may_do_next() {
        AssessmentScenarios jeugd = AssessmentScenarios.open(api, "JEUGD");
        int revision = jeugd.propose(AssessmentScenarios.REGIONAL_SCALES);
        documentAt(jeugd);

        JsonNode strateeg = api.get("strateeg.hou", jeugd.path("")).json().get("allowedActions");
        JsonNode bestuurder = api.get("bestuurder.hou", jeugd.path("")).json().get("allowedActions");
        JsonNode raadslid = api.get("raadslid.hou", jeugd.path("")).json().get("allowedActions");

        assertThat(texts(strateeg.get("mayEditInputs"))).containsExactly("HOU");
        assertThat(strateeg.get("mayPropose").asBoolean()).isTrue();
        assertThat(strateeg.get("mayConfirm").asBoolean()).isFalse();
        assertThat(bestuurder.get("mayConfirm").asBoolean()).isTrue();
        assertThat(texts(bestuurder.get("roleMay"))).containsExactly("CONFIRM", "INTERVENE", "RESOLVE_INTERVENTION",
                "HANDLE_SIGNAL", "CONSENT_TO_DEVIATION", "RECORD_FORMAL_DECISION", "RECORD_GREMIUM_DISCUSSION",
                "WITHDRAW_CONFIRMATION", "RECORD_RAAD_INFORMED");
        assertThat(raadslid.get("roleMay")).isEmpty();

        jeugd.confirm("HOU", revision);
        JsonNode afterConfirming = api.get("bestuurder.hou", jeugd.path("/allowed-actions?minVersion=" + jeugd.version)).json();
        assertThat(afterConfirming.get("version").asLong()).isEqualTo(jeugd.version);
        assertThat(afterConfirming.get("mayConfirm").asBoolean()).isFalse();
    }

    @Test
    void a_document_as_of_an_instant_carries_no_allowed_actions() {
        AssessmentScenarios jeugd = AssessmentScenarios.open(api, "JEUGD");
        documentAt(jeugd);

        JsonNode asOf = api.get("auditor", jeugd.path("?asOf=" + java.time.Instant.now())).json();

        assertThat(asOf.get("assessmentId").asText()).isEqualTo(jeugd.assessmentId);
        assertThat(asOf.has("allowedActions")).isFalse();
    }

    @Test
    void an_unknown_assessment_is_not_found() {
        Api.Response response = api.get("raadslid.bun", "/api/assessments/bestaat-niet");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.isProblem()).isTrue();
    }

    @Test
    void a_version_the_projection_does_not_reach_answers_service_unavailable() {
        AssessmentScenarios jeugd = AssessmentScenarios.open(api, "JEUGD");

        Api.Response response = api.get("raadslid.bun", jeugd.path("?minVersion=99"));

        assertThat(response.status()).isEqualTo(503);
        assertThat(response.isProblem()).isTrue();
        assertThat(response.json().get("detail").asText()).contains("versie 99");
    }

    /** Read-your-writes: waits until the projection includes the scenario's last change. */
    private JsonNode documentAt(AssessmentScenarios assessment) {
        Api.Response response = api.get("raadslid.bun", assessment.path("?minVersion=" + assessment.version));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private JsonNode summaryOf(AssessmentScenarios assessment) {
        documentAt(assessment);
        return find(api.get("raadslid.hou", "/api/assessments").json(), "assessmentId", assessment.assessmentId);
    }

    private Api.Response post(AssessmentScenarios assessment, String user, String suffix,
                              java.util.Map<String, Object> body) {
        body.put("expectedVersion", assessment.version);
        Api.Response response = api.post(user, assessment.path(suffix), body);
        assertThat(response.status()).as(response.toString()).isBetween(200, 201);
        assessment.version = response.version();
        return response;
    }

    static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode item : array) {
            if (item.get(field).asText().equals(value)) {
                return item;
            }
        }
        throw new AssertionError("No item with " + field + "=" + value + " in " + array);
    }

    static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }
}
