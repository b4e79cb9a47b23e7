package nl.regiokompas.web.live;

import java.time.Instant;
import java.util.Map;

import nl.regiokompas.api.assessment.AssessmentChange;
import nl.regiokompas.api.assessment.AssessmentDocument;
import nl.regiokompas.api.common.Actor;

/**
 * One event of an assessment as pushed to {@code /topic/assessments/{id}}; version equals the sequence.
 * {@code document} is the whole assessment document as of this event; {@code allowedActionsChanged} says whether
 * the event can have changed what a user may do next (then a page asks for its allowed actions again).
 */
record LiveEvent(String assessmentId, long sequence, long version, String type, Instant occurredAt, Actor actor,
                 Map<String, Object> payload, String description, AssessmentDocument document,
                 boolean allowedActionsChanged) {

    static LiveEvent of(String assessmentId, AssessmentChange change) {
        var entry = change.entry();
        return new LiveEvent(assessmentId, entry.sequence(), entry.sequence(), entry.type(), entry.occurredAt(),
                entry.actor(), entry.payload(), entry.description(), change.document(), change.allowancesChanged());
    }
}
