package nl.regiokompas.api.assessment;

public record InterventionResolved(String assessmentId, int cycle, String interventionId, String gemeente,
                                   InterventionOutcome outcome, String note) {
}
