package nl.regiokompas.api.raad;

public record FindRaadPage(String gemeente) {
}
