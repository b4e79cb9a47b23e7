package nl.regiokompas.api.assessment;

public record LocalInterventionOpened(String assessmentId, int cycle, String interventionId, String gemeente,
                                      String layer, InterventionKind kind, String reason) {
}
