package nl.regiokompas.web.audit;

import java.util.HashMap;
import java.util.Map;

import nl.regiokompas.api.common.AuditMetaData;
import org.axonframework.deadline.DeadlineMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.springframework.stereotype.Component;

/**
 * Carries the audit metadata of a command onto every message it causes: the actor (who, for which
 * gemeente, in which role), the demo mark of a generated demo history, the correlation id (the first message of the whole conversation), the causation
 * id (the message that directly caused this one) and Axon's trace id. Declaring this provider replaces
 * Axon's default MessageOriginProvider, so it provides the trace id that one would.
 * <p>
 * Axon registers this provider on every event processor too, where it would decode each handled event's metadata for
 * a result message nobody reads. So for an event it gives nothing here: what an event handler sends gets the event's
 * audit metadata from {@link EventHandlerCorrelation}, only while the handler runs.
 */
@Component
public class AuditCorrelationDataProvider implements CorrelationDataProvider {

    private static final String TRACE_ID = "traceId";
    private static final String[] COPIED = {
            AuditMetaData.USER_ID, AuditMetaData.USER_NAME, AuditMetaData.GEMEENTE, AuditMetaData.ROLE,
            AuditMetaData.REASON, AuditMetaData.DEMO};

    @Override
    public Map<String, ?> correlationDataFor(Message<?> message) {
        if (message instanceof EventMessage && !(message instanceof DeadlineMessage)) {
            return Map.of();
        }
        return auditDataOf(message);
    }

    /** The audit metadata a message passes on to the messages it causes. */
    static Map<String, ?> auditDataOf(Message<?> message) {
        Map<String, Object> data = new HashMap<>();
        for (String key : COPIED) {
            Object value = message.getMetaData().get(key);
            if (value != null) {
                data.put(key, value);
            }
        }
        Object correlationId = message.getMetaData().getOrDefault(AuditMetaData.CORRELATION_ID, message.getIdentifier());
        data.put(AuditMetaData.CORRELATION_ID, correlationId);
        data.put(AuditMetaData.CAUSATION_ID, message.getIdentifier());
        data.put(TRACE_ID, message.getMetaData().getOrDefault(TRACE_ID, correlationId));
        return data;
    }
}
