package nl.regiokompas.api.rebuild;

/** The status of the running or last rebuild of this instance, if any. */
public record FindRebuildStatus() {
}
