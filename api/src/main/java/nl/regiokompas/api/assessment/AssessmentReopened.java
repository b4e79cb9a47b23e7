package nl.regiokompas.api.assessment;

public record AssessmentReopened(String assessmentId, int cycle, String previousDecisionId, String reason) {
}
