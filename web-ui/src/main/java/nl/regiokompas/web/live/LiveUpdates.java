package nl.regiokompas.web.live;

import java.util.Set;

import nl.regiokompas.api.assessment.AssessmentOpened;
import nl.regiokompas.api.assessment.AssessmentReopened;
import nl.regiokompas.api.assessment.ConfirmedByBestuurder;
import nl.regiokompas.api.assessment.DecisionRecorded;
import nl.regiokompas.api.assessment.HistoryEntry;
import nl.regiokompas.api.assessment.InterventionResolved;
import nl.regiokompas.api.assessment.LocalInterventionOpened;
import nl.regiokompas.api.assessment.ThemeScaleProposed;
import nl.regiokompas.query.history.HistoryEntries;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.stereotype.Component;

/**
 * Pushes every stored event of an assessment to the people looking at it, in order. It runs in its own
 * processor per application instance (see {@link LiveUpdatesProcessor}), so each instance pushes every
 * event, also those that another instance stored, to its own WebSocket clients.
 */
@Component
@ProcessingGroup(LiveUpdates.GROUP)
@DisallowReplay
class LiveUpdates {

    static final String GROUP = "live-updates";
    private static final String ASSESSMENT_AGGREGATE = "Assessment";
    private static final Set<Class<?>> LIST_CHANGES = Set.of(AssessmentOpened.class, ThemeScaleProposed.class,
            ConfirmedByBestuurder.class, LocalInterventionOpened.class, InterventionResolved.class,
            DecisionRecorded.class, AssessmentReopened.class);

    private final SimpMessagingTemplate broker;

    LiveUpdates(SimpMessagingTemplate broker) {
        this.broker = broker;
    }

    @EventHandler
    void on(Object payload, EventMessage<?> message) {
        if (!(message instanceof DomainEventMessage<?> event) || !ASSESSMENT_AGGREGATE.equals(event.getType())) {
            return;
        }
        String assessmentId = event.getAggregateIdentifier();
        HistoryEntry entry = HistoryEntries.of(event);
        broker.convertAndSend(LiveTopics.assessment(assessmentId), LiveEvent.of(assessmentId, entry));
        if (LIST_CHANGES.contains(payload.getClass())) {
            broker.convertAndSend(LiveTopics.ASSESSMENTS, new ListChange(assessmentId, entry.type(), entry.sequence(),
                    entry.occurredAt(), entry.description()));
        }
    }
}
