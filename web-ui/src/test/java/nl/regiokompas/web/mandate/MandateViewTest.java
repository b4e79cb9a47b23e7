package nl.regiokompas.web.mandate;

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
import org.junit.jupiter.api.Test;

/** GET /api/mandates: current mandates first, ended ones flagged inactive, each with its full history. */
class MandateViewTest extends IntegrationTest {

    private static final List<Map<String, String>> POWERS = List.of(
            Map.of("decision", "Inkoop jeugdhulp", "holderRole", "BESTUURLIJK_OPDRACHTGEVER"));

    @Test
    void a_registered_mandate_is_current_with_its_registration_in_the_history() {
        String mandateId = register("JEUGD", "Wethouder Bunnik");

        JsonNode mandate = awaitMandate("JEUGD", mandateId, 1);

        assertThat(mandate.get("active").asBoolean()).isTrue();
        assertThat(mandate.get("bestuurlijkOpdrachtgever").asText()).isEqualTo("Wethouder Bunnik");
        assertThat(mandate.get("powers").get(0).get("holderRole").asText()).isEqualTo("BESTUURLIJK_OPDRACHTGEVER");
        JsonNode registration = mandate.get("history").get(0);
        assertThat(registration.get("kind").asText()).isEqualTo("GEREGISTREERD");
        assertThat(registration.get("by").asText()).isEqualTo("programmateam");
        assertThat(registration.get("at").asText()).endsWith("Z");
    }

    @Test
    void an_amendment_changes_the_holders_and_keeps_the_earlier_ones_in_the_history() {
        String mandateId = register("WMO", "Wethouder Houten");
        amend(mandateId, "Wethouder Zeist", "Wisseling na de verkiezingen.");

        JsonNode mandate = awaitMandate("WMO", mandateId, 2);

        assertThat(mandate.get("bestuurlijkOpdrachtgever").asText()).isEqualTo("Wethouder Zeist");
        assertThat(mandate.get("history").get(0).get("bestuurlijkOpdrachtgever").asText()).isEqualTo("Wethouder Houten");
        JsonNode amendment = mandate.get("history").get(1);
        assertThat(amendment.get("kind").asText()).isEqualTo("GEWIJZIGD");
        assertThat(amendment.get("reason").asText()).isEqualTo("Wisseling na de verkiezingen.");
    }

    @Test
    void an_ended_mandate_stays_listed_as_inactive_after_the_current_ones() {
        String ended = register("TOEZICHT", "Wethouder Utrechtse Heuvelrug");
        Api.Response end = api.post("programmateam", "/api/mandates/" + ended + "/end",
                body("reason", "Taak belegd bij de centrumgemeente."));
        assertThat(end.status()).as(end.toString()).isEqualTo(200);
        String current = register("TOEZICHT", "Wethouder Wijk bij Duurstede");

        JsonNode endedMandate = awaitMandate("TOEZICHT", ended, 2);
        awaitMandate("TOEZICHT", current, 1);

        assertThat(endedMandate.get("active").asBoolean()).isFalse();
        assertThat(endedMandate.get("endedAt").asText()).endsWith("Z");
        assertThat(endedMandate.get("history").get(1).get("kind").asText()).isEqualTo("BEEINDIGD");
        assertThat(endedMandate.get("history").get(1).get("reason").asText()).contains("centrumgemeente");
        List<String> order = new ArrayList<>();
        api.get("raadslid.bun", "/api/mandates?themeCode=TOEZICHT").json()
                .forEach(m -> order.add(m.get("mandateId").asText()));
        assertThat(order.indexOf(current)).isLessThan(order.indexOf(ended));
    }

    @Test
    void the_theme_filter_shows_only_that_theme() {
        register("SOCIALE_TEAMS", "Wethouder Bunnik");

        JsonNode mandates = api.get("raadslid.bun", "/api/mandates?themeCode=WERK_INKOMEN").json();

        mandates.forEach(mandate -> assertThat(mandate.get("themeCode").asText()).isEqualTo("WERK_INKOMEN"));
    }

    private String register(String themeCode, String bestuurlijk) {
        Api.Response response = api.post("programmateam", "/api/mandates", body("themeCode", themeCode,
                "bestuurlijkOpdrachtgever", bestuurlijk, "ambtelijkOpdrachtgever", "Directeur Sociaal Domein",
                "ambtenaar50", "Projectleider regio", "powers", POWERS));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().get("mandateId").asText();
    }

    private void amend(String mandateId, String bestuurlijk, String reason) {
        Api.Response response = api.post("programmateam", "/api/mandates/" + mandateId + "/amendments", body(
                "bestuurlijkOpdrachtgever", bestuurlijk, "ambtelijkOpdrachtgever", "Directeur Sociaal Domein",
                "ambtenaar50", "Projectleider regio", "powers", POWERS, "reason", reason));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
    }

    private JsonNode awaitMandate(String themeCode, String mandateId, int changes) {
        JsonNode[] found = new JsonNode[1];
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            found[0] = null;
            api.get("raadslid.bun", "/api/mandates?themeCode=" + themeCode).json().forEach(mandate -> {
                if (mandate.get("mandateId").asText().equals(mandateId)) {
                    found[0] = mandate;
                }
            });
            assertThat(found[0]).isNotNull();
            assertThat(found[0].get("history")).hasSize(changes);
        });
        return found[0];
    }
}
