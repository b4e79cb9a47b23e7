package nl.regiokompas.api.assessment;

public record Precondition(String preconditionId, String kind, String text) {
}
