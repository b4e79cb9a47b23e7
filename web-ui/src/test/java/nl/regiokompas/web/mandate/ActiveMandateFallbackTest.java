package nl.regiokompas.web.mandate;

import java.util.List;
import java.util.Map;

import nl.regiokompas.web.Api;
import nl.regiokompas.web.IntegrationTest;
import nl.regiokompas.web.assessment.AssessmentScenarios;
import org.junit.jupiter.api.Test;

import static nl.regiokompas.web.Api.body;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The theme's active mandate as the command side counts it for the whole package agrees with the mandates page:
 * when the mandate registered last ends, an earlier one that has not ended is the active one again.
 */
class ActiveMandateFallbackTest extends IntegrationTest {

    private static final String THEME = "WERK_INKOMEN";

    @Test
    void when_the_latest_mandate_ends_the_earlier_active_one_carries_the_package() {
        register("Wethouder Bunnik");
        String latest = register("Wethouder Zeist");
        AssessmentScenarios assessment = AssessmentScenarios.open(api, THEME);

        Api.Response ended = api.post("programmateam", "/api/mandates/" + latest + "/end",
                body("reason", "De portefeuille is overgedragen."));
        assertThat(ended.status()).as(ended.toString()).isEqualTo(200);

        assertThat(assessment.decide().status()).isEqualTo(200);
    }

    private String register(String bestuurlijkOpdrachtgever) {
        Api.Response registered = api.post("programmateam", "/api/mandates", body("themeCode", THEME,
                "bestuurlijkOpdrachtgever", bestuurlijkOpdrachtgever, "ambtelijkOpdrachtgever", "Directeur Werk",
                "ambtenaar50", "Programmaleider", "powers", List.of(Map.of("decision", "Inkoop re-integratie",
                        "holderRole", "BESTUURLIJK_OPDRACHTGEVER"))));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        return registered.json().get("mandateId").asText();
    }
}
