package nl.regiokompas.web.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.regiokompas.api.assessment.ThemeMandateFollowed;
import nl.regiokompas.api.common.AuditMetaData;
import nl.regiokompas.web.Api;
import nl.regiokompas.web.IntegrationTest;
import nl.regiokompas.web.assessment.AssessmentScenarios;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static nl.regiokompas.web.Api.body;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A message sent by an event handler carries the audit metadata of the event that caused it, as a message sent by a
 * command does.
 */
class EventHandlerAuditTest extends IntegrationTest {

    private static final String THEME = "LEERLINGENVERVOER";

    @Autowired
    EventStore eventStore;

    @Test
    void the_command_the_mandate_follower_sends_carries_the_actor_and_the_conversation_of_the_new_mandate() {
        // given an open assessment of the theme
        AssessmentScenarios assessment = AssessmentScenarios.open(api, THEME);

        // when a new mandate is registered for its theme
        Api.Response registered = api.post("programmateam", "/api/mandates", body("themeCode", THEME,
                "bestuurlijkOpdrachtgever", "Wethouder Nieuwegein", "ambtelijkOpdrachtgever", "Directeur Sociaal",
                "ambtenaar50", "Programmaleider", "powers", List.of(Map.of("decision", "Schuldhulp",
                        "holderRole", "BESTUURLIJK_OPDRACHTGEVER"))));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        String mandateId = registered.json().get("mandateId").asText();

        // then the assessment follows it, recorded under the actor and the correlation of the registration
        DomainEventMessage<?> mandateRegistered = events(mandateId).get(0);
        DomainEventMessage<?> followed = events(assessment.assessmentId).stream()
                .filter(event -> event.getPayload() instanceof ThemeMandateFollowed f && f.mandateId().equals(mandateId))
                .findFirst().orElseThrow();
        for (String key : List.of(AuditMetaData.USER_ID, AuditMetaData.USER_NAME, AuditMetaData.ROLE,
                AuditMetaData.CORRELATION_ID)) {
            assertThat(followed.getMetaData().get(key)).as(key).isNotNull()
                    .isEqualTo(mandateRegistered.getMetaData().get(key));
        }
        assertThat(followed.getMetaData().get(AuditMetaData.CAUSATION_ID))
                .isNotEqualTo(mandateRegistered.getMetaData().get(AuditMetaData.CAUSATION_ID));
    }

    private List<DomainEventMessage<?>> events(String aggregateId) {
        List<DomainEventMessage<?>> events = new ArrayList<>();
        eventStore.readEvents(aggregateId, 0).forEachRemaining(events::add);
        return events;
    }
}
