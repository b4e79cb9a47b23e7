package nl.regiokompas.api.framework;

/** One gemeente declined a proposed version; it may still adopt it later, until a next proposal supersedes it. */
public record FrameworkVersionDeclinedByGemeente(String regionCode, int version, String gemeente, String reason) {
}
