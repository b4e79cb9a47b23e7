package nl.regiokompas.api.assessment;

import java.time.Instant;

/**
 * Asks for the assessment document as it stood at {@code asOf}: every event of the assessment with a timestamp
 * at or before that instant, folded from the event store (never from a projection or a snapshot). Answered with
 * an {@link AssessmentDocument} of the same shape as the live one, or null when the assessment did not exist
 * yet at that instant.
 */
public record FindAssessmentAsOf(String assessmentId, Instant asOf) {
}
