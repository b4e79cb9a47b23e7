package nl.regiokompas.api.assessment;

/** The answer to a proposal: the revision it created and the assessment's new version. */
public record ProposalOutcome(int revision, long version) {
}
