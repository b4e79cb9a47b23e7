package nl.regiokompas.web.live;

import java.time.Instant;
import java.util.Map;

import nl.regiokompas.api.assessment.HistoryEntry;
import nl.regiokompas.api.common.Actor;

/** One event of an assessment as pushed to {@code /topic/assessments/{id}}; version equals the sequence. */
record LiveEvent(String assessmentId, long sequence, long version, String type, Instant occurredAt, Actor actor,
                 Map<String, Object> payload, String description) {

    static LiveEvent of(String assessmentId, HistoryEntry entry) {
        return new LiveEvent(assessmentId, entry.sequence(), entry.sequence(), entry.type(), entry.occurredAt(),
                entry.actor(), entry.payload(), entry.description());
    }
}
