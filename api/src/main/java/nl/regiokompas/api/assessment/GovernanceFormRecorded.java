package nl.regiokompas.api.assessment;

public record GovernanceFormRecorded(String assessmentId, int cycle, String form, String rationale) {
}
