package nl.regiokompas.api.audit;

/** Asks for the complete decision record of an assessment; answered with an {@link AssessmentRecord}. */
public record FindAssessmentRecord(String assessmentId) {
}
