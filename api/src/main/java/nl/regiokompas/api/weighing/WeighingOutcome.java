package nl.regiokompas.api.weighing;

/** What a weighing command answers: the weighing's new version, the revision it proposed (if any), and whether
 * the form is now chosen. */
public record WeighingOutcome(String weighingId, long version, Integer revision, boolean chosen) {
}
