package nl.regiokompas.api.assessment;

/** The answer to opening an assessment: its id and its first version. */
public record OpeningOutcome(String assessmentId, long version) {
}
