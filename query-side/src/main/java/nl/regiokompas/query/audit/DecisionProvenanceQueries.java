package nl.regiokompas.query.audit;

import java.util.List;

import nl.regiokompas.api.audit.DecisionProvenance;
import nl.regiokompas.api.audit.FindDecisionProvenance;
import nl.regiokompas.api.common.RuleViolation;
import nl.regiokompas.query.history.AssessmentNames;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/** The provenance of a decision: the index names its assessment, the event store tells the story. */
@Component
class DecisionProvenanceQueries {

    private final DecisionIndexProjection index;
    private final EventStore eventStore;
    private final AssessmentNames names;

    DecisionProvenanceQueries(DecisionIndexProjection index, EventStore eventStore, AssessmentNames names) {
        this.index = index;
        this.eventStore = eventStore;
        this.names = names;
    }

    @QueryHandler
    DecisionProvenance handle(FindDecisionProvenance query) {
        String assessmentId = index.assessmentOf(query.decisionId());
        DecisionProvenance provenance = assessmentId == null ? null : provenanceIn(assessmentId, query.decisionId());
        if (provenance == null) {
            throw RuleViolation.notFound("Er bestaat geen bestuurlijke bevestiging met id '" + query.decisionId() + "'.");
        }
        return provenance;
    }

    private DecisionProvenance provenanceIn(String assessmentId, String decisionId) {
        List<? extends DomainEventMessage<?>> events = AuditEvents.allOf(eventStore, assessmentId);
        return DecisionProvenanceFold.of(events, names.of(events), decisionId);
    }
}
