package nl.regiokompas.web.live;

import java.time.Instant;

import nl.regiokompas.api.common.AuditMetaData;
import org.axonframework.eventhandling.DomainEventMessage;

/**
 * One event of a form weighing as pushed to {@code /topic/weighings/{id}}: which version it made, what kind of event,
 * and who. The page then reads the weighing with {@code ?minVersion=version} (the document and the user's allowed
 * actions), so the push carries no document the projection may not have folded yet.
 */
record WeighingChange(String weighingId, long version, String type, Instant occurredAt, String byName) {

    static WeighingChange of(DomainEventMessage<?> event) {
        Object byName = event.getMetaData().get(AuditMetaData.USER_NAME);
        return new WeighingChange(event.getAggregateIdentifier(), event.getSequenceNumber(),
                event.getPayloadType().getSimpleName(), event.getTimestamp(), byName == null ? null : byName.toString());
    }
}
