package nl.regiokompas.api.assessment;

import java.time.Instant;
import java.util.Map;

import nl.regiokompas.api.common.Actor;

/** One event of an assessment's history, with its actor and a readable Dutch description. */
public record HistoryEntry(long sequence, String type, Instant occurredAt, Actor actor, Map<String, Object> payload,
                           String description, String eventId, String correlationId, String causationId) {
}
