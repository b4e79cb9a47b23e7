package nl.regiokompas.web.assessment;

import static nl.regiokompas.web.Api.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import nl.regiokompas.web.Api;
import nl.regiokompas.web.IntegrationTest;
import org.junit.jupiter.api.Test;

/** Issue 11 sections 1 and 2 through HTTP: the guideline, comply or explain, the whole package, withdrawal. */
class WholePackageFlowTest extends IntegrationTest {

    @Test
    void the_document_counts_the_leanings_and_lists_the_marked_indicators_per_layer() {
        AssessmentScenarios jeugd = AssessmentScenarios.open(api, "JEUGD");
        Api.Response input = jeugd.track(api.post("strateeg.bun", jeugd.path("/inputs"), body("gemeente", "BUN",
                "layer", "BELEID", "criterion", "C1", "leaning", "REGIONAAL", "text", "Expertise is schaars.",
                "indicators", List.of("REGIONAAL.1"), "expectedVersion", jeugd.version)));
        jeugd.input("HOU", "BELEID", "C2", "REGIONAAL", "Samen sterker.");
        jeugd.input("ZST", "BELEID", "C2", "LOKAAL", "Eigen beleid.");

        JsonNode beleid = jeugd.document().get("guideline").get(0);

        assertThat(input.status()).as(input.toString()).isEqualTo(200);
        assertThat(beleid.get("layer").asText()).isEqualTo("BELEID");
        assertThat(beleid.get("leanings").toString()).isEqualTo("{\"LOKAAL\":1,\"REGIONAAL\":2,\"BOVENREGIONAAL\":0}");
        assertThat(beleid.get("mostFrequent").toString()).isEqualTo("[\"REGIONAAL\"]");
        JsonNode marked = beleid.get("indicators").findParents("indicator").stream()
                .filter(mark -> mark.get("indicator").asText().equals("REGIONAAL.1")).findFirst().orElseThrow();
        assertThat(marked.get("text").asText()).startsWith("bundeling van expertise");
        assertThat(marked.get("gemeenten").toString()).isEqualTo("[\"BUN\"]");
    }

    @Test
    void an_unknown_indicator_is_refused_by_the_texts_of_the_known_ones() {
        AssessmentScenarios jeugd = AssessmentScenarios.open(api, "JEUGD");
        Api.Response refused = api.post("strateeg.bun", jeugd.path("/inputs"), body("gemeente", "BUN", "layer",
                "BELEID", "criterion", "C1", "text", "Tekst", "indicators", List.of("X.9"), "expectedVersion", 0));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("detail").asText()).contains("Onbekende indicator").contains("sterk maatwerk");
    }

    @Test
    void a_proposal_without_input_of_everyone_answers_409_naming_who_is_missing_where() {
        AssessmentScenarios wmo = AssessmentScenarios.open(api, "WMO");
        wmo.input("BUN", "BELEID", "C1", "REGIONAAL", "Regionaal.");

        Api.Response refused = api.post("strateeg.hou", wmo.path("/proposals"), body("scales",
                AssessmentScenarios.REGIONAL_SCALES, "rationale", "Samen.", "expectedVersion", wmo.version));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("detail").asText()).contains("Beleid: geen input van Houten, Utrechtse Heuvelrug, "
                + "Wijk bij Duurstede, Zeist");
        assertThat(refused.json().get("missing")).hasSize(3);
    }

    @Test
    void a_deviation_without_reason_answers_400_naming_the_layer_and_with_reason_is_in_document_and_history() {
        AssessmentScenarios wmo = AssessmentScenarios.open(api, "WMO");
        Map<String, String> allRegional = Map.of("BELEID", "REGIONAAL", "BEDRIJFSVOERING", "REGIONAAL",
                "UITVOERING", "REGIONAAL");
        wmo.preparePackage(allRegional);
        Map<String, String> lokaal = Map.of("BELEID", "REGIONAAL", "BEDRIJFSVOERING", "REGIONAAL",
                "UITVOERING", "LOKAAL");

        Api.Response refused = api.post("strateeg.hou", wmo.path("/proposals"), body("scales", lokaal,
                "rationale", "Samen.", "expectedVersion", wmo.version));
        Api.Response proposed = wmo.track(api.post("strateeg.hou", wmo.path("/proposals"), body("scales", lokaal,
                "rationale", "Samen.", "deviations", Map.of("UITVOERING", "Wijkteams blijven lokaal."),
                "expectedVersion", wmo.version)));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("detail").asText()).startsWith("Laag Uitvoering: de voorgestelde schaal lokaal");
        assertThat(proposed.status()).as(proposed.toString()).isEqualTo(200);
        assertThat(wmo.document().get("proposal").get("deviations").get("UITVOERING").asText())
                .isEqualTo("Wijkteams blijven lokaal.");
        assertThat(api.get("auditor", wmo.path("/history")).body()).contains("Wijkteams blijven lokaal.");
    }

    @Test
    void an_incomplete_package_answers_409_listing_what_is_missing() {
        AssessmentScenarios jeugd = AssessmentScenarios.open(api, "JEUGD");
        for (String layer : List.of("BELEID", "BEDRIJFSVOERING", "UITVOERING")) {
            for (String gemeente : AssessmentScenarios.GEMEENTEN) {
                jeugd.input(gemeente, layer, "C1", null, "Inbreng.");
            }
        }
        Api.Response proposed = jeugd.track(api.post("strateeg.hou", jeugd.path("/proposals"), body("scales",
                AssessmentScenarios.REGIONAL_SCALES, "rationale", "Samen.", "expectedVersion", jeugd.version)));

        Api.Response refused = jeugd.confirm("BUN", proposed.json().get("revision").asInt());

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("detail").asText()).startsWith("Het pakket is nog niet compleet");
        assertThat(refused.json().get("missing").toString()).contains("ten minste één randvoorwaarde")
                .contains("laag Beleid: een verantwoordelijke voor richting, organisatie, uitvoering");
    }

    @Test
    void a_change_of_the_package_after_a_proposal_makes_a_new_revision_and_voids_confirmations() {
        AssessmentScenarios jeugd = AssessmentScenarios.open(api, "JEUGD");
        int revision = jeugd.propose(AssessmentScenarios.REGIONAL_SCALES);
        assertThat(jeugd.confirm("BUN", revision).status()).isEqualTo(200);

        Api.Response precondition = jeugd.track(api.post("programmateam", jeugd.path("/preconditions"), body(
                "kind", "CULTUUR", "text", "Vertrouwen tussen de teams.", "owner", "Kernteam",
                "reviewDate", "2027-03-01", "expectedVersion", jeugd.version)));
        JsonNode document = jeugd.document();

        assertThat(precondition.status()).as(precondition.toString()).isEqualTo(200);
        assertThat(document.get("proposal").get("revision").asInt()).isEqualTo(revision + 1);
        assertThat(document.get("confirmations")).isEmpty();
        assertThat(jeugd.confirm("BUN", revision).status()).isEqualTo(409);
        assertThat(jeugd.confirm("BUN", revision + 1).status()).isEqualTo(200);
    }

    @Test
    void a_bestuurder_withdraws_the_own_confirmation_and_the_note_stays_visible_until_then() {
        AssessmentScenarios jeugd = AssessmentScenarios.open(api, "JEUGD");
        int revision = jeugd.propose(AssessmentScenarios.REGIONAL_SCALES);
        Api.Response confirmed = jeugd.track(api.post("bestuurder.bun", jeugd.path("/confirmations"), body(
                "gemeente", "BUN", "revision", revision, "note", "Akkoord, mits de raad wordt gehoord.",
                "expectedVersion", jeugd.version)));
        assertThat(confirmed.status()).isEqualTo(200);
        assertThat(jeugd.document().get("confirmations").get(0).get("note").asText()).startsWith("Akkoord, mits");

        Api.Response byAnother = api.post("bestuurder.hou", jeugd.path("/confirmations/BUN/withdrawal"),
                body("reason", "Niet akkoord.", "expectedVersion", jeugd.version));
        Api.Response withdrawn = jeugd.withdraw("BUN", "De raad wil eerst een zienswijze geven.");

        assertThat(byAnother.status()).isEqualTo(403);
        assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);
        assertThat(jeugd.document().get("confirmations")).isEmpty();
        assertThat(api.get("auditor", jeugd.path("/history")).body())
                .contains("Akkoord, mits de raad wordt gehoord.")
                .contains("trok de bevestiging van revisie " + revision + " in");
    }

    @Test
    void the_programmateam_follows_a_precondition_up_also_after_the_decision() {
        AssessmentScenarios jeugd = AssessmentScenarios.open(api, "JEUGD");
        jeugd.decide();
        String preconditionId = jeugd.document().get("preconditions").get(0).get("preconditionId").asText();

        Api.Response byStrateeg = api.post("strateeg.bun", jeugd.path("/preconditions/" + preconditionId + "/status"),
                body("status", "GEREGELD", "note", "Klaar.", "expectedVersion", jeugd.version));
        Api.Response changed = jeugd.track(api.post("programmateam", jeugd.path("/preconditions/" + preconditionId
                + "/status"), body("status", "GEREGELD", "note", "Budget is toegekend.", "reviewDate", "2027-06-01",
                "expectedVersion", jeugd.version)));
        JsonNode precondition = jeugd.document().get("preconditions").get(0);

        assertThat(byStrateeg.status()).isEqualTo(403);
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(precondition.get("status").asText()).isEqualTo("GEREGELD");
        assertThat(precondition.get("statusNote").asText()).isEqualTo("Budget is toegekend.");
        assertThat(precondition.get("reviewDate").asText()).isEqualTo("2027-06-01");
    }

    @Test
    void a_new_mandate_for_the_theme_makes_a_new_revision_of_an_open_package() {
        AssessmentScenarios leerplicht = AssessmentScenarios.open(api, "LEERPLICHT");
        int revision = leerplicht.propose(AssessmentScenarios.REGIONAL_SCALES);

        Api.Response registered = api.post("programmateam", "/api/mandates", body("themeCode", "LEERPLICHT",
                "bestuurlijkOpdrachtgever", "Wethouder Zeist", "ambtelijkOpdrachtgever", "Directeur",
                "ambtenaar50", "Projectleider", "powers", List.of()));
        String mandateId = registered.json().get("mandateId").asText();
        // The assessment followed the mandate and revised its package: two more events.
        JsonNode proposal = api.get("programmateam", leerplicht.path("?minVersion=" + (leerplicht.version + 2)))
                .json().get("proposal");

        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        assertThat(proposal.get("revision").asInt()).isEqualTo(revision + 1);
        assertThat(proposal.get("mandateId").asText()).isEqualTo(mandateId);
    }
}
