package nl.regiokompas.api.assessment;

/**
 * One stored event of an assessment as the live updates push it: answers an {@link AssessmentChange} for the
 * event with this sequence number, or null when the assessment has no such event.
 */
public record FindAssessmentChange(String assessmentId, long sequence) {
}
