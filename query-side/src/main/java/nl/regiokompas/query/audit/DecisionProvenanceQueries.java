package nl.regiokompas.query.audit;

import nl.regiokompas.api.audit.DecisionProvenance;
import nl.regiokompas.api.audit.FindDecisionProvenance;
import nl.regiokompas.api.common.RuleViolation;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/** The provenance of a decision: the index names its assessment, the event store tells the story. */
@Component
class DecisionProvenanceQueries {

    private final DecisionIndexProjection index;
    private final EventStore eventStore;

    DecisionProvenanceQueries(DecisionIndexProjection index, EventStore eventStore) {
        this.index = index;
        this.eventStore = eventStore;
    }

    @QueryHandler
    DecisionProvenance handle(FindDecisionProvenance query) {
        String assessmentId = index.assessmentOf(query.decisionId());
        DecisionProvenance provenance = assessmentId == null ? null
                : DecisionProvenanceFold.of(AuditEvents.allOf(eventStore, assessmentId), query.decisionId());
        if (provenance == null) {
            throw RuleViolation.notFound("Er bestaat geen besluit met id '" + query.decisionId() + "'.");
        }
        return provenance;
    }
}
