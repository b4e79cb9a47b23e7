package nl.regiokompas.api.weighing;

public record FindWeighing(String weighingId) {
}
