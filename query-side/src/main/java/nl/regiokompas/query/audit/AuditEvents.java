package nl.regiokompas.query.audit;

import java.util.List;

import nl.regiokompas.api.common.RuleViolation;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;

/** Reads an aggregate's complete event stream from the storage engine, never starting at a snapshot. */
final class AuditEvents {

    private AuditEvents() {
    }

    static List<? extends DomainEventMessage<?>> allOf(EventStore eventStore, String assessmentId) {
        List<? extends DomainEventMessage<?>> events = eventStore.readEvents(assessmentId, 0L).asStream().toList();
        if (events.isEmpty()) {
            throw RuleViolation.notFound("Er bestaat geen afwegingstraject met id '" + assessmentId + "'.");
        }
        return events;
    }
}
