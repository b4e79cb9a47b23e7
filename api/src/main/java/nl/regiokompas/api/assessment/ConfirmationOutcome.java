package nl.regiokompas.api.assessment;

/** The answer to a confirmation: the assessment's new version and whether it led to a decision. */
public record ConfirmationOutcome(long version, boolean decided) {
}
