package nl.regiokompas.api.assessment;

public record PreconditionRecorded(String assessmentId, int cycle, String preconditionId, String kind, String text) {
}
