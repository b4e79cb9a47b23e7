package nl.regiokompas.api.raad;

public record KaderAmended(String kaderId, String gemeente, String themeCode, String text, Raadsbesluit raadsbesluit) {
}
