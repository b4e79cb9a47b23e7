package nl.regiokompas.query.history;

import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import nl.regiokompas.api.assessment.AssessmentEventDescriptions;
import nl.regiokompas.api.assessment.HistoryEntry;
import nl.regiokompas.api.common.Actor;
import nl.regiokompas.api.common.AuditMetaData;
import nl.regiokompas.api.framework.TermNames;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.messaging.MetaData;

/**
 * One stored event as the history shows it: who (from the metadata), what (type, payload and a Dutch
 * description with the names of the assessment's framework version), when, why, and its correlation and
 * causation. The history, the live updates, provenance and the exported record all describe events this one way.
 */
public final class HistoryEntries {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private HistoryEntries() {
    }

    public static HistoryEntry of(DomainEventMessage<?> event, TermNames names) {
        MetaData metaData = event.getMetaData();
        Map<String, Object> payload = JSON.convertValue(event.getPayload(), MAP);
        String given = text(metaData, AuditMetaData.REASON);
        return new HistoryEntry(event.getSequenceNumber(), event.getPayloadType().getSimpleName(),
                event.getTimestamp(), Actor.of(metaData), payload,
                AssessmentEventDescriptions.describe(event.getPayload(), names), event.getIdentifier(),
                text(metaData, AuditMetaData.CORRELATION_ID), text(metaData, AuditMetaData.CAUSATION_ID),
                given != null ? given : HistoryEntry.reasonIn(payload));
    }

    private static String text(MetaData metaData, String key) {
        Object value = metaData.get(key);
        return value == null ? null : value.toString();
    }
}
