package nl.regiokompas.query.history;

import java.util.List;

import nl.regiokompas.api.assessment.FindAssessmentHistory;
import nl.regiokompas.api.assessment.HistoryEntry;
import nl.regiokompas.api.common.RuleViolation;
import nl.regiokompas.api.framework.TermNames;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/**
 * An assessment's history read straight from the event store (never from a projection), from the first
 * event on: snapshots are skipped on purpose, the history must show every event.
 */
@Component
class AssessmentHistory {

    private final EventStore eventStore;
    private final HistoryLinks links;
    private final AssessmentNames names;

    AssessmentHistory(EventStore eventStore, HistoryLinks links, AssessmentNames names) {
        this.eventStore = eventStore;
        this.links = links;
        this.names = names;
    }

    @QueryHandler
    List<HistoryEntry> handle(FindAssessmentHistory query) {
        if (eventStore.lastSequenceNumberFor(query.assessmentId()).isEmpty()) {
            throw RuleViolation.notFound("Er bestaat geen afweging met id '" + query.assessmentId() + "'.");
        }
        long from = query.afterSequence() + 1;
        TermNames terms = names.ofAssessment(query.assessmentId());
        List<HistoryEntry> entries = eventStore.readEvents(query.assessmentId(), from).asStream()
                .map(event -> HistoryEntries.of(event, terms))
                .toList();
        return links.marked(query.assessmentId(), from, entries);
    }
}
