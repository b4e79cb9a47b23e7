package nl.regiokompas.query.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import nl.regiokompas.api.assessment.HistoryEntry;
import nl.regiokompas.api.audit.AssessmentRecord;
import nl.regiokompas.api.audit.FindAssessmentRecord;
import nl.regiokompas.query.history.HistoryEntries;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The complete decision record of an assessment, all from the event store: the document after its last event,
 * the provenance of every decision of every cycle, the full history, and the chain links that anchor it.
 */
@Component
class AssessmentRecordQueries {

    private final EventStore eventStore;
    private final JdbcTemplate jdbc;
    private final Clock clock = Clock.systemUTC();

    AssessmentRecordQueries(EventStore eventStore, JdbcTemplate jdbc) {
        this.eventStore = eventStore;
        this.jdbc = jdbc;
    }

    @QueryHandler
    AssessmentRecord handle(FindAssessmentRecord query) {
        List<? extends DomainEventMessage<?>> events = AuditEvents.allOf(eventStore, query.assessmentId());
        List<HistoryEntry> history = events.stream().<HistoryEntry>map(HistoryEntries::of).toList();
        return new AssessmentRecord(query.assessmentId(), Instant.now(clock), AssessmentDocumentFold.fold(events),
                DecisionProvenanceFold.all(events), history, anchor(events.get(events.size() - 1)));
    }

    private AssessmentRecord.ChainAnchor anchor(DomainEventMessage<?> last) {
        record Link(long position, byte[] hash, String eventIdentifier) {
        }
        List<Link> own = jdbc.query("SELECT position, hash, event_identifier FROM event_hash_chain WHERE event_identifier = ?",
                (rs, n) -> new Link(rs.getLong(1), rs.getBytes(2), rs.getString(3)), last.getIdentifier());
        List<Link> head = jdbc.query(
                "SELECT position, hash, event_identifier FROM event_hash_chain ORDER BY position DESC LIMIT 1",
                (rs, n) -> new Link(rs.getLong(1), rs.getBytes(2), rs.getString(3)));
        Link ownLink = own.isEmpty() ? null : own.get(0);
        Link headLink = head.isEmpty() ? null : head.get(0);
        return new AssessmentRecord.ChainAnchor(EventHashLayout.ALGORITHM, last.getIdentifier(),
                last.getSequenceNumber(), ownLink == null ? null : ownLink.position(),
                ownLink == null ? null : EventHashLayout.hex(ownLink.hash()),
                headLink == null ? 0 : headLink.position(), headLink == null ? null : EventHashLayout.hex(headLink.hash()),
                headLink == null ? null : headLink.eventIdentifier());
    }
}
