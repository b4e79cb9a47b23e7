package nl.regiokompas.web.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import nl.regiokompas.web.Api;
import nl.regiokompas.web.IntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * Issue 11 §3 through HTTP: signals, who may end an intervention how, VERWORPEN refused, the consent of the others
 * that accepts a local deviation and its exception in the bestuurlijke bevestiging.
 */
class InterventionProcessTest extends IntegrationTest {

    private static final String[] OTHERS_THAN_ZST = {"BUN", "HOU", "UHR", "WBD"};

    @Test
    void a_strateeg_signals_and_the_own_bestuurder_turns_the_signal_into_an_intervention() {
        AssessmentScenarios jeugd = AssessmentScenarios.open(api, "JEUGD");
        jeugd.propose(AssessmentScenarios.REGIONAL_SCALES);
        Api.Response signal = jeugd.send("strateeg.hou", "/signals", "gemeente", "HOU", "layer", "BELEID",
                "text", "De raad wil eigen accenten.");
        assertThat(signal.status()).as(signal.toString()).isEqualTo(201);
        String signalId = signal.json().get("signalId").asText();

        Api.Response intervention = jeugd.send("bestuurder.hou", "/interventions", "gemeente", "HOU", "layer",
                "BELEID", "kind", "BEZWAAR", "reason", "Eigen accenten.", "signalId", signalId);

        assertThat(intervention.status()).as(intervention.toString()).isEqualTo(201);
        JsonNode document = api.get("raadslid.hou", jeugd.path("?minVersion=" + jeugd.version)).json();
        assertThat(document.get("signals").get(0).get("status").asText()).isEqualTo("INTERVENTIE");
        assertThat(document.get("signals").get(0).get("interventionId").asText())
                .isEqualTo(intervention.json().get("interventionId").asText());
    }

    @Test
    void a_strateeg_files_no_blocking_intervention() {
        AssessmentScenarios jeugd = AssessmentScenarios.open(api, "JEUGD");
        jeugd.propose(AssessmentScenarios.REGIONAL_SCALES);

        Api.Response refused = jeugd.send("strateeg.hou", "/interventions", "gemeente", "HOU", "layer", "BELEID",
                "kind", "BEZWAAR", "reason", "Eigen accenten.");

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("detail").asText()).isEqualTo("Als strateeg mag u dit niet; dit mag alleen als bestuurder.");
    }

    @Test
    void verworpen_answers_400_problem_and_changes_nothing() {
        AssessmentScenarios jeugd = AssessmentScenarios.open(api, "WMO");
        jeugd.propose(AssessmentScenarios.REGIONAL_SCALES);
        String interventionId = jeugd.intervene("ZST", "BEZWAAR").json().get("interventionId").asText();
        long before = jeugd.version;

        Api.Response refused = jeugd.resolve(interventionId, "VERWORPEN");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.isProblem()).isTrue();
        assertThat(refused.json().get("detail").asText()).startsWith("Verwerpen kan niet meer");
        assertThat(refused.json().get("errors").get(0).get("field").asText()).isEqualTo("outcome");
        assertThat(jeugd.version).isEqualTo(before);
    }

    @Test
    void only_the_intervening_bestuurder_withdraws() {
        AssessmentScenarios jeugd = AssessmentScenarios.open(api, "TOEZICHT");
        jeugd.propose(AssessmentScenarios.REGIONAL_SCALES);
        String interventionId = jeugd.intervene("ZST", "UITSTEL").json().get("interventionId").asText();
        String path = "/interventions/" + interventionId + "/resolution";

        assertThat(jeugd.send("programmateam", path, "outcome", "INGETROKKEN", "note", "Nee").status()).isEqualTo(403);
        assertThat(jeugd.send("bestuurder.bun", path, "outcome", "INGETROKKEN", "note", "Nee").status()).isEqualTo(403);
        assertThat(jeugd.send("bestuurder.zst", path, "outcome", "INGETROKKEN", "note", "Ja").status()).isEqualTo(200);
    }

    @Test
    void overgenomen_names_a_later_revision_and_doorverwezen_keeps_it_open() {
        AssessmentScenarios jeugd = AssessmentScenarios.open(api, "LEERPLICHT");
        jeugd.propose(AssessmentScenarios.REGIONAL_SCALES);
        String interventionId = jeugd.intervene("UHR", "BEZWAAR").json().get("interventionId").asText();
        String path = "/interventions/" + interventionId + "/resolution";

        Api.Response referred = jeugd.send("programmateam", path, "outcome", "DOORVERWEZEN", "note", "Agenderen",
                "bestuurstafelOn", "2027-04-12");
        assertThat(referred.status()).as(referred.toString()).isEqualTo(200);
        Api.Response tooEarly = jeugd.send("programmateam", path, "outcome", "OVERGENOMEN", "note", "Over", "revision", 1);
        assertThat(tooEarly.status()).isEqualTo(409);
        int revision = jeugd.propose(AssessmentScenarios.REGIONAL_SCALES);
        Api.Response taken = jeugd.send("programmateam", path, "outcome", "OVERGENOMEN", "note", "Over", "revision", revision);

        assertThat(taken.status()).as(taken.toString()).isEqualTo(200);
        JsonNode entry = api.get("raadslid.uhr", jeugd.path("?minVersion=" + jeugd.version)).json().get("interventions").get(0);
        assertThat(entry.get("status").asText()).isEqualTo("OVERGENOMEN");
        assertThat(entry.get("resolvedRevision").asInt()).isEqualTo(revision);
        assertThat(entry.get("bestuurstafelOn").asText()).isEqualTo("2027-04-12");
    }

    @Test
    void the_consent_of_every_other_bestuurder_accepts_the_deviation_and_the_bevestiging_records_it() {
        AssessmentScenarios jeugd = AssessmentScenarios.open(api, "SOCIALE_TEAMS");
        int revision = jeugd.propose(AssessmentScenarios.REGIONAL_SCALES);
        String interventionId = jeugd.intervene("ZST", "LOKALE_AFWIJKING").json().get("interventionId").asText();
        for (String gemeente : AssessmentScenarios.GEMEENTEN) {
            assertThat(jeugd.confirm(gemeente, revision).status()).isEqualTo(200);
        }
        Api.Response ownConsent = jeugd.send("bestuurder.zst", "/interventions/" + interventionId + "/consents",
                "gemeente", "ZST");
        assertThat(ownConsent.status()).isEqualTo(409);

        for (String gemeente : OTHERS_THAN_ZST) {
            Api.Response consent = jeugd.send("bestuurder." + gemeente.toLowerCase(),
                    "/interventions/" + interventionId + "/consents", "gemeente", gemeente);
            assertThat(consent.status()).as(consent.toString()).isEqualTo(200);
        }

        JsonNode document = api.get("raadslid.zst", jeugd.path("?minVersion=" + jeugd.version)).json();
        assertThat(document.get("status").asText()).isEqualTo("BESLOTEN");
        assertThat(document.get("interventions").get(0).get("status").asText()).isEqualTo("AFWIJKING_AANVAARD");
        JsonNode exception = document.get("decision").get("exceptions").get(0);
        assertThat(exception.get("gemeente").asText()).isEqualTo("ZST");
        assertThat(exception.get("layer").asText()).isEqualTo("UITVOERING");
        String history = api.get("auditor", jeugd.path("/history")).body();
        assertThat(history).contains("lokale uitzondering: Zeist doet Uitvoering lokaal");
    }
}
