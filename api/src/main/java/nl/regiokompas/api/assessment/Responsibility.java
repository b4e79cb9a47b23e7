package nl.regiokompas.api.assessment;

public record Responsibility(String layer, String kind, String level, String holder) {
}
