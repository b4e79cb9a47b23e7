package nl.regiokompas.web.raad;

import static nl.regiokompas.web.Api.body;
import static nl.regiokompas.web.raad.RaadScenario.ok;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import nl.regiokompas.web.IntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * What {@code GET /api/assessments/{id}/raad} says the caller may record about the raden (RaadPolicy), waiting for the
 * caller's own raad command with {@code ?minVersion=}; and whether and when each raad was informed, for the decision
 * pages ({@code GET /api/raad-informing}) and the printed record.
 */
class RaadAllowedActionsHttpTest extends IntegrationTest {

    private static final String THEME = "SOCIALE_TEAMS";
    private static final Object BESLUIT = body("date", "2027-02-04", "reference", "RB-Z");

    private JsonNode raad(String user, RaadScenario scenario) {
        return api.get(user, scenario.path("/raad?minVersion=" + scenario.version)).json();
    }

    @Test
    void only_the_programmateam_may_open_a_zienswijze_period_and_only_once() {
        RaadScenario scenario = RaadScenario.proposed(api, THEME, List.of("UHR", "WBD"));

        assertThat(raad("programmateam", scenario).get("allowedActions").get("mayOpenZienswijzePeriod").asBoolean()).isTrue();
        assertThat(raad("strateeg.uhr", scenario).get("allowedActions").get("mayOpenZienswijzePeriod").asBoolean()).isFalse();
        ok(scenario.send("programmateam", "/zienswijze-periods", "endsOn", RaadScenario.inTwoDays()));
        assertThat(raad("programmateam", scenario).get("allowedActions").get("mayOpenZienswijzePeriod").asBoolean()).isFalse();
    }

    @Test
    void a_griffier_of_a_participating_gemeente_may_record_its_zienswijze_once_while_the_period_runs() {
        RaadScenario scenario = RaadScenario.proposed(api, THEME, List.of("UHR", "WBD"));
        assertThat(raad("griffier.uhr", scenario).get("allowedActions").get("mayRecordZienswijze").asBoolean()).isFalse();
        ok(scenario.send("programmateam", "/zienswijze-periods", "endsOn", RaadScenario.inTwoDays()));

        assertThat(raad("griffier.uhr", scenario).get("allowedActions").get("mayRecordZienswijze").asBoolean()).isTrue();
        assertThat(raad("griffier.bun", scenario).get("allowedActions").get("mayRecordZienswijze").asBoolean()).isFalse();
        ok(scenario.send("griffier.uhr", "/zienswijzen", "gemeente", "UHR", "text", "Houd het dichtbij.", "raadsbesluit", BESLUIT));
        JsonNode after = raad("griffier.uhr", scenario);
        assertThat(after.get("allowedActions").get("mayRecordZienswijze").asBoolean()).isFalse();
        assertThat(after.get("zienswijzePeriods").get(0).get("zienswijzen").get(0).get("text").asText())
                .isEqualTo("Houd het dichtbij.");
    }

    @Test
    void a_later_revision_may_answer_a_zienswijze_given_on_an_earlier_one() {
        RaadScenario scenario = RaadScenario.proposed(api, THEME, List.of("UHR", "WBD"));
        ok(scenario.send("programmateam", "/zienswijze-periods", "endsOn", RaadScenario.inTwoDays()));
        ok(scenario.send("griffier.wbd", "/zienswijzen", "gemeente", "WBD", "text", "Let op de kosten.", "raadsbesluit", BESLUIT));
        assertThat(raad("strateeg.uhr", scenario).get("allowedActions").get("mayAnswer")).isEmpty();

        scenario.propose("Een tweede revisie.");

        JsonNode answerable = raad("strateeg.uhr", scenario).get("allowedActions").get("mayAnswer");
        assertThat(answerable.toString()).isEqualTo("[{\"gemeente\":\"WBD\",\"revision\":1}]");
        assertThat(raad("griffier.wbd", scenario).get("allowedActions").get("mayAnswer")).isEmpty();
    }

    @Test
    void the_bestuurder_and_griffier_of_a_confirmed_gemeente_may_record_that_its_raad_was_informed() {
        RaadScenario scenario = RaadScenario.proposed(api, THEME, List.of("UHR", "WBD"));
        assertThat(raad("bestuurder.uhr", scenario).get("allowedActions").get("mayRecordInformed").asBoolean()).isFalse();
        ok(scenario.send("bestuurder.uhr", "/confirmations", "gemeente", "UHR", "revision", 1));

        assertThat(raad("bestuurder.uhr", scenario).get("allowedActions").get("mayRecordInformed").asBoolean()).isTrue();
        assertThat(raad("griffier.uhr", scenario).get("allowedActions").get("mayRecordInformed").asBoolean()).isTrue();
        assertThat(raad("griffier.wbd", scenario).get("allowedActions").get("mayRecordInformed").asBoolean()).isFalse();
        assertThat(raad("raadslid.uhr", scenario).get("allowedActions").get("mayRecordInformed").asBoolean()).isFalse();
    }

    @Test
    void the_decision_pages_and_the_record_show_whether_and_when_each_raad_was_informed() {
        RaadScenario scenario = RaadScenario.proposed(api, THEME, List.of("UHR", "WBD"));
        ok(scenario.send("bestuurder.uhr", "/confirmations", "gemeente", "UHR", "revision", 1));
        ok(scenario.send("bestuurder.wbd", "/confirmations", "gemeente", "WBD", "revision", 1));
        ok(scenario.send("griffier.uhr", "/raad-informing", "gemeente", "UHR", "kind", "RAADSVOORSTEL",
                "date", "2027-02-20", "reference", "RV-2027-9"));
        raad("auditor", scenario);

        JsonNode informing = api.get("raadslid.uhr", "/api/raad-informing?assessmentId=" + scenario.assessmentId).json();
        String record = api.get("raadslid.uhr", scenario.path("/record.html")).body();

        assertThat(informing).hasSize(2);
        assertThat(informing.findValuesAsText("informedOn")).contains("2027-02-20");
        assertThat(record).contains("Informeren van de gemeenteraden").contains("20 februari 2027").contains("nog niet");
    }
}
