package nl.regiokompas.api.raad;

public record KaderWithdrawn(String kaderId, String gemeente, String themeCode, Raadsbesluit raadsbesluit) {
}
