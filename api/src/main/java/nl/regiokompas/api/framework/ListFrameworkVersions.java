package nl.regiokompas.api.framework;

/** Asks for every adopted framework version, oldest first. */
public record ListFrameworkVersions() {
}
