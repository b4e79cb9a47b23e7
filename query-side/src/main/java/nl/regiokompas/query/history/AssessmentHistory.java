package nl.regiokompas.query.history;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import nl.regiokompas.api.assessment.AssessmentEventDescriptions;
import nl.regiokompas.api.assessment.FindAssessmentHistory;
import nl.regiokompas.api.assessment.HistoryEntry;
import nl.regiokompas.api.common.Actor;
import nl.regiokompas.api.common.AuditMetaData;
import nl.regiokompas.api.common.Role;
import nl.regiokompas.api.common.RuleViolation;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/**
 * An assessment's history read straight from the event store (never from a projection), from the first
 * event on: snapshots are skipped on purpose, the history must show every event.
 */
@Component
public class AssessmentHistory {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private final EventStore eventStore;

    AssessmentHistory(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @QueryHandler
    List<HistoryEntry> handle(FindAssessmentHistory query) {
        if (eventStore.lastSequenceNumberFor(query.assessmentId()).isEmpty()) {
            throw RuleViolation.notFound("Er bestaat geen afweging met id '" + query.assessmentId() + "'.");
        }
        return eventStore.readEvents(query.assessmentId(), query.afterSequence() + 1).asStream()
                .map(AssessmentHistory::entryOf)
                .toList();
    }

    public static HistoryEntry entryOf(DomainEventMessage<?> event) {
        MetaData metaData = event.getMetaData();
        return new HistoryEntry(event.getSequenceNumber(), event.getPayloadType().getSimpleName(),
                event.getTimestamp(), actorOf(metaData), JSON.convertValue(event.getPayload(), MAP),
                AssessmentEventDescriptions.describe(event.getPayload()), event.getIdentifier(),
                text(metaData, AuditMetaData.CORRELATION_ID), text(metaData, AuditMetaData.CAUSATION_ID));
    }

    static Actor actorOf(MetaData metaData) {
        String role = text(metaData, AuditMetaData.ROLE);
        return new Actor(text(metaData, AuditMetaData.USER_ID), text(metaData, AuditMetaData.USER_NAME),
                text(metaData, AuditMetaData.GEMEENTE), role == null ? null : Role.valueOf(role));
    }

    private static String text(MetaData metaData, String key) {
        Object value = metaData.get(key);
        return value == null ? null : value.toString();
    }
}
