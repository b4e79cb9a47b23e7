package nl.regiokompas.query.audit;

import java.util.List;

import nl.regiokompas.api.assessment.AssessmentDocument;
import nl.regiokompas.api.assessment.FindAssessmentAsOf;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/**
 * The assessment as it stood at an instant, rebuilt from the event store: every event from sequence 0 on
 * (snapshots are skipped on purpose) up to that instant, folded by {@link AssessmentDocumentFold}.
 */
@Component
class AssessmentAsOfQueries {

    private final EventStore eventStore;

    AssessmentAsOfQueries(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    /** Null when the assessment exists but was not opened yet at that instant; 404 when it never existed. */
    @QueryHandler
    AssessmentDocument handle(FindAssessmentAsOf query) {
        List<? extends DomainEventMessage<?>> events = AuditEvents.allOf(eventStore, query.assessmentId());
        return AssessmentDocumentFold.foldUntil(events, query.asOf());
    }
}
