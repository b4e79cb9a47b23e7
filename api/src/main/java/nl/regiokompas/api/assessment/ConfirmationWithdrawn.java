package nl.regiokompas.api.assessment;

/** A gemeente's confirmation of revision {@code revision} was withdrawn before everyone had confirmed. */
public record ConfirmationWithdrawn(String assessmentId, int cycle, String gemeente, int revision, String reason) {
}
