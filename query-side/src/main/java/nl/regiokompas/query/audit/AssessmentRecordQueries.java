package nl.regiokompas.query.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import nl.regiokompas.api.assessment.HistoryEntry;
import nl.regiokompas.api.audit.AssessmentRecord;
import nl.regiokompas.api.audit.FindAssessmentRecord;
import nl.regiokompas.api.framework.TermNames;
import nl.regiokompas.query.history.AssessmentNames;
import nl.regiokompas.query.history.HistoryEntries;
import nl.regiokompas.query.history.HistoryLinks;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/**
 * The complete decision record of an assessment, all from the event store: the document after its last event,
 * the provenance of every decision of every cycle, the full history (each event marked with whether its link
 * verifies), and the chain links that anchor it: the head at export is the record's anchor.
 */
@Component
class AssessmentRecordQueries {

    private final EventStore eventStore;
    private final ChainLinks links;
    private final HistoryLinks historyLinks;
    private final AssessmentNames names;
    private final Clock clock = Clock.systemUTC();

    AssessmentRecordQueries(EventStore eventStore, ChainLinks links, HistoryLinks historyLinks,
                            AssessmentNames names) {
        this.eventStore = eventStore;
        this.links = links;
        this.historyLinks = historyLinks;
        this.names = names;
    }

    @QueryHandler
    AssessmentRecord handle(FindAssessmentRecord query) {
        List<? extends DomainEventMessage<?>> events = AuditEvents.allOf(eventStore, query.assessmentId());
        TermNames terms = names.of(events);
        List<HistoryEntry> history = historyLinks.marked(query.assessmentId(), 0,
                events.stream().map(event -> HistoryEntries.of(event, terms)).toList());
        return new AssessmentRecord(query.assessmentId(), Instant.now(clock), AssessmentDocumentFold.fold(events),
                DecisionProvenanceFold.all(events, terms), history, anchor(events.get(events.size() - 1)));
    }

    /**
     * The link of the assessment's last event in its stream, and a checkpoint written at export (so that it
     * covers the record's events): the record's anchor.
     */
    private AssessmentRecord.ChainAnchor anchor(DomainEventMessage<?> last) {
        ChainLinks.StoredLink ownLink = links.ofEvent(last.getIdentifier()).orElse(null);
        links.checkpointNow();
        ChainLinks.StoredLink headLink = links.head().orElse(null);
        return new AssessmentRecord.ChainAnchor(EventHashLayout.ALGORITHM, last.getIdentifier(),
                last.getSequenceNumber(), ownLink == null ? null : ownLink.position(),
                ownLink == null ? null : EventHashLayout.hex(ownLink.hash()),
                headLink == null ? 0 : headLink.position(), headLink == null ? null : EventHashLayout.hex(headLink.hash()),
                headLink == null ? null : headLink.eventIdentifier(),
                headLink == null ? null : headLink.anchor().text());
    }
}
