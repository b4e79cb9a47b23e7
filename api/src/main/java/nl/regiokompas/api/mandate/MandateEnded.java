package nl.regiokompas.api.mandate;

public record MandateEnded(String mandateId, String themeCode, String reason) {
}
