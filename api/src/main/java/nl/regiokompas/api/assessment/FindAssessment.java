package nl.regiokompas.api.assessment;

/** Asks for the current assessment document; answered with an {@link AssessmentDocument} or null when unknown. */
public record FindAssessment(String assessmentId) {
}
