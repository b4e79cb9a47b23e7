package nl.regiokompas.web.weighing;

import static nl.regiokompas.web.Api.body;
import static nl.regiokompas.web.assessment.AssessmentScenarios.GEMEENTEN;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import nl.regiokompas.web.Api;
import nl.regiokompas.web.IntegrationTest;
import org.junit.jupiter.api.Test;

/** The raden in a form weighing over HTTP: zienswijze period, the raad's zienswijze, informing after the choice. */
class WeighingRadenFlowTest extends IntegrationTest {

    private static final Map<String, Object> BESLUIT = body("date", "2027-03-04", "reference", "RB-2027-12");

    @Test
    void confirmations_wait_for_the_zienswijze_of_every_raad_and_the_history_shows_it() {
        WeighingScenario weighing = WeighingScenario.openOnDecided(api, "WERK_INKOMEN");
        weighing.raadRole("NETWERK");
        int revision = weighing.propose("NETWERK");
        Api.Response period = api.post("programmateam", weighing.path("/zienswijze-periods"),
                body("endsOn", LocalDate.now().plusDays(30).toString()));
        assertThat(period.status()).as(period.toString()).isEqualTo(200);

        Api.Response early = weighing.confirm("BUN", revision);
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.json().get("detail").asText()).contains("voor zienswijze bij de gemeenteraden");

        for (String gemeente : GEMEENTEN) {
            Api.Response given = api.post("griffier." + gemeente.toLowerCase(), weighing.path("/zienswijzen"),
                    body("gemeente", gemeente, "text", "De raad vraagt een evaluatie na twee jaar.",
                            "raadsbesluit", BESLUIT));
            assertThat(given.status()).as(given.toString()).isEqualTo(200);
            weighing.version = given.version();
        }
        for (String gemeente : GEMEENTEN) {
            assertThat(weighing.confirm(gemeente, revision).status()).isEqualTo(200);
        }

        JsonNode document = weighing.document("raadslid.hou");
        assertThat(document.get("status").asText()).isEqualTo("GEKOZEN");
        assertThat(document.get("zienswijzePeriod").get("revision").asInt()).isEqualTo(revision);
        assertThat(document.get("zienswijzen")).hasSize(GEMEENTEN.size());
        assertThat(document.get("history").findValuesAsText("description"))
                .anyMatch(line -> line.startsWith("Zienswijze van de raad van Houten op revisie " + revision));
    }

    @Test
    void the_griffier_records_that_the_raad_was_informed_of_the_chosen_form() {
        WeighingScenario weighing = WeighingScenario.openOnDecided(api, "LEERLINGENVERVOER");
        weighing.raadRole("NETWERK");
        int revision = weighing.propose("NETWERK");
        Api.Response tooEarly = api.post("griffier.zst", weighing.path("/raad-informing"), informing("ZST"));
        assertThat(tooEarly.status()).isEqualTo(409);
        GEMEENTEN.forEach(gemeente -> weighing.confirm(gemeente, revision));

        Api.Response informed = api.post("griffier.zst", weighing.path("/raad-informing"), informing("ZST"));

        assertThat(informed.status()).as(informed.toString()).isEqualTo(200);
        weighing.version = informed.version();
        JsonNode document = weighing.document("griffier.zst");
        assertThat(document.get("informings").get(0).get("reference").asText()).isEqualTo("RIB-2027-08");
        assertThat(document.get("allowedActions").get("mayRecordRaadInformed").asBoolean()).isTrue();
        assertThat(document.get("history").findValuesAsText("description"))
                .anyMatch(line -> line.contains("Zeist is geïnformeerd over de gekozen vorm: raadsinformatiebrief"));
    }

    @Test
    void a_griffier_may_not_record_for_another_raad_and_bad_input_is_named() {
        WeighingScenario weighing = WeighingScenario.openOnDecided(api, "WMO");
        weighing.raadRole("NETWERK");
        weighing.propose("NETWERK");

        Api.Response other = api.post("griffier.hou", weighing.path("/zienswijzen"),
                body("gemeente", "BUN", "text", "x", "raadsbesluit", BESLUIT));
        Api.Response pastDate = api.post("programmateam", weighing.path("/zienswijze-periods"),
                body("endsOn", "2020-01-01"));
        Api.Response badKind = api.post("griffier.hou", weighing.path("/raad-informing"),
                body("gemeente", "HOU", "kind", "BRIEFJE", "date", "2027-04-01", "reference", "R"));

        assertThat(other.status()).isEqualTo(403);
        assertThat(pastDate.status()).isEqualTo(400);
        assertThat(pastDate.json().get("detail").asText()).contains("dag na vandaag");
        assertThat(badKind.status()).isEqualTo(400);
        assertThat(badKind.isProblem()).isTrue();
    }

    private static Map<String, Object> informing(String gemeente) {
        return body("gemeente", gemeente, "kind", "RAADSINFORMATIEBRIEF", "date", "2027-04-01",
                "reference", "RIB-2027-08");
    }
}
