package nl.regiokompas.api.assessment;

/** The answer to a reopen: the new cycle and the assessment's new version. */
public record ReopenOutcome(int cycle, long version) {
}
