package nl.regiokompas.web.route;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import nl.regiokompas.api.common.AuditMetaData;
import nl.regiokompas.api.route.AssessmentFollowUp;
import nl.regiokompas.web.IntegrationTest;
import nl.regiokompas.web.assessment.AssessmentScenarios;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The route accepts any event that implements {@link AssessmentFollowUp} (the assessment's follow-up is recorded
 * elsewhere): a follow-up that returns to the agenda takes a confirmed theme back there, with the follow-up shown.
 */
class RouteFollowUpTest extends IntegrationTest {

    /** A follow-up as the assessment records it, here as a stand-in with the interface only. */
    record MorePreparation(String assessmentId, String followUpName, boolean returnsToAgenda)
            implements AssessmentFollowUp {
    }

    @Autowired
    private EventGateway events;

    private JsonNode theme(String code) {
        return StreamSupport.stream(api.get("raadslid.zst", "/api/route").json().get("themes").spliterator(), false)
                .filter(theme -> theme.get("themeCode").asText().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void a_follow_up_that_returns_to_the_agenda_takes_the_confirmed_theme_back_there() {
        AssessmentScenarios toezicht = AssessmentScenarios.open(api, "TOEZICHT");
        toezicht.decide();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(theme("TOEZICHT").get("phase").asText()).isEqualTo("BEVESTIGD"));

        events.publish(GenericEventMessage.asEventMessage(
                        new MorePreparation(toezicht.assessmentId, "meer voorbereiding nodig", true))
                .andMetaData(Map.of(AuditMetaData.USER_ID, "programmateam", AuditMetaData.ROLE, "PROGRAMMATEAM")));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(theme("TOEZICHT").get("phase").asText()).isEqualTo("OP_AGENDA"));
        JsonNode theme = theme("TOEZICHT");
        assertThat(theme.get("followUp").asText()).isEqualTo("meer voorbereiding nodig");
        assertThat(theme.get("nextStep").asText()).startsWith("Vervolg: meer voorbereiding nodig.");
        assertThat(api.get("auditor", "/api/route/history").body())
                .contains("Vervolg van de afweging van Toezicht: meer voorbereiding nodig (terug op de agenda).");
    }
}
