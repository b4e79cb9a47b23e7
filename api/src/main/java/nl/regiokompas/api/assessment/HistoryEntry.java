package nl.regiokompas.api.assessment;

import java.time.Instant;
import java.util.Map;

import nl.regiokompas.api.common.Actor;

/**
 * One event of an assessment's history, with its actor and a readable Dutch description. {@code reason} is
 * the why a command gave (an intervention's reason, a resolution's note, a reopening's reason, a proposal's
 * rationale, a confirmation's note), or null when the command had none; the shorter constructor takes it from
 * the payload's {@code reason}, {@code note} or {@code rationale}. {@code linkVerified} says whether the event's
 * link in the hash chain still recomputes from its stored columns and its predecessor's stored hash (false:
 * the event was altered in the database, or has no link); null where it was not checked.
 */
public record HistoryEntry(long sequence, String type, Instant occurredAt, Actor actor, Map<String, Object> payload,
                           String description, String eventId, String correlationId, String causationId,
                           String reason, Boolean linkVerified) {

    public HistoryEntry(long sequence, String type, Instant occurredAt, Actor actor, Map<String, Object> payload,
                        String description, String eventId, String correlationId, String causationId,
                        String reason) {
        this(sequence, type, occurredAt, actor, payload, description, eventId, correlationId, causationId, reason,
                null);
    }

    public HistoryEntry(long sequence, String type, Instant occurredAt, Actor actor, Map<String, Object> payload,
                        String description, String eventId, String correlationId, String causationId) {
        this(sequence, type, occurredAt, actor, payload, description, eventId, correlationId, causationId,
                reasonIn(payload));
    }

    public HistoryEntry withLinkVerified(Boolean verified) {
        return new HistoryEntry(sequence, type, occurredAt, actor, payload, description, eventId, correlationId,
                causationId, reason, verified);
    }

    /** The reason, note or rationale of a payload, in that order of preference; null when it has none. */
    public static String reasonIn(Map<String, Object> payload) {
        if (payload == null) {
            return null;
        }
        for (String key : new String[]{"reason", "note", "rationale"}) {
            Object value = payload.get(key);
            if (value != null && !value.toString().isBlank()) {
                return value.toString();
            }
        }
        return null;
    }
}
