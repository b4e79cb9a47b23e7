package nl.regiokompas.api.route;

/** A theme the framework does not name was put on the region's agenda. */
public record AgendaThemeAdded(String regionCode, String themeCode, String name, String description) {
}
