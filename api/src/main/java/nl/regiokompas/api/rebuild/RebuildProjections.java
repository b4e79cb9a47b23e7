package nl.regiokompas.api.rebuild;

/**
 * Starts a rebuild of one projection ({@code name}) or of all of them (null) beside the live tables; answers the
 * started rebuild's {@link RebuildStatus}. Refused with {@link RebuildAlreadyRunning} while one runs.
 */
public record RebuildProjections(String name) {
}
