package nl.regiokompas.api.framework;

/**
 * One gemeente adopted a proposed version. When the last participant adopts, {@link FrameworkAdopted} follows:
 * that event always means "this version is in force from now on".
 */
public record FrameworkVersionAdoptedByGemeente(String regionCode, int version, String gemeente) {
}
