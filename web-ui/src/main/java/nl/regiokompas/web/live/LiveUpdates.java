package nl.regiokompas.web.live;

import java.util.Set;

import nl.regiokompas.api.assessment.AssessmentChange;
import nl.regiokompas.api.assessment.AssessmentOpened;
import nl.regiokompas.api.assessment.AssessmentReopened;
import nl.regiokompas.api.assessment.ConfirmedByBestuurder;
import nl.regiokompas.api.assessment.DecisionRecorded;
import nl.regiokompas.api.assessment.AssessmentChangeSource;
import nl.regiokompas.api.assessment.FindAssessmentChange;
import nl.regiokompas.api.assessment.HistoryEntry;
import nl.regiokompas.api.assessment.InterventionResolved;
import nl.regiokompas.api.assessment.LocalInterventionOpened;
import nl.regiokompas.api.assessment.ThemeScaleProposed;
import nl.regiokompas.api.framework.TermNames;
import nl.regiokompas.api.raad.KaderSet;
import nl.regiokompas.api.raad.KadersAnswered;
import nl.regiokompas.api.raad.RaadEventDescriptions;
import nl.regiokompas.api.raad.RaadInformed;
import nl.regiokompas.api.raad.RaadVerdictRecorded;
import nl.regiokompas.api.raad.ZienswijzePeriodOpened;
import nl.regiokompas.api.raad.ZienswijzeRecorded;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.messaging.simp.SimpMessageSendingOperations;
import org.springframework.stereotype.Component;

/**
 * Pushes every stored event of an assessment to the people looking at it, in order, with the whole document as
 * of that event, so a page applies the change without asking again. It runs in its own processor per
 * application instance (see {@link LiveUpdatesProcessor}), so each instance pushes every event, also those that
 * another instance stored, to its own WebSocket clients. The query side describes the event and folds the
 * document: in this instance it is handed the event ({@link AssessmentChangeSource}, no read of the store); an
 * instance without the query side asks {@link FindAssessmentChange}. When it cannot answer, the event is not
 * pushed and clients notice the gap at the next one. An event of an assessment that no session of this instance
 * watches ({@link TopicWatchers}: neither its topic nor, for a list change, the list topic) is neither folded nor
 * serialized; the next watched event of it finds no document right before it and folds the stream from the store.
 */
@Component
@ProcessingGroup(LiveUpdates.GROUP)
@DisallowReplay
class LiveUpdates {

    static final String GROUP = "live-updates";
    private static final Logger log = LoggerFactory.getLogger(LiveUpdates.class);
    private static final String ASSESSMENT_AGGREGATE = "Assessment";
    private static final Set<Class<?>> LIST_CHANGES = Set.of(AssessmentOpened.class, ThemeScaleProposed.class,
            ConfirmedByBestuurder.class, LocalInterventionOpened.class, InterventionResolved.class,
            DecisionRecorded.class, AssessmentReopened.class,
            // the whole package: the count of confirmations in the list changes with these too
            nl.regiokompas.api.assessment.PackageRevised.class, nl.regiokompas.api.assessment.ConfirmationWithdrawn.class,
            // the raad's part (issue 12): what the raad's page lists
            KadersAnswered.class, RaadVerdictRecorded.class, ZienswijzePeriodOpened.class, ZienswijzeRecorded.class,
            RaadInformed.class);
    private static final String KADER_AGGREGATE = "Kader";
    private static final String WEIGHING_AGGREGATE = "Weighing";

    private final SimpMessageSendingOperations broker;
    private final QueryGateway queries;
    private final AssessmentChangeSource changes;
    private final TopicWatchers watchers;

    LiveUpdates(SimpMessageSendingOperations broker, QueryGateway queries, ObjectProvider<AssessmentChangeSource> changes,
                TopicWatchers watchers) {
        this.broker = broker;
        this.queries = queries;
        this.changes = changes.getIfAvailable();
        this.watchers = watchers;
    }

    /** Takes the message, not its payload: an event nobody here watches is skipped without deserializing it. */
    @EventHandler
    void on(EventMessage<?> message) {
        if (message instanceof DomainEventMessage<?> kader && KADER_AGGREGATE.equals(kader.getType())) {
            pushKader(kader.getPayload(), kader);
            return;
        }
        if (message instanceof DomainEventMessage<?> weighing && WEIGHING_AGGREGATE.equals(weighing.getType())) {
            broker.convertAndSend(LiveTopics.weighing(weighing.getAggregateIdentifier()),
                    WeighingChange.of(weighing));
            return;
        }
        if (!(message instanceof DomainEventMessage<?> event) || !ASSESSMENT_AGGREGATE.equals(event.getType())) {
            return;
        }
        String assessmentId = event.getAggregateIdentifier();
        String topic = LiveTopics.assessment(assessmentId);
        boolean watched = watchers.isWatched(topic);
        boolean listed = LIST_CHANGES.contains(event.getPayloadType()) && watchers.isWatched(LiveTopics.ASSESSMENTS);
        if (!watched && !listed) {
            // nobody here would receive it; the next watched event folds from the store (AssessmentChanges)
            return;
        }
        AssessmentChange change = changeOf(event);
        if (change == null) {
            return;
        }
        HistoryEntry entry = change.entry();
        if (watched) {
            broker.convertAndSend(topic, LiveEvent.of(assessmentId, change));
        }
        if (listed) {
            broker.convertAndSend(LiveTopics.ASSESSMENTS, new ListChange(assessmentId, entry.type(), entry.sequence(),
                    entry.occurredAt(), entry.description()));
        }
    }

    /**
     * A kader belongs to no assessment: it reaches the open pages as a list change without assessment id, named by
     * the framework terms of the kader where it carries them.
     */
    private void pushKader(Object payload, DomainEventMessage<?> event) {
        TermNames names = payload instanceof KaderSet set && set.terms() != null ? set.terms().termNames() : TermNames.NONE;
        broker.convertAndSend(LiveTopics.ASSESSMENTS, new ListChange(null, payload.getClass().getSimpleName(),
                event.getSequenceNumber(), event.getTimestamp(), RaadEventDescriptions.describe(payload, names)));
    }

    private AssessmentChange changeOf(DomainEventMessage<?> event) {
        try {
            return changes != null ? changes.of(event)
                    : queries.query(new FindAssessmentChange(event.getAggregateIdentifier(), event.getSequenceNumber()),
                    ResponseTypes.instanceOf(AssessmentChange.class)).join();
        } catch (RuntimeException e) {
            log.warn("No live update for event {} of assessment {}: {}", event.getSequenceNumber(),
                    event.getAggregateIdentifier(), e.toString());
            return null;
        }
    }
}
