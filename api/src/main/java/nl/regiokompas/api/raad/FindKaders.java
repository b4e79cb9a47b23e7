package nl.regiokompas.api.raad;

/** Every kader (also withdrawn ones), optionally of one gemeente and/or theme. */
public record FindKaders(String gemeente, String themeCode) {
}
