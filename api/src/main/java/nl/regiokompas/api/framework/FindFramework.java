package nl.regiokompas.api.framework;

/** Asks for one adopted framework version; without a version, the current (latest) one. */
public record FindFramework(Integer version) {
}
