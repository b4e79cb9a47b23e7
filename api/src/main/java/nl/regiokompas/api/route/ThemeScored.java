package nl.regiokompas.api.route;

/** A gemeente scored a theme; its latest score counts, earlier ones stay in history. */
public record ThemeScored(String regionCode, String themeCode, String gemeente, int urgency, int opportunity,
                          String argument) {
}
